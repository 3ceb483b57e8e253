"""The ingest/analyze/export/summary commands, through click's runner and one real subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from detente.cli import main

STORY = (
    "Ministers agree to resume border talks\n\n"
    "GENEVA — The foreign ministers of Colombia and Venezuela agreed on Monday to resume talks on border "
    "security, officials said after a meeting in Geneva.\n\n"
    "\u201cWe have found common ground,\u201d the Colombian minister told reporters.\n"
)
HTML = (
    "<html><head><title>Sanctions on the ministry</title></head><body><article><h1>Sanctions on the ministry</h1>"
    "<p>The United States Treasury imposed sanctions on Venezuela's defence ministry on Friday, officials in "
    "Washington said, accusing it of drug trafficking.</p></article></body></html>"
)


@pytest.fixture(autouse=True)
def two_languages(monkeypatch):
    monkeypatch.setenv("DETENTE_LANGUAGES", "en,es")


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a_story.txt").write_text(STORY, encoding="utf-8")
    (root / "b_sanctions.html").write_text(HTML, encoding="utf-8")
    (root / "c_empty.txt").write_bytes(b"")
    return root


def invoke(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("command", ["ingest", "analyze", "export", "summary"])
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output


def test_ingest_reports_rejects_and_exits_3_then_exports_what_analyze_prints(corpus, tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = invoke("ingest", str(corpus), "--db", db)
    assert first.exit_code == 3
    assert f"rejected {corpus / 'c_empty.txt'}: empty file" in first.stderr
    assert "read 3, stored 2, skipped 0 (already stored), rejected 1" in first.stdout

    again = invoke("ingest", str(corpus), "--db", db)
    assert "stored 0, skipped 2" in again.stdout

    summary = invoke("summary", "--db", db)
    assert summary.exit_code == 0
    assert summary.stdout.startswith(f"{db}: 2 articles")
    assert f"{corpus / 'c_empty.txt'}: empty file" in summary.stdout

    out = tmp_path / "docs.jsonl"
    assert invoke("export", "--format", "jsonl", "--db", db, "--out", str(out)).exit_code == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line) for line in invoke("export", "--format", "jsonl", "--db", db, "--out", "-").stdout.splitlines()] == exported
    analyzed = invoke("analyze", str(corpus), "--format", "jsonl")
    assert analyzed.exit_code == 3 and "error: " in analyzed.stderr
    assert exported == [json.loads(line) for line in analyzed.stdout.splitlines()]
    assert set(exported[0]) == {"article", "actors", "events", "quotes", "tone", "warnings"}


def test_analyze_jsonl_keeps_input_order_and_urls_and_survives_a_bad_record(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join([
        json.dumps({"text": STORY, "url": "https://wire.example/1"}),
        "{broken",
        json.dumps({"html": HTML, "url": "https://wire.example/2", "published": "2026-02-06"}),
        json.dumps({"text": STORY, "url": "https://wire.example/3"}),  # same text again: still printed
    ]) + "\n", encoding="utf-8")
    result = invoke("analyze", str(records), "--format", "jsonl")
    assert result.exit_code == 3
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["url"] for d in docs] == ["https://wire.example/1", "https://wire.example/2", "https://wire.example/3"]
    assert docs[1]["article"]["published"] == "2026-02-06"
    assert result.stderr.startswith(f"error: {records}:2: malformed JSON")


def test_analyze_reads_stdin_and_applies_the_publication_date():
    result = invoke("analyze", "-", "--published", "2026-02-04", input=STORY.encode())
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["article"]["published"] == "2026-02-04" and doc["article"]["source"] == "<stdin>"
    assert doc["article"]["paragraphs"][0]["start"] == 0


def test_export_tables_as_parquet_and_csv(corpus, tmp_path):
    db = str(tmp_path / "s.duckdb")
    invoke("ingest", str(corpus), "--db", db, "--extract-only")
    parquet = tmp_path / "paragraphs.parquet"
    result = invoke("export", "--format", "parquet", "--db", db, "--out", str(parquet), "--table", "paragraphs")
    assert result.exit_code == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{parquet}'").fetchone()[0] >= 2
    folder = tmp_path / "csv"
    assert invoke("export", "--format", "csv", "--db", db, "--out", str(folder)).exit_code == 0
    authors = con.execute(f"SELECT authors FROM read_csv('{folder / 'documents.csv'}')").fetchall()
    assert len(authors) == 2 and all(isinstance(json.loads(a), list) for (a,) in authors)  # lists as JSON text
    bad = invoke("export", "--format", "csv", "--db", db, "--out", str(tmp_path / "x.csv"), "--table", "nope")
    assert bad.exit_code == 2 and "unknown table" in bad.output


def test_reading_a_missing_store_is_a_clear_error(tmp_path):
    result = invoke("summary", "--db", str(tmp_path / "missing.duckdb"))
    assert result.exit_code == 1 and "no such store" in result.output


def test_real_subprocess_with_two_workers_stores_what_one_process_stores(corpus, tmp_path):
    serial_db, pool_db = tmp_path / "serial.duckdb", tmp_path / "pool.duckdb"
    invoke("ingest", str(corpus), "--db", str(serial_db), "--extract-only")
    detente = Path(sys.executable).with_name("detente")
    command = [str(detente), "ingest", str(corpus), "--db", str(pool_db), "--workers", "2", "--extract-only"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env={**os.environ, "DETENTE_LANGUAGES": "en,es"})
    assert done.returncode == 3, done.stderr
    assert "c_empty.txt: empty file" in done.stderr
    assert "stored 2" in done.stdout
    rows = {}
    for path in (serial_db, pool_db):
        con = duckdb.connect(str(path), read_only=True)
        rows[path] = con.execute("SELECT id, title, text FROM documents ORDER BY id").fetchall()
        con.close()
    assert rows[serial_db] == rows[pool_db] and len(rows[pool_db]) == 2


def test_reject_lines_print_paths_with_brackets_verbatim(tmp_path):
    odd = tmp_path / "[draft] notes.txt"
    odd.write_bytes(b"")
    result = invoke("ingest", str(odd), "--db", str(tmp_path / "s.duckdb"), "--extract-only")
    assert result.exit_code == 3
    assert f"rejected {odd}: empty file" in result.stderr
