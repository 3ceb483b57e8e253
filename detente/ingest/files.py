"""Local files and directories (recursive) → documents; big streams (JSONL, WARC) are read lazily."""
from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path
from typing import Iterator

from detente.ingest.blobs import read_blob
from detente.ingest.jsonl import read_jsonl
from detente.ingest.kinds import suffix_kind
from detente.ingest.options import IngestOptions, too_large
from detente.model import RawDocument, Reject


def read_path(path: Path, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    """A file, or every file under a directory in name order (hidden files skipped)."""
    if path.is_dir():
        for file in iter_files(path):
            yield from read_file(file, options)
    elif path.exists():
        yield from read_file(path, options)
    else:
        yield Reject(source=str(path), reason="no such file or directory")


def iter_files(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_file(path: Path, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    """One file: streams (JSONL, WARC, their .gz) are read record by record; a document is read whole."""
    name = str(path)
    kind = suffix_kind(name)
    inner = suffix_kind(name[:-3]) if kind == "gzip" else None
    try:
        if kind == "warc" or inner == "warc":
            from detente.ingest.warc import read_warc_file

            yield from read_warc_file(path, options)
        elif kind == "jsonl":
            with open(path, "rb") as handle:
                yield from read_jsonl(name, handle, options)
        elif inner == "jsonl":
            with gzip.open(path, "rb") as handle:
                yield from read_jsonl(name, handle, options)
        else:
            yield from _read_whole(path, kind, options)
    except (OSError, EOFError, zlib.error) as error:
        yield Reject(source=name, reason=f"cannot read ({error.strerror or error})")


def _read_whole(path: Path, kind: str | None, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    size = path.stat().st_size
    if size == 0:
        yield Reject(source=str(path), reason="empty file")
        return
    if kind != "gzip" and size > options.max_bytes:
        yield Reject(source=str(path), reason=too_large(size, options))
        return
    limit = options.max_bytes * 20 if kind == "gzip" else options.max_bytes
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        yield Reject(source=str(path), reason=too_large(size, options))
        return
    yield from read_blob(str(path), data, options, hint=kind)
