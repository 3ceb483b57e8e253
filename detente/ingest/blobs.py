"""One blob of bytes (a file's content, a decompressed .gz, stdin) → the documents it holds."""
from __future__ import annotations

import gzip
import io
import zlib
from pathlib import PurePath
from typing import Iterator

from detente.ingest.jsonl import read_jsonl
from detente.ingest.kinds import content_kind, document_kind, suffix_kind
from detente.ingest.options import IngestOptions, human_size, too_large
from detente.model import RawDocument, Reject


def read_blob(name: str, data: bytes, options: IngestOptions, hint: str | None = None) -> Iterator[RawDocument | Reject]:
    """Documents in ``data``; ``hint`` is the kind the name announces (suffix), else the content decides."""
    if not data.strip():
        yield Reject(source=name, reason="empty input")
        return
    kind = hint or content_kind(data)
    if kind == "gzip":
        yield from read_gzip_blob(name, data, options)
    elif kind == "warc":
        from detente.ingest.warc import read_warc_stream

        yield from read_warc_stream(name, io.BytesIO(data), options)
    elif kind == "jsonl":
        yield from read_jsonl(name, data.splitlines(), options)
    elif kind == "feed":
        yield Reject(source=name, reason="a feed file: give the feed's URL so its entries can be fetched")
    else:
        if len(data) > options.max_bytes:
            yield Reject(source=name, reason=too_large(len(data), options))
            return
        yield RawDocument(source=name, content=data, kind=kind if kind in ("html", "text") else document_kind(data))


def read_gzip_blob(name: str, data: bytes, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    """A gzip blob: decompress (never past the size cap, except for streams of many documents) and read inside."""
    inner = PurePath(name[:-3]).name if name.lower().endswith(".gz") else ""
    inner_kind = suffix_kind(inner)
    if inner_kind == "warc":
        from detente.ingest.warc import read_warc_stream

        yield from read_warc_stream(name, io.BytesIO(data), options)
        return
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            if inner_kind == "jsonl":
                yield from read_jsonl(name, stream, options)
                return
            content = stream.read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        yield Reject(source=name, reason=f"corrupt gzip data ({error})")
        return
    if len(content) > options.max_bytes:
        yield Reject(source=name, reason=f"too large once decompressed (> {human_size(options.max_bytes)} limit)")
        return
    yield from read_blob(name, content, options, hint=inner_kind)
