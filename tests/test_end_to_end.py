"""The whole chain on the demo articles: ingest → extract → analyze → store, through the real CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
DETENTE = [sys.executable, "-m", "detente.cli"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*DETENTE, *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_every_demo_article_is_stored(demo_db: Path) -> None:
    with duckdb.connect(str(demo_db), read_only=True) as con:
        documents = con.execute("select count(*) from documents").fetchone()[0]
        languages = {row[0] for row in con.execute("select distinct language from documents").fetchall()}
        rejects = con.execute("select count(*) from rejects").fetchone()[0]
    assert documents == 7  # 5 files + 2 JSONL records
    assert {"en", "es"} <= languages
    assert rejects == 0


def test_demo_store_holds_the_us_colombia_dyad_over_time(demo_db: Path) -> None:
    with duckdb.connect(str(demo_db), read_only=True) as con:
        rows = con.execute(
            """select distinct e.type, e.date from events e
               join event_actors s on s.doc_id = e.doc_id and s.event_id = e.event_id and s.role = 'source'
               join event_actors t on t.doc_id = e.doc_id and t.event_id = e.event_id and t.role = 'target'
               where (s.country = 'USA' and t.country = 'COL') or (s.country = 'COL' and t.country = 'USA')"""
        ).fetchall()
    types = {row[0] for row in rows}
    months = {str(row[1])[:7] for row in rows if row[1] is not None}
    assert "CONSULT" in types  # the February 2026 White House meeting
    assert types & {"SANCTION", "ACCUSE", "THREATEN"}  # the 2025 clashes
    assert len(months) >= 2


def test_demo_dyad_turns_from_conflict_to_cooperation(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "clustered.duckdb"
    db.write_bytes(demo_db.read_bytes())
    assert run_cli("cluster", "--db", str(db)).returncode == 0
    result = run_cli("dyad", "USA-COL", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "conflict" in result.stdout and "then cooperation" in result.stdout and "turning point" in result.stdout


def test_reingest_is_idempotent(demo_db: Path) -> None:
    with duckdb.connect(str(demo_db), read_only=True) as con:
        before = con.execute("select count(*) from events").fetchone()[0]
    result = run_cli("ingest", str(EXAMPLES), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(demo_db), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 7
        assert con.execute("select count(*) from events").fetchone()[0] == before


def test_analyze_jsonl_keeps_input_order_and_urls() -> None:
    result = run_cli("analyze", str(EXAMPLES / "wire.jsonl"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["article"]["url"] for line in lines] == [
        "https://wire.example/2026/02/04/trump-petro-white-house",
        "https://wire.example/2026/02/10/mexico-aranceles",
    ]
    assert set(lines[0]) == {"article", "actors", "events", "quotes", "tone", "warnings"}
    assert lines[1]["article"]["language"] == "es"


def test_python_api_survives_importing_the_analyze_subpackage() -> None:
    import detente
    import detente.analyze.pipeline  # noqa: F401  (binds detente.analyze to the subpackage)

    doc = detente.analyze("Colombian President Gustavo Petro met US President Donald Trump in Washington on Tuesday.",
                          published="2026-02-04")
    assert {actor.country for actor in doc.actors} >= {"COL", "USA"}
    assert set(doc.to_dict()) == {"article", "actors", "events", "quotes", "tone", "warnings"}
