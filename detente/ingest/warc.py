"""WARC / WARC.gz (fastwarc): every HTTP response holding HTML or text becomes a document."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from detente.ingest.options import IngestOptions, too_large
from detente.model import RawDocument, Reject

ARTICLE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def read_warc_file(path: Path, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    with open(path, "rb") as handle:
        yield from read_warc_stream(str(path), handle, options)


def read_warc_stream(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    """HTML/text responses of a (possibly gzipped) WARC stream; ``name#N`` names the N-th response."""
    number = 0
    records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
    try:
        for record in records:
            number += 1
            source = f"{name}#{number}"
            kind = ARTICLE_TYPES.get((record.http_content_type or "").lower())
            status = record.http_headers.status_code if record.http_headers else None
            if kind is None or (status is not None and status >= 400):
                continue  # images, scripts, redirects, errors: not articles
            if record.content_length > options.max_bytes:
                yield Reject(source=source, reason=too_large(record.content_length, options))
                continue
            content = record.reader.read()
            if not content.strip():
                yield Reject(source=source, reason="empty response body")
                continue
            if kind == "html" and record.http_charset:
                content = _decode(content, record.http_charset)
            yield RawDocument(source=source, content=content, kind=kind, url=record.headers.get("WARC-Target-URI"))
    except (OSError, ValueError) as error:
        yield Reject(source=f"{name}#{number + 1}", reason=f"corrupt WARC record ({error})")
    if number == 0:
        yield Reject(source=name, reason="no WARC response records found")


def _decode(content: bytes, charset: str) -> bytes | str:
    """Honour the HTTP charset when it decodes cleanly; otherwise leave detection to extraction."""
    try:
        return content.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return content
