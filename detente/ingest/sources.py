"""Any mix of sources (paths, directories, URLs, feed URLs, ``-`` for stdin) → RawDocument / Reject stream."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from detente.ingest.files import read_path
from detente.ingest.options import IngestOptions
from detente.ingest.robots import RobotsPolicy
from detente.ingest.streams import read_stream
from detente.ingest.web import is_url, read_url
from detente.model import RawDocument, Reject

STDIN = "-"
STDIN_NAME = "<stdin>"


def read_sources(
    sources: Iterable[str], options: IngestOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Reject]:
    """Every document of every source, in order; unreadable inputs come out as Rejects, never exceptions."""
    options = options or IngestOptions()
    robots = RobotsPolicy(options.user_agent, options.timeout) if options.obey_robots else None
    for source in sources:
        if source == STDIN:
            yield from read_stdin(stdin or sys.stdin.buffer, options)
        elif is_url(source):
            yield from read_url(source, options, robots)
        else:
            yield from read_path(Path(source), options)


def read_stdin(stream: BinaryIO, options: IngestOptions) -> Iterator[RawDocument | Reject]:
    """Standard input: one document, a JSONL stream, gzip or WARC, judged by its content."""
    yield from read_stream(STDIN_NAME, stream, options)
