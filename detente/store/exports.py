"""Exports: JSONL (one analyze-shaped document per article), Parquet and CSV (one table)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

import duckdb

from detente.store.documents import read_documents

TABLE_FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)"}
EXPORTABLE_TABLES = ["documents", "paragraphs", "rejects", "actors", "actor_mentions", "events", "event_actors", "quotes", "tone"]


def export_jsonl(con: duckdb.DuckDBPyConnection, out: str | Path | TextIO) -> int:
    """Write every stored document as one `detente analyze`-shaped JSON object per line (to a path or a stream)."""
    if not isinstance(out, (str, Path)):
        return _write_jsonl(con, out)
    with open(out, "w", encoding="utf-8") as handle:
        return _write_jsonl(con, handle)


def _write_jsonl(con: duckdb.DuckDBPyConnection, handle: TextIO) -> int:
    count = 0
    for doc in read_documents(con):
        handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def export_table(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: str | Path) -> int:
    """Copy one table to a Parquet or CSV file (list columns become JSON text in CSV)."""
    if table not in EXPORTABLE_TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(EXPORTABLE_TABLES)}")
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of jsonl, {', '.join(TABLE_FORMATS)}")
    select = f"SELECT * FROM {table}"
    if fmt == "csv":
        select = _csv_select(con, table)
    target = str(out).replace("'", "''")
    con.execute(f"COPY ({select}) TO '{target}' {TABLE_FORMATS[fmt]}")
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _csv_select(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """CSV has no lists or structs: write those columns as JSON text."""
    columns = con.execute(f"DESCRIBE {table}").fetchall()
    parts = []
    for name, column_type, *_ in columns:
        quoted = f'"{name}"'
        if "[]" in column_type or column_type.startswith("STRUCT"):
            parts.append(f"to_json({quoted}) AS {quoted}")
        else:
            parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM {table}"
