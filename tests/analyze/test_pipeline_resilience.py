"""A failing analysis stage must not lose the article: its layer stays empty, a warning names it, the rest is stored."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.analyze import pipeline
from detente.ingest.runner import run_ingest
from detente.store import Store, read_documents

TEXT = ("Colombian President Gustavo Petro met U.S. President Donald Trump at the White House on Tuesday. "
        "\"We worked on several issues,\" Trump said.")


def broken_quotes(analysis) -> None:
    raise RuntimeError("odd parse")


broken_quotes.__module__ = "detente.analyze.quotes"


@pytest.fixture
def quotes_stage_fails(monkeypatch):
    real = pipeline.stages

    def with_broken_quotes():
        return [broken_quotes if stage_name == "quotes" else stage
                for stage, stage_name in ((s, pipeline.stage_name(s)) for s in real())]

    monkeypatch.setattr(pipeline, "stages", with_broken_quotes)


def test_a_failing_stage_leaves_a_warning_and_keeps_the_other_layers(quotes_stage_fails):
    from detente import analyze

    document = analyze(TEXT, published="2026-02-04")
    assert document.warnings == ["quotes stage failed (RuntimeError: odd parse)"]
    assert document.quotes == []
    assert document.actors and document.events, "earlier stages keep their layers"
    assert document.tone.sentences, "later stages still run"


def test_without_failures_there_are_no_warnings():
    from detente import analyze

    document = analyze(TEXT, published="2026-02-04")
    assert document.warnings == []
    assert document.quotes


def test_ingest_stores_the_partial_document_with_its_warning(quotes_stage_fails, tmp_path: Path):
    source = tmp_path / "story.txt"
    source.write_text(TEXT, encoding="utf-8")
    warned = []
    with Store(tmp_path / "store.duckdb") as store:
        report = run_ingest([str(source)], store, on_warning=warned.append)
        assert (report.stored, report.partial, report.rejected) == (1, 1, 0)
        assert "with analysis warnings" in report.line()
        stored = list(read_documents(store.con))
    assert [doc.article.id for doc in warned] == [stored[0].article.id]
    assert stored[0].warnings == ["quotes stage failed (RuntimeError: odd parse)"]
    assert stored[0].events
