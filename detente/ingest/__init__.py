"""Ingest: sources (files, directories, JSONL, gzip, WARC, URLs, feeds, stdin) → RawDocument / Reject."""
from __future__ import annotations

from detente.ingest.options import IngestOptions
from detente.ingest.sources import read_sources

__all__ = ["IngestOptions", "read_sources"]
