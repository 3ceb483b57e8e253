"""The ingest run: sources → process() (in this process or a worker pool) → batched, idempotent store writes.

Documents already stored are skipped before any work is done, and every batch is one transaction, so an
interrupted run loses at most the batch in flight and a re-run resumes where it stopped, without duplicates.
"""
from __future__ import annotations

import gc
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator

from detente.ingest.options import IngestOptions
from detente.ingest.sources import read_sources
from detente.model import Document, RawDocument, Reject
from detente.store import Store

BATCH_SIZE = 32
IN_FLIGHT_PER_WORKER = 4


class IngestError(RuntimeError):
    """The run itself failed (not one document): e.g. a worker process died."""


@dataclass
class IngestReport:
    read: int = 0  # inputs read: documents plus inputs rejected while reading
    stored: int = 0
    skipped: int = 0  # already stored, or a duplicate of an earlier input of this run
    rejected: int = 0
    analysed: int = 0  # documents through the per-document job so far (stored once their batch commits)
    partial: int = 0  # stored with warnings: an analysis stage failed, its layer is empty
    rejects: list[Reject] = field(default_factory=list)

    def line(self) -> str:
        partial = f", {self.partial} with analysis warnings" if self.partial else ""
        return (f"read {self.read}, stored {self.stored}{partial}, skipped {self.skipped} (already stored), "
                f"rejected {self.rejected}")


Job = Callable[[RawDocument], "Document | Reject"]


def analyze_document(raw: RawDocument) -> Document | Reject:
    """The full per-document job: extract and analyse (detente.process.process)."""
    from detente.process import process

    return process(raw)


def extract_document(raw: RawDocument) -> Document | Reject:
    """The extraction-only job: a Document holding just the clean article (fast corpus loading)."""
    from detente.extract import ExtractionError, extract

    try:
        return Document(article=extract(raw))
    except ExtractionError as error:
        return Reject(source=raw.source, reason=str(error))


WARM_UP_PAGE = ("<html><head><title>Warm-up</title><meta name='date' content='2026-01-01'></head><body><article>"
                "<h1>Warm-up</h1><p>Russian forces attacked Kharkiv on Tuesday, Ukraine's defence ministry said.</p>"
                "<p>El presidente colombiano habló el martes en Bogotá durante una manifestación.</p></article>"
                "</body></html>")


def warm_worker(job: Job) -> None:
    """Worker initializer: extract and analyse one small two-language page, so that the first real document does
    not pay for what each layer loads lazily (trafilatura, models, gazetteer, dateparser's tables, lexicons; 4.4 s
    → 0.9 s on a corpus page), then freeze those long-lived objects out of the garbage collector's scans."""
    if job is analyze_document:
        from detente.analyze.lemma_es import warm_up
        from detente.process import document_from_input

        warm_up()
        try:
            document_from_input(WARM_UP_PAGE, published="2026-01-01")
        except ValueError:  # best effort: a rejected warm-up page only means a slower first document
            pass
        gc.collect()
        gc.freeze()


def run_job(job: Job, raw: RawDocument) -> Document | Reject:
    """``job(raw)`` that never raises: an unexpected error becomes a Reject naming the input (the batch goes on)."""
    try:
        result = job(raw)
    except Exception as error:  # noqa: BLE001 - one bad document must not stop the run
        return Reject(source=raw.source, reason=f"analysis failed ({type(error).__name__}: {error})", doc_id=raw.id)
    if isinstance(result, Reject) and result.doc_id is None:
        result.doc_id = raw.id
    return result


def run_ingest(
    sources: Iterable[str],
    store: Store,
    workers: int = 1,
    options: IngestOptions | None = None,
    batch_size: int = BATCH_SIZE,
    on_reject: Callable[[Reject], None] | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_warning: Callable[[Document], None] | None = None,
    job: Job = analyze_document,
    dask: str | None = None,
) -> IngestReport:
    """Ingest ``sources`` into ``store``; callbacks report rejects, documents stored with warnings, committed
    batches and progress.

    ``dask`` ("local" or a scheduler address) runs the jobs on Dask instead of a local worker pool.
    """
    report = IngestReport()
    seen = set(store.known_ids())
    documents: list[Document] = []
    rejects: list[Reject] = []

    def reject(item: Reject) -> None:
        report.rejected += 1
        report.rejects.append(item)
        rejects.append(item)
        if on_reject:
            on_reject(item)

    def to_process() -> Iterator[RawDocument]:
        for item in read_sources(sources, options):
            report.read += 1
            if isinstance(item, Reject):
                reject(item)
            elif item.id in seen:
                report.skipped += 1
            else:
                seen.add(item.id)
                yield item
            if on_progress:
                on_progress(report)

    def flush() -> None:
        if documents or rejects:
            report.stored += store.write(documents, rejects)
            documents.clear()
            rejects.clear()
            if on_batch:
                on_batch(report)

    try:
        for result in process_all(to_process(), job, workers, dask):
            report.analysed += 1
            if isinstance(result, Reject):
                reject(result)
            else:
                documents.append(result)
                if result.warnings:
                    report.partial += 1
                    if on_warning:
                        on_warning(result)
            if on_progress:
                on_progress(report)
            if len(documents) >= batch_size:
                flush()
    except KeyboardInterrupt:
        flush()  # keep every finished document: the re-run starts after them
        raise
    flush()
    return report


def process_all(
    items: Iterable[RawDocument | Reject], job: Job = analyze_document, workers: int = 1, dask: str | None = None
) -> Iterator[Document | Reject]:
    """``job`` over every document, in input order (Rejects pass through): in this process, a worker pool when
    workers > 1, or Dask when ``dask`` names a cluster ("local" or a scheduler address)."""
    if dask:
        from detente.ingest.dask_runner import process_with_dask

        yield from process_with_dask(items, job, workers, dask)
        return
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, Reject) else run_job(job, item)
        return
    yield from _process_in_pool(items, job, workers)


def _process_in_pool(items: Iterable[RawDocument | Reject], job: Job, workers: int) -> Iterator[Document | Reject]:
    """``workers`` spawned processes (each loads its spaCy models once) with a bounded window in flight,
    so a huge source is never read ahead into memory."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=warm_worker, initargs=(job,))
    window: deque[Future | Reject] = deque()
    try:
        for item in items:
            window.append(item if isinstance(item, Reject) else pool.submit(run_job, job, item))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(entry: Future | Reject) -> Document | Reject:
    if isinstance(entry, Reject):
        return entry
    try:
        return entry.result()
    except BrokenProcessPool as error:
        raise IngestError(f"a worker process died ({error}); finished batches are stored, re-run to resume") from None
