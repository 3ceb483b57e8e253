"""The ingest run: hostile inputs become rejects while the rest is stored; re-runs and resumed runs never duplicate."""
from __future__ import annotations

import json

import pytest

from detente.ingest.runner import extract_document, run_ingest
from detente.store import Store
from detente.store.queries import counts

from .conftest import ARTICLE_TEXT, article_html


def hostile_corpus(root):
    """Good articles mixed with every kind of bad input the issue lists."""
    (root / "good1.html").write_text(article_html(1), encoding="utf-8")
    (root / "good2.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (root / "latin1.txt").write_bytes(
        "El ministro habló el martes en Bogotá sobre las sanciones y la cooperación contra el narcotráfico.".encode("latin-1"))
    (root / "cp1252.html").write_bytes(
        "<html><body><p>The minister\u2019s \u201cfirm\u201d reply came on Tuesday in Bogotá, officials said.</p></body></html>".encode("cp1252"))
    (root / "broken.html").write_text(
        "<html><body><p>Unclosed <b>bold <div>The minister said the talks would resume on Monday in Geneva, officials confirmed.<p>More words")
    (root / "tagsoup.html").write_text("<html><<<>>> <body></body>")
    (root / "empty.txt").write_bytes(b"")
    (root / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (root / "huge.html").write_bytes(b"<p>" + b"x" * 3000 + b"</p>")
    (root / "wire.jsonl").write_text(
        json.dumps({"text": ARTICLE_TEXT.replace("Monday", "Tuesday"), "url": "https://wire.example/1"}) + "\n{oops\n",
        encoding="utf-8")


def ingest(sources, store, **kwargs):
    from detente.ingest.options import IngestOptions

    kwargs.setdefault("job", extract_document)
    return run_ingest([str(s) for s in sources], store, options=IngestOptions(max_bytes=2000), **kwargs)


def test_bad_inputs_are_rejected_with_reasons_and_the_rest_is_stored(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile_corpus(corpus)
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest([corpus], store)
        stored = dict(store.cursor().execute("SELECT source, text FROM documents").fetchall())
        rejects = dict(store.cursor().execute("SELECT source, reason FROM rejects").fetchall())
    names = {source.removeprefix(str(corpus) + "/") for source in stored}
    assert names == {"good1.html", "good2.txt", "latin1.txt", "cp1252.html", "broken.html", "wire.jsonl:1"}
    assert "Bogotá" in stored[str(corpus / "latin1.txt")]  # undecodable as UTF-8: detected and decoded
    assert "\u201cfirm\u201d" in stored[str(corpus / "cp1252.html")]
    reasons = {source.removeprefix(str(corpus) + "/"): reason for source, reason in rejects.items()}
    assert set(reasons) == {"tagsoup.html", "empty.txt", "junk.bin", "huge.html", "wire.jsonl:2"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["junk.bin"]
    assert reasons["huge.html"].startswith("too large")
    assert "malformed JSON" in reasons["wire.jsonl:2"]
    assert "no article text" in reasons["tagsoup.html"]
    assert (report.read, report.stored, report.skipped, report.rejected) == (11, 6, 0, 5)


def test_re_running_stores_nothing_twice(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile_corpus(corpus)
    (corpus / "copy.html").write_text(article_html(1), encoding="utf-8")  # same content as good1.html
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        first = ingest([corpus], store)
    with Store(path) as store:
        second = ingest([corpus, corpus], store)
        n = counts(store.cursor())
    assert (first.stored, first.skipped) == (6, 1)
    # 9 documents per pass: all skipped but tagsoup.html and junk.bin (rejected, so tried again once)
    assert (second.stored, second.skipped, second.rejected) == (0, 16, 8)
    assert (n["documents"], n["rejects"]) == (6, 5)


def test_an_interrupted_run_resumes_without_loss_or_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(7):
        (corpus / f"a{i}.html").write_text(article_html(i), encoding="utf-8")

    def interrupt(report):
        raise KeyboardInterrupt

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([corpus], store, batch_size=3, on_batch=interrupt)
        assert counts(store.cursor())["documents"] == 3  # the first batch was committed
    with Store(path) as store:
        resumed = ingest([corpus], store, batch_size=3)
        ids = [row[0] for row in store.cursor().execute("SELECT id FROM documents").fetchall()]
    assert (resumed.stored, resumed.skipped) == (4, 3)
    assert len(ids) == len(set(ids)) == 7


def test_full_analysis_is_stored_and_rebuilt_as_the_same_document(tmp_path):
    from detente.ingest.runner import analyze_document
    from detente.model import RawDocument
    from detente.store import read_document

    (tmp_path / "a.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    raw = RawDocument(source=str(tmp_path / "a.txt"), content=ARTICLE_TEXT.encode(), kind="text")
    expected = analyze_document(raw)
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest([tmp_path / "a.txt"], store, job=analyze_document)
        rebuilt = read_document(store.cursor(), raw.id)
    assert report.stored == 1
    assert rebuilt.to_dict() == expected.to_dict()


def test_a_dask_local_cluster_stores_what_one_process_stores(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile_corpus(corpus)
    stored = {}
    for dask in (None, "local"):
        with Store(tmp_path / f"{dask}.duckdb") as store:
            report = ingest([corpus], store, workers=1, dask=dask)
            stored[dask] = sorted(store.cursor().execute("SELECT id, source, text FROM documents").fetchall())
        assert (report.stored, report.rejected) == (6, 5)
    assert stored[None] == stored["local"]


def test_worker_warm_up_analyses_its_page_and_freezes_the_loaded_objects():
    """The warm-up page must get through extraction and analysis (a rejected page would leave workers cold)."""
    import gc

    from detente.ingest.runner import WARM_UP_PAGE, analyze_document, warm_worker
    from detente.process import document_from_input

    document = document_from_input(WARM_UP_PAGE, published="2026-01-01")
    assert [e.type for e in document.events] and {p.lang for p in document.article.paragraphs} >= {"en", "es"}
    try:
        warm_worker(analyze_document)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
