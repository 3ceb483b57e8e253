"""A byte stream (a file, a decompressed .gz, stdin) → the documents it holds, read lazily.

The first bytes decide what the stream is (gzip, WARC, JSONL, feed, one HTML or text document) unless the
file name already said so; JSONL and WARC streams are never read into memory whole.
"""
from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO, Iterator

from detente.ingest.jsonl import read_jsonl
from detente.ingest.kinds import content_kind, document_kind
from detente.ingest.options import IngestOptions, human_size
from detente.model import RawDocument, Reject

HEAD_BYTES = 65536


class _Prefixed(io.RawIOBase):
    """The bytes already read from a stream, followed by the rest of it."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_stream(name: str, stream: BinaryIO, options: IngestOptions, hint: str | None = None,
                inner_hint: str | None = None, depth: int = 0) -> Iterator[RawDocument | Reject]:
    """Documents in ``stream``; ``hint`` is the kind the name announces (``inner_hint``: inside a .gz)."""
    try:
        head = _head(stream, options)
        if not head.strip():
            yield Reject(source=name, reason="empty input")
            return
        kind = hint or content_kind(head)
        joined = io.BufferedReader(_Prefixed(head, stream))
        if kind == "gzip":
            if depth:
                yield Reject(source=name, reason="gzip inside gzip is not read")
                return
            yield from read_stream(name, gzip.GzipFile(fileobj=joined), options, hint=inner_hint, depth=depth + 1)
        elif kind == "warc":
            from detente.ingest.warc import read_warc_stream

            yield from read_warc_stream(name, joined, options)
        elif kind == "jsonl":
            yield from read_jsonl(name, joined, options)
        elif kind == "feed":
            yield Reject(source=name, reason="a feed file: give the feed's URL so its entries can be fetched")
        else:
            data = joined.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield Reject(source=name, reason=f"too large (> {human_size(options.max_bytes)} limit)")
                return
            yield RawDocument(source=name, content=data, kind=kind if kind in ("html", "text") else document_kind(data))
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield Reject(source=name, reason=f"corrupt gzip data ({error})")


def _head(stream: BinaryIO, options: IngestOptions) -> bytes:
    """The first bytes, extended to the end of the first line (so a JSONL record can be recognised)."""
    head = stream.read(HEAD_BYTES)
    while head and b"\n" not in head and len(head) <= options.max_bytes:
        more = stream.read(HEAD_BYTES)
        if not more:
            break
        head += more
    return head
