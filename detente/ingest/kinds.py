"""What a blob of input is: a container (gzip, WARC, JSONL, feed) or one document (HTML or text)."""
from __future__ import annotations

import json
import re
from pathlib import PurePath

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
WARC_SUFFIXES = {".warc"}
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.S)


def suffix_kind(name: str) -> str | None:
    """The container or document kind a file name announces: gzip, warc, jsonl, html, text, or None."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".gz":
        return "gzip"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def content_kind(head: bytes) -> str:
    """The kind of a blob judged by its first bytes: gzip, warc, feed, jsonl, html or text."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if _looks_like_jsonl(head):
        return "jsonl"
    return document_kind(head)


def document_kind(content: bytes | str) -> str:
    """HTML or plain text, as the extractor judges it."""
    from detente.extract import sniff_kind

    return sniff_kind(content)


def looks_like_feed(head: bytes) -> bool:
    """An RSS, Atom or RDF document (judged by its root element)."""
    return _FEED_START.match(head[:4096].lstrip(b"\xef\xbb\xbf")) is not None


def _looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
