"""Layout cues shared by the HTML and plain-text paths: caption credits, bylines, author lists.

The cues themselves live in detente/knowledge/extract/layout.json.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_LAYOUT = Path(__file__).resolve().parents[1] / "knowledge" / "extract" / "layout.json"
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d{3,}|\.(?:com|org|net)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def layout() -> dict:
    return json.loads(_LAYOUT.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _caption_patterns() -> list[re.Pattern]:
    return [re.compile(pattern) for pattern in layout()["caption_credit_patterns"]]


@lru_cache(maxsize=1)
def _byline_prefix() -> re.Pattern:
    prefixes = "|".join(re.escape(p) for p in sorted(layout()["byline_prefixes"], key=len, reverse=True))
    return re.compile(rf"^\s*(?:{prefixes})\s*:?\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _author_split() -> re.Pattern:
    return re.compile("|".join(layout()["author_separators"]))


def has_caption_credit(line: str) -> bool:
    """True when ``line`` carries a photo credit ("- REUTERS/ NAME", "PHOTO/@X", "(AP Photo/...)")."""
    return any(pattern.search(line) for pattern in _caption_patterns())


def strip_byline_prefix(text: str) -> tuple[str, bool]:
    """``("A and B", True)`` for "By A and B"; the flag says a byline prefix was present."""
    stripped = _byline_prefix().sub("", text, count=1)
    return stripped, stripped != text


def split_authors(text: str) -> list[str]:
    """Person names in a byline or author field: "By A and B, C" → [A, B, C]; drops URLs, handles and blanks."""
    text, _ = strip_byline_prefix(" ".join(text.split()))
    names = []
    for part in _author_split().split(text):
        name, _ = strip_byline_prefix(part.strip(" .,;:|-\u2013\u2014"))
        name = name.strip(" .,;:|-\u2013\u2014")
        if name and not _NOT_A_NAME.search(name) and len(name) <= 60 and len(name.split()) <= 6 and name not in names:
            names.append(name)
    return names


@lru_cache(maxsize=4)
def class_pattern(name: str) -> re.Pattern:
    """Case-insensitive regex for the class-attribute words listed under ``name`` in layout.json."""
    return re.compile("|".join(re.escape(word) for word in layout()[name]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _boilerplate_heading() -> re.Pattern:
    prefixes = "|".join(re.escape(p) for p in sorted(layout()["boilerplate_headings"], key=len, reverse=True))
    return re.compile(rf"^(?:{prefixes})\b", re.IGNORECASE)


def is_boilerplate_heading(text: str) -> bool:
    """"Related articles", "Read more", "Comments", "Lo más leído": page furniture, not a section of the article."""
    return bool(_boilerplate_heading().match(text.strip(" \t\n:|-–—>»")))


@lru_cache(maxsize=1)
def _credit_only() -> list[re.Pattern]:
    return [re.compile(pattern, re.IGNORECASE) for pattern in layout()["credit_only_patterns"]]


def is_credit_only(text: str) -> bool:
    """"Photograph: Jane Doe", "Image Credits: X": a credit line, not a caption describing the picture."""
    return any(pattern.search(text.strip()) for pattern in _credit_only())
