"""Blocks → Article: the shared last step of HTML and plain-text extraction.

Conventions (the JSON contract): the title is kept apart and is NOT a paragraph; section headings and image
captions ARE paragraphs (kind "heading" / "caption") so that their offsets exist, and they are also listed in
``Article.sections`` / ``Article.captions``. ``Article.text`` = paragraph texts joined by "\\n\\n", and each
``Paragraph.start/end`` locates its text in it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detente.extract.language import paragraph_languages
from detente.extract.layout import split_authors, strip_byline_prefix
from detente.model import Paragraph

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BYLINE_WITHIN = 4  # a byline sits among the first blocks
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])[.)]\s+")


@dataclass
class Block:
    """A paragraph before offsets and languages are known."""

    text: str
    kind: str = "body"  # body | heading | caption


def clean_text(text: str) -> str:
    """Collapse runs of spaces inside lines and trim; keep single line breaks."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def heading_name(text: str) -> str:
    """Heading without outline numbering ("2. Context" → "Context")."""
    return _NUMBERING.sub("", text).strip()


def to_paragraphs(blocks: list[Block], lang: str | None = None) -> tuple[list[Paragraph], str | None]:
    """Paragraphs with offsets into the joined text and a language each; returns the article language too."""
    kept = [Block(clean_text(block.text), block.kind) for block in blocks]
    kept = [block for block in kept if block.text]
    langs, article_lang = paragraph_languages([block.text for block in kept], given=lang)
    paragraphs, offset = [], 0
    for block, paragraph_lang in zip(kept, langs):
        end = offset + len(block.text)
        paragraphs.append(Paragraph(text=block.text, lang=paragraph_lang, start=offset, end=end, kind=block.kind))
        offset = end + 2
    return paragraphs, article_lang


def sections_and_captions(paragraphs: list[Paragraph]) -> tuple[list[str], list[str]]:
    """Unique section names and captions, in reading order."""
    sections: list[str] = []
    captions: list[str] = []
    plain = {p.text for p in paragraphs if p.kind == "heading" and not _NUMBERING.match(p.text)}
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            name = heading_name(paragraph.text)
            name = name if name in plain else paragraph.text  # "2. Context" is a TOC entry only when "Context" heads a section
            if name and name not in sections:
                sections.append(name)
        elif paragraph.kind == "caption" and paragraph.text not in captions:
            captions.append(paragraph.text)
    return sections, captions


def take_byline(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Remove a "By A and B" / "Por A" line from the first blocks; returns the blocks and the names in it."""
    for index, block in enumerate(blocks[:_BYLINE_WITHIN]):
        names = byline_names(block.text)
        if names:
            return blocks[:index] + blocks[index + 1 :], names
    return blocks, []


def byline_names(line: str) -> list[str]:
    """Names in a short "By A and B" / "Por A y B" line, else []."""
    if "\n" in line or len(line.split()) > 12:
        return []
    rest, prefixed = strip_byline_prefix(line)
    if not prefixed or not rest[:1].isupper():
        return []
    return split_authors(rest)
