"""Extraction: RawDocument (HTML or plain text, bytes or str) → Article.

``extract`` decodes, finds the main text (trafilatura for HTML, layout rules for plain text), keeps section
headings and image captions as paragraphs of their own kind, detects the language of each paragraph and dates the
article. Fields given by the source (title, url, published, lang in JSONL or feeds) win over what the page says.
The title is never a paragraph (see detente/extract/blocks.py for the paragraph conventions).
"""
from __future__ import annotations

import logging
import re

from detente.extract.blocks import Block, sections_and_captions, to_paragraphs
from detente.extract.dates import infer_date, normalise_date, revision_date
from detente.extract.decode import decode
from detente.extract.errors import ExtractionError
from detente.model import Article, RawDocument

__all__ = ["extract", "sniff_kind", "ExtractionError"]

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(?:html|head|body|div|p|article|section|span|a\s|br|h[1-6]|meta|title|table|ul|li|script|img)\b", re.IGNORECASE)
MAX_TEXT_CHARS = 2_000_000
_log = logging.getLogger("detente.extract")


def sniff_kind(content: str | bytes) -> str:
    """"html" when the content looks like markup, else "text" (only the first 5,000 characters are read)."""
    head = content[:5000].decode("utf-8", "replace") if isinstance(content, bytes) else content[:5000]
    head = head.lstrip("\ufeff")
    if _HTML_START.match(head):
        return "html"
    return "html" if len(_HTML_TAG.findall(head)) >= 3 else "text"


def extract(raw: RawDocument) -> Article:
    """The clean article of ``raw``; raises ExtractionError with the reason when there is none."""
    try:
        decoded = decode(raw.content)
        if decoded.note:  # the article is still usable; say how its bytes were read
            _log.warning("%s: %s", raw.source, decoded.note)
        if _kind(raw.kind, decoded.text) == "html":
            return _from_html(raw, decoded.text)
        return _from_text(raw, decoded.text)
    except ExtractionError as error:
        error.source = raw.source
        raise


def _kind(declared: str, text: str) -> str:
    """Trust the ingest's kind unless the content plainly says otherwise (markup in a .txt, no tag in "html")."""
    if declared == "text" and _HTML_START.match(text[:2000]):
        return "html"
    if declared == "html" and "<" not in text[:5000]:
        return "text"
    return declared if declared in ("html", "text") else sniff_kind(text)


def _from_html(raw: RawDocument, html: str) -> Article:
    from detente.extract.html import extract_html

    result = extract_html(html, url=raw.url)
    title = raw.title or result.title
    blocks = _drop_title(result.blocks, title)
    return _article(raw, title, blocks, result.published, result.authors, result.site, result.modified)


def _from_text(raw: RawDocument, text: str) -> Article:
    from detente.extract.text import split_text

    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(f"text too large ({len(text):,} characters; limit {MAX_TEXT_CHARS:,})")
    title, blocks, authors = split_text(text)
    if raw.title:
        blocks = _drop_title(blocks, raw.title)
        title = raw.title
    if not blocks and title:  # a single line: keep it as text rather than losing it to the title
        blocks, title = [Block(title)], raw.title
    if not blocks:
        raise ExtractionError("no text found")
    return _article(raw, title, blocks, None, authors, None)


def _article(raw: RawDocument, title: str | None, blocks: list[Block], page_date: str | None, authors: list[str],
             site: str | None, page_modified: str | None = None) -> Article:
    paragraphs, language = to_paragraphs(blocks, lang=raw.lang)
    if not paragraphs:
        raise ExtractionError("no text found")
    sections, captions = sections_and_captions(paragraphs)
    body = "\n\n".join(p.text for p in paragraphs if p.kind == "body")
    published, inferred = _publication_date(raw, page_date, body)
    return Article(
        id=raw.id,
        url=raw.url,
        title=title,
        published=published,
        published_inferred=inferred,
        authors=authors,
        language=language,
        sections=sections,
        captions=captions,
        paragraphs=paragraphs,
        site=site,
        source=raw.source,
        updated=None if raw.published else revision_date(published, page_modified, body),
    )


def _publication_date(raw: RawDocument, page_date: str | None, body: str) -> tuple[str | None, bool]:
    """(ISO date, inferred?): the source's date, else the page metadata, else a date read from the text."""
    for given in (raw.published, page_date):
        normalised = normalise_date(given)
        if normalised:
            return normalised, False
    inferred = infer_date(body, raw.url)
    return (inferred, True) if inferred else (None, False)


def _drop_title(blocks: list[Block], title: str | None) -> list[Block]:
    """The title is kept apart: drop a leading block that repeats it."""
    if blocks and title and " ".join(blocks[0].text.split()).lower() == " ".join(title.split()).lower():
        return blocks[1:]
    return blocks
