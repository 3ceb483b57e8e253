"""Ingest and store speed: reading a WARC of real news pages, and batch writes to DuckDB.

Peers in the same run: bare fastwarc iteration of the same WARC (our reader's overhead), and DuckDB
``executemany`` row inserts of the same event rows (the row-by-row path the store avoids).
Usage: .venv/bin/python bench/ingest_store.py [--docs 2000]
"""
from __future__ import annotations

import argparse
import copy
import gzip
import io
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detente.model import (  # noqa: E402
    Actor, Article, Document, Event, Evidence, Mention, Place, Quote, SentenceTone, Span, Speaker, Tone,
)


def write_corpus_warc(path: Path, copies: int) -> int:
    """The eval corpus pages as WARC response records (``copies`` times, each copy made distinct)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted((EVAL / "corpus").glob("*/*.html.gz"))
    count = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for copy_number in range(copies):
            for page in pages:
                body = gzip.decompress(page.read_bytes()) + f"<!-- copy {copy_number} -->".encode()
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                record = writer.create_warc_record(f"https://corpus.example/{copy_number}/{page.name}", "response",
                                                   payload=io.BytesIO(body), http_headers=headers)
                writer.write_record(record)
                count += 1
    return count


def bench_reading(workdir: Path) -> None:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from detente.ingest import read_sources

    if not (EVAL / "corpus").exists():
        print(f"reading: skipped ({EVAL / 'corpus'} not found)")
        return
    warc = workdir / "corpus.warc.gz"
    records = write_corpus_warc(warc, copies=5)
    size = warc.stat().st_size / 1e6
    start = time.perf_counter()
    bare = sum(len(r.reader.read()) > 0 for r in ArchiveIterator(open(warc, "rb"), record_types=WarcRecordType.response, parse_http=True))
    bare_s = time.perf_counter() - start
    start = time.perf_counter()
    ours = sum(1 for item in read_sources([str(warc)]) if hasattr(item, "content"))
    ours_s = time.perf_counter() - start
    print(f"reading {records} WARC records ({size:.1f} MB gzipped):")
    print(f"  bare fastwarc      {bare / bare_s:9.0f} records/s")
    print(f"  detente ingest     {ours / ours_s:9.0f} records/s  (ratio to bare {bare_s / ours_s:.2f}; documents {ours})")


def rich_document(index: int) -> Document:
    """A document as analysis fills it: 12 paragraphs, 8 actors, 10 events, 5 quotes, sentence tone."""
    texts = [(f"Paragraph {i} of story {index}: the minister of Colombia met the envoy of the United States in Bogotá. " * 3,
              "en") for i in range(12)]
    article = replace(Article.of_paragraphs(texts, "2026-02-04", id=f"{index:016x}"), url=f"https://news.example/{index}",
                      title=f"Story {index}", authors=["A. Writer"], sections=["World"], captions=["A caption"],
                      site="news.example", source=f"bench:{index}")
    paragraphs = article.paragraphs
    actors = [Actor(id=f"A{i}", text=f"Actor {i}", name=f"Actor {i}", country="COL" if i % 2 else "USA", sector="GOV",
                    role=None, mentions=[Mention(f"Actor {i}", 10 * j, 10 * j + 7) for j in range(4)]) for i in range(8)]
    events = [Event(type="CONSULT", mode="visit", contexts=["diplomatic"], source=[actors[i % 8].ref()], target=[actors[(i + 1) % 8].ref()],
                    date="2026-02-03", date_text="Tuesday", date_precision="day", location=Place("Bogotá", "COL", 4.6, -74.08, 3688689),
                    negated=False, hypothetical=False, future=False, historical=False, score=1.0, confidence=0.8,
                    evidence=Evidence(sentence=paragraphs[i].text[:100], start=paragraphs[i].start, end=paragraphs[i].start + 100,
                                      trigger=Span(paragraphs[i].start + 40, paragraphs[i].start + 43)))
              for i in range(10)]
    quotes = [Quote(text="We found common ground", start=p.start, end=p.start + 22, direct=True, cue="said",
                    speaker=Speaker("Actor 1", "Actor 1", "COL", "GOV", "A1"), about=None, tone=1.0) for p in paragraphs[:5]]
    tone = Tone(article=0.5, paragraphs=[0.5] * 12, sentences=[SentenceTone(p.start, p.end, 0.5) for p in paragraphs])
    return Document(article=article, actors=actors, events=events, quotes=quotes, tone=tone)


def bench_writes(workdir: Path, docs: int) -> None:
    import duckdb

    from detente.store import Store, read_documents
    from detente.store.rows import document_rows

    template = [rich_document(i) for i in range(docs)]
    with Store(workdir / "bench.duckdb") as store:
        start = time.perf_counter()
        for begin in range(0, docs, 32):
            store.write(template[begin : begin + 32])
        write_s = time.perf_counter() - start
        rows = sum(store.cursor().execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
                   ("documents", "paragraphs", "actors", "actor_mentions", "events", "event_actors", "quotes", "tone"))
        start = time.perf_counter()
        rebuilt = sum(1 for _ in read_documents(store.cursor()))
        read_s = time.perf_counter() - start
    print(f"store writes, {docs} analysed documents in batches of 32 ({rows} rows in 8 tables):")
    print(f"  detente Store.write    {docs / write_s:9.0f} documents/s  {rows / write_s:9.0f} rows/s")
    print(f"  rebuild as Documents   {rebuilt / read_s:9.0f} documents/s  (detente export --format jsonl path)")
    sample = [copy.deepcopy(d) for d in template[: max(1, min(docs, 200))]]
    event_rows = [list(r.values()) for d in sample for r in document_rows(d, None)["events"]]
    con = duckdb.connect(str(workdir / "peer.duckdb"))
    with Store(workdir / "schema_only.duckdb") as schema_store:
        ddl = schema_store.cursor().execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'events'").fetchone()[0]
    con.execute(ddl)
    marks = ", ".join("?" * len(event_rows[0]))
    start = time.perf_counter()
    con.executemany(f"INSERT INTO events VALUES ({marks})", event_rows)
    peer_s = time.perf_counter() - start
    print(f"  peer: executemany of {len(event_rows)} event rows  {len(event_rows) / peer_s:9.0f} rows/s"
          f"  (detente all tables {rows / write_s / (len(event_rows) / peer_s):.0f}x faster per row)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_reading(Path(tmp))
        bench_writes(Path(tmp), args.docs)


if __name__ == "__main__":
    main()
