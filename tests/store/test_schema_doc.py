"""docs/schema.md must name every field of the JSON contract and every column of the DuckDB schema."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import duckdb

from detente import model
from detente.store.database import schema_sql

DOC = (Path(__file__).resolve().parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
CONTRACT = [model.Article, model.Paragraph, model.Actor, model.Mention, model.ActorRef, model.Event, model.Place,
            model.Evidence, model.Span, model.Quote, model.Speaker, model.Tone, model.SentenceTone, model.Document]


def named(word: str) -> bool:
    return re.search(rf"[`\"{{ ,]{re.escape(word)}[`\"}}, :]", DOC) is not None


def test_every_json_field_is_documented():
    missing = [f"{cls.__name__}.{f.name}" for cls in CONTRACT for f in dataclasses.fields(cls) if not named(f.name)]
    assert missing == []


def test_every_table_and_column_is_documented():
    con = duckdb.connect()
    con.execute(schema_sql())
    missing = []
    for (table,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall():
        if not named(table):
            missing.append(table)
        for (column,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall():
            if not named(column):
                missing.append(f"{table}.{column}")
    assert missing == []
