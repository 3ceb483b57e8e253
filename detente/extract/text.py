"""Plain text → title and blocks, by layout: paragraphs are separated by blank lines.

The first line is the title when it looks like a headline (short, no final period) and stands alone. Inside a
block each line is its own paragraph unless the lines are hard-wrapped prose. Captions are lines with a photo
credit; headings are numbered outline lines and short lines standing alone without a final period; a short
"By A and B" line near the top gives the authors.
"""
from __future__ import annotations

import re

from detente.extract.blocks import Block, byline_names, take_byline
from detente.extract.layout import has_caption_credit

_OUTLINE = re.compile(r"^\s*(?:\d{1,2}|[ivxIVX]{1,4})[.)]\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;\"'’”»)…]\s*$")
_MAX_TITLE_WORDS = 25
_MAX_HEADING_WORDS = 12
_WRAP_MIN_CHARS = 40
_WRAP_MAX_CHARS = 100


def split_text(text: str) -> tuple[str | None, list[Block], list[str]]:
    """(title, blocks, authors) of a plain-text article; neither title nor byline is among the blocks."""
    groups = _line_groups(text)
    title = None
    if groups and len(groups[0]) == 1 and looks_like_headline(groups[0][0]) and len(groups) > 1:
        title = groups.pop(0)[0].strip()
    elif groups and len(groups[0]) > 1 and not _hard_wrapped(groups[0]) and looks_like_headline(groups[0][0]):
        if not groups[0][1].strip()[:1].islower():  # one paragraph per line, no blank lines: line 1 is the title
            title = groups[0].pop(0).strip()
    blocks: list[Block] = []
    for lines in groups:
        blocks.extend(_group_blocks(lines))
    if not any(block.kind == "body" for block in blocks):  # a note or a one-liner: prose, not a heading
        blocks = [Block(block.text, "body") if block.kind == "heading" else block for block in blocks]
    blocks, authors = take_byline(blocks)
    return title, blocks, authors


def looks_like_headline(line: str) -> bool:
    """Short, no final period, and neither a byline nor a photo caption."""
    line = line.strip()
    if not 0 < len(line) <= 200 or len(line.split()) > _MAX_TITLE_WORDS or line.endswith("."):
        return False
    return not byline_names(line) and not has_caption_credit(line)


def _line_groups(text: str) -> list[list[str]]:
    """Runs of non-blank lines (a blank line ends a run)."""
    groups, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose broken at a fixed width: all lines but the last are of similar, moderate length."""
    widths = [len(line.strip()) for line in lines[:-1]]
    return bool(widths) and max(widths) <= _WRAP_MAX_CHARS and min(widths) >= _WRAP_MIN_CHARS


def _group_blocks(lines: list[str]) -> list[Block]:
    if len(lines) == 1:
        return [Block(lines[0].strip(), _standalone_kind(lines[0]))]
    if not _hard_wrapped(lines) and not any(line.strip()[:1].islower() for line in lines[1:]):
        return [Block(line.strip(), _standalone_kind(line)) for line in lines]  # one paragraph per line
    blocks: list[Block] = []
    prose: list[str] = []
    for line in lines:
        kind = _line_kind(line)
        if kind == "body" and prose and _continues(prose[-1], line):
            prose.append(line.strip())
            continue
        if prose:
            blocks.append(Block(" ".join(prose)))
            prose = []
        if kind == "body":
            prose.append(line.strip())
        else:
            blocks.append(Block(line.strip(), kind))
    if prose:
        blocks.append(Block(" ".join(prose)))
    return blocks


def _standalone_kind(line: str) -> str:
    """A paragraph alone between blank lines: caption, heading or body."""
    kind = _line_kind(line)
    stripped = line.strip()
    if kind == "body" and len(stripped.split()) <= _MAX_HEADING_WORDS and not _SENTENCE_END.search(stripped) and stripped[:1].isupper():
        return "heading"
    return kind


def _line_kind(line: str) -> str:
    """A line inside a multi-line block: captions and outline entries stand apart from prose."""
    stripped = line.strip()
    if has_caption_credit(stripped):
        return "caption"
    if _OUTLINE.match(stripped) and len(stripped.split()) <= _MAX_HEADING_WORDS + 1:
        return "heading"
    return "body"


def _continues(previous: str, line: str) -> bool:
    """Hard-wrapped prose: the previous line is long and does not end a sentence, or this line starts lowercase."""
    stripped = line.strip()
    if stripped[:1].islower():
        return True
    return len(previous) >= _WRAP_MIN_CHARS and not _SENTENCE_END.search(previous)
