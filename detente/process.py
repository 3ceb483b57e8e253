"""The per-document job: raw input → extracted article → analysed Document.

``process`` is a pure function of its input, so the same code runs in one process, in a
worker pool (``--workers``) or on a Dask cluster.
"""
from __future__ import annotations

from detente.model import Document, RawDocument, Reject


def process(raw: RawDocument) -> Document | Reject:
    """Extract and analyse one raw document; a failure becomes a Reject naming the input."""
    from detente.analyze.pipeline import analyze_article
    from detente.extract import ExtractionError, extract

    try:
        article = extract(raw)
    except ExtractionError as error:
        return Reject(source=raw.source, reason=str(error))
    return analyze_article(article)


def document_from_input(text_or_html: str | bytes, published: str | None = None, url: str | None = None) -> Document:
    """The Python API's path: sniff text vs HTML, then process; raise on unusable input."""
    from detente.extract import sniff_kind

    raw = RawDocument(source=url or "<input>", content=text_or_html, kind=sniff_kind(text_or_html), url=url, published=published)
    result = process(raw)
    if isinstance(result, Reject):
        raise ValueError(f"{result.source}: {result.reason}")
    return result
