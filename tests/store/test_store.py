from __future__ import annotations

import duckdb
import pytest

from detente.model import Document, Reject
from detente.store import Store, StoreError, read_document
from detente.store.queries import counts, top_actors, top_dyads

from .conftest import make_document


def test_document_round_trips_through_the_tables(tmp_path, document):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write([document]) == 1
        rebuilt = read_document(store.cursor(), document.article.id)
    assert rebuilt is not None
    assert rebuilt.to_dict() == document.to_dict()


def test_the_rewrite_date_of_an_article_round_trips(tmp_path, document):
    import dataclasses

    rewritten = Document(article=dataclasses.replace(document.article, id="rewritten", updated="2025-06-20"))
    with Store(tmp_path / "s.duckdb") as store:
        store.write([rewritten])
        assert read_document(store.cursor(), "rewritten").article.updated == "2025-06-20"


def test_documents_with_no_analysis_round_trip(tmp_path, document):
    bare = Document(article=document.article)
    with Store(tmp_path / "s.duckdb") as store:
        store.write([bare])
        assert read_document(store.cursor(), bare.article.id).to_dict() == bare.to_dict()


def test_writing_the_same_document_twice_stores_it_once(tmp_path, document):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        assert store.write([document, document]) == 1
        assert store.write([document]) == 0
    with Store(path) as store:  # a new process sees the stored ids
        assert store.has(document.article.id)
        assert store.write([document]) == 0
        assert counts(store.cursor())["documents"] == 1
        assert counts(store.cursor())["events"] == 1


def test_events_carry_denormalised_dyad_tone_and_provenance(tmp_path, document):
    with Store(tmp_path / "s.duckdb") as store:
        store.write([document])
        row = store.cursor().execute(
            "SELECT id, source_country, target_country, source_name, day, published, source_url, tone FROM events"
        ).fetchone()
        roles = store.cursor().execute("SELECT role, country FROM event_actors ORDER BY role").fetchall()
    assert row[0] == f"{document.article.id}-0"
    assert row[1:4] == ("COL", "USA", "Gustavo Petro")
    assert str(row[4]) == "2026-02-03" and str(row[5]) == "2026-02-04"
    assert row[6] == "https://news.example/a"
    assert row[7] == pytest.approx(0.25)  # the event's own tone, given by the tone stage
    assert roles == [("source", "COL"), ("target", "USA")]


def test_rejects_are_recorded_once(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_rejects([Reject("a.txt", "empty file"), Reject("b.jsonl:3", "invalid JSON")])
        store.write_rejects([Reject("a.txt", "empty file")])
        rows = store.cursor().execute("SELECT source, reason FROM rejects ORDER BY source").fetchall()
    assert rows == [("a.txt", "empty file"), ("b.jsonl:3", "invalid JSON")]


def test_top_dyads_and_actors(tmp_path):
    docs = [make_document(doc_id=f"d{i:015d}", url=f"https://news.example/{i}") for i in range(3)]
    with Store(tmp_path / "s.duckdb") as store:
        store.write(docs)
        dyads = top_dyads(store.cursor())
        actors = top_actors(store.cursor())
    assert [(d.source, d.target, d.events) for d in dyads] == [("COL", "USA", 3)]
    assert dyads[0].mean_score == pytest.approx(1.0)
    assert actors[0].name == "Donald Trump" and actors[0].documents == 3 and actors[0].mentions == 6


def test_a_failed_batch_leaves_nothing_behind(tmp_path, document):
    broken = make_document(doc_id="d0c0000000000002")
    broken.events[0].score = "not a number"  # type: ignore[assignment]
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(Exception):
            store.write([document, broken])
        assert counts(store.cursor())["documents"] == 0
        assert not store.has(document.article.id)


def test_a_file_that_is_not_a_store_gets_a_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    path.write_bytes(b"this is not a duckdb file" * 100)
    with pytest.raises(StoreError, match="s.duckdb"):
        Store(path)


def test_readers_can_open_read_only(tmp_path, document):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([document])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 2
    con.close()


def test_a_store_locked_by_another_writer_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait()


def test_open_existing_refuses_a_missing_file(tmp_path):
    from detente.store import open_existing

    with pytest.raises(StoreError, match="no such store"):
        open_existing(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()


def test_event_types_are_counted(tmp_path, document):
    from detente.store.queries import event_types

    with Store(tmp_path / "s.duckdb") as store:
        store.write([document])
        assert event_types(store.cursor()) == [("CONSULT", 1)]
