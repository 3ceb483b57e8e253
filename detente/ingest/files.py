"""Local files and directories (recursive) → documents; streams (JSONL, WARC, .gz) are read lazily."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from detente.ingest.kinds import suffix_kind
from detente.ingest.options import IngestOptions, too_large
from detente.ingest.streams import read_stream
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
    """One file: WARC and JSONL (plain or .gz) are read record by record, a document is read whole."""
    name = str(path)
    kind = suffix_kind(name)
    inner = suffix_kind(name[:-3]) if kind == "gzip" else None
    try:
        if kind == "warc" or inner == "warc":
            from detente.ingest.warc import read_warc_file

            yield from read_warc_file(path, options)
            return
        size = path.stat().st_size
        if size == 0:
            yield Reject(source=name, reason="empty file")
        elif kind in ("html", "text", None) and size > options.max_bytes:
            yield Reject(source=name, reason=too_large(size, options))
        else:
            with open(path, "rb") as handle:
                yield from read_stream(name, handle, options, hint=kind, inner_hint=inner)
    except OSError as error:
        yield Reject(source=name, reason=f"cannot read ({error.strerror or error})")
