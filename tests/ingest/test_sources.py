"""Reading every kind of source into RawDocuments, and every unreadable input into a Reject with its reason."""
from __future__ import annotations

import gzip
import io
import json

from detente.ingest import IngestOptions, read_sources
from detente.ingest.sources import read_stdin
from detente.model import RawDocument, Reject

from .conftest import ARTICLE_HTML, ARTICLE_TEXT, article_html, write_warc


def read(*sources, **options):
    return list(read_sources([str(s) for s in sources], IngestOptions(**options)))


def test_text_and_html_files_become_documents_with_content_ids(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(ARTICLE_HTML, encoding="utf-8")
    text, html = read(tmp_path / "a.txt", tmp_path / "b.html")
    assert (text.kind, html.kind) == ("text", "html")
    assert text.source == str(tmp_path / "a.txt")
    assert text.id != html.id
    assert read(tmp_path / "a.txt")[0].id == text.id  # stable across runs


def test_a_directory_is_read_recursively_in_name_order_without_hidden_files(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(ARTICLE_TEXT + "b")
    (tmp_path / "sub" / "deeper" / "c.html").write_text(ARTICLE_HTML)
    (tmp_path / "a.txt").write_text(ARTICLE_TEXT + "a")
    (tmp_path / ".hidden.txt").write_text(ARTICLE_TEXT + "hidden")
    names = [r.source.removeprefix(str(tmp_path) + "/") for r in read(tmp_path)]
    assert names == ["a.txt", "b.txt", "sub/deeper/c.html"]


def test_unknown_suffixes_are_sniffed(tmp_path):
    (tmp_path / "page").write_text(ARTICLE_HTML)
    (tmp_path / "story.dat").write_text(ARTICLE_TEXT)
    assert [r.kind for r in read(tmp_path / "page", tmp_path / "story.dat")] == ["html", "text"]


def test_jsonl_records_keep_their_fields_and_a_bad_line_is_rejected_with_its_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"text": ARTICLE_TEXT, "url": "https://wire.example/1", "title": "T", "published": "2026-02-04", "lang": "en"}),
        '{"text": "unterminated',
        "",
        json.dumps({"html": ARTICLE_HTML, "url": "https://wire.example/2", "date": "20260205"}),
        json.dumps({"url": "https://wire.example/3"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, bad, second, no_text, array, empty = read(path)
    assert isinstance(first, RawDocument) and first.source == f"{path}:1"
    assert (first.url, first.title, first.published, first.lang, first.kind) == ("https://wire.example/1", "T", "2026-02-04", "en", "text")
    assert isinstance(bad, Reject) and bad.source == f"{path}:2" and "malformed JSON" in bad.reason
    assert second.source == f"{path}:4" and second.kind == "html" and second.published == "2026-02-05"
    assert no_text.source == f"{path}:5" and "no 'text' or 'html'" in no_text.reason
    assert "not an object" in array.reason
    assert "empty 'text'" in empty.reason


def test_jsonl_line_that_is_not_utf8_is_rejected(tmp_path):
    path = tmp_path / "latin.jsonl"
    path.write_bytes(json.dumps({"text": "x"}).encode() + b"\n" + '{"text": "Bogot\xe1"}'.encode("latin-1") + b"\n")
    ok, bad = read(path)
    assert isinstance(ok, RawDocument)
    assert bad.source == f"{path}:2" and "not UTF-8" in bad.reason


def test_gzip_files_of_each_kind(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE_TEXT.encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": ARTICLE_TEXT + "c"}) + "\nnot json\n").encode()))
    results = read(tmp_path)
    assert [(type(r).__name__, getattr(r, "kind", None)) for r in results] == [
        ("RawDocument", "text"), ("RawDocument", "html"), ("RawDocument", "text"), ("Reject", None)]
    assert results[0].content == ARTICLE_TEXT.encode()
    assert results[3].source == f"{tmp_path / 'c.jsonl.gz'}:2"


def test_corrupt_gzip_and_gzip_bombs_are_rejected(tmp_path):
    (tmp_path / "corrupt.txt.gz").write_bytes(gzip.compress(ARTICLE_TEXT.encode())[:30])
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 3_000_000))
    bomb, corrupt = read(tmp_path, max_bytes=1024 * 1024)
    assert bomb.reason == "too large (> 1 MB limit)"
    assert "gzip" in corrupt.reason or "cannot read" in corrupt.reason


def test_warc_responses_with_html_become_documents(tmp_path):
    records = [
        ("https://news.example/1", "text/html; charset=utf-8", article_html(1).encode(), "200 OK"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n....", "200 OK"),
        ("https://news.example/missing", "text/html", b"<html>gone</html>", "404 Not Found"),
        ("https://news.example/2", "text/html; charset=iso-8859-1", article_html(2).replace("\u201c", '"').replace("\u201d", '"').replace("Caracas", "Bogot\xe1").encode("latin-1"), "200 OK"),
    ]
    for name, compressed in (("crawl.warc.gz", True), ("crawl.warc", False)):
        write_warc(tmp_path / name, records, gzip=compressed)
        first, second = read(tmp_path / name)
        assert (first.url, first.kind, first.source) == ("https://news.example/1", "html", f"{tmp_path / name}#1")
        assert second.url == "https://news.example/2" and second.source.endswith("#4")
        assert "Bogotá" in second.content  # decoded with the HTTP charset


def test_a_file_that_is_not_a_warc_is_rejected(tmp_path):
    (tmp_path / "broken.warc").write_bytes(b"WARC/1.0\r\nthis is not a record\r\n\r\n" + b"\x00" * 100)
    results = read(tmp_path / "broken.warc")
    assert results and all(isinstance(r, Reject) for r in results)
    assert results[0].source.startswith(str(tmp_path / "broken.warc"))


def test_empty_missing_and_oversized_files_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    big = tmp_path / "big.html"
    with open(big, "wb") as handle:  # a 50 MB page
        handle.truncate(50 * 1024 * 1024)
    results = read(tmp_path / "empty.txt", tmp_path / "blank.txt", big, tmp_path / "nope.txt")
    assert [r.reason for r in results] == [
        "empty file", "empty input", "too large (50 MB > 20 MB limit)", "no such file or directory"]
    assert all(isinstance(r, Reject) for r in results)


def test_stdin_holds_one_document_or_a_jsonl_stream():
    options = IngestOptions()
    (single,) = read_stdin(io.BytesIO(ARTICLE_HTML.encode()), options)
    assert (single.source, single.kind) == ("<stdin>", "html")
    lines = (json.dumps({"text": ARTICLE_TEXT, "url": "u1"}) + "\n" + json.dumps({"text": ARTICLE_TEXT + "!", "url": "u2"}) + "\n").encode()
    records = list(read_stdin(io.BytesIO(lines), options))
    assert [(r.source, r.url) for r in records] == [("<stdin>:1", "u1"), ("<stdin>:2", "u2")]
    (gz,) = read_stdin(io.BytesIO(gzip.compress(ARTICLE_TEXT.encode())), options)
    assert gz.kind == "text"
    (empty,) = read_stdin(io.BytesIO(b""), options)
    assert empty.reason == "empty input"


def test_stdin_jsonl_is_streamed_not_read_whole():
    """A JSONL stream far larger than the size cap is read record by record."""
    record = json.dumps({"text": ARTICLE_TEXT}).encode() + b"\n"
    stream = io.BytesIO(record * 200)
    results = list(read_stdin(stream, IngestOptions(max_bytes=len(record) * 2)))
    assert len(results) == 200 and all(isinstance(r, RawDocument) for r in results)
    assert results[-1].source == "<stdin>:200"


def test_nested_and_corrupt_gzip_on_stdin():
    options = IngestOptions()
    (nested,) = read_stdin(io.BytesIO(gzip.compress(gzip.compress(ARTICLE_TEXT.encode()))), options)
    assert nested.reason == "gzip inside gzip is not read"
    (corrupt,) = read_stdin(io.BytesIO(gzip.compress(ARTICLE_TEXT.encode())[:25]), options)
    assert corrupt.reason.startswith("corrupt gzip data")
