"""HTML → title, metadata and blocks: trafilatura finds the main text; we add what it drops or gets wrong.

trafilatura (favor_precision) gives body paragraphs, lists, tables and section headings (<head>). This module adds
image captions (figcaption, caption classes, a meaningful img alt as a last resort), placed in reading order by their
position in the page and kept only inside the article's span; it drops headings that are kickers, link teasers or
page furniture ("Related", "Read more"), and turns a long leading heading (the standfirst) into body text.
Blocks that are not the article at all (related lists, teasers, reader prompts, references, credits) go in
detente/extract/furniture.py.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

import trafilatura
from lxml import etree

from detente.extract.blocks import Block, clean_text, take_byline
from detente.extract.errors import ExtractionError
from detente.extract.furniture import drop_furniture
from detente.extract.html_meta import best_authors, best_title, read_page_meta
from detente.extract.layout import class_pattern, is_boilerplate_heading, is_credit_only
from detente.extract.markup import SKIP_TAGS, is_link_text, text_content, text_key

MAX_HTML_CHARS = 5_000_000  # bigger pages are not articles (trafilatura would take tens of seconds)
# Measured on the ScrapingHub dev split (even pages), body+headings F1: precision 0.979, default 0.969, recall 0.970.
FAVOR_PRECISION = True
FAVOR_RECALL = False
# DETENTE_EXTRACT_FAST=1 skips trafilatura's readability/justext comparison: ~25% faster extraction, F1 0.976 on that split
FAST = os.environ.get("DETENTE_EXTRACT_FAST", "") == "1"
_NOISE = re.compile(r"<(script|style|svg|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_WHITESPACE = re.compile(r"\s+")
_FILENAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg)\b|^(?:image|photo|img|foto)\s*\d*$", re.IGNORECASE)
MIN_BODY_WORDS = 3  # "Home" left over from a navigation bar is not an article
MAX_HEADING_WORDS = 25  # a longer "heading" is a standfirst or a paragraph styled as one
STANDFIRST_MIN_WORDS = 8  # a heading before the first paragraph this long is the standfirst, shorter is a kicker
_LEAD_SLACK = 3000  # page characters before the first paragraph still counted as the article (lead image)
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


@dataclass
class HtmlResult:
    title: str | None
    authors: list[str]
    site: str | None
    published: str | None
    blocks: list[Block] = field(default_factory=list)
    modified: str | None = None  # the page's last-modified date (html_meta.PageMeta.modified)


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """Main text and metadata of one HTML page; raises ExtractionError when nothing readable is in it."""
    if len(html) > MAX_HTML_CHARS:
        html = _NOISE.sub("", html)
        if len(html) > MAX_HTML_CHARS:
            raise ExtractionError(f"HTML too large ({len(html):,} characters without scripts; limit {MAX_HTML_CHARS:,})")
    root = _parse(html)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_precision=FAVOR_PRECISION,
        favor_recall=FAVOR_RECALL,
        fast=FAST,
    )
    meta = read_page_meta(root) if root is not None else None
    hostname = urlparse(url).hostname if url else None
    if document is not None:
        title = best_title(meta, document.title, hostname) if meta else document.title
        authors = best_authors(meta, document.author) if meta else []
        site = (meta.site if meta else None) or document.sitename
        published = document.date
        blocks = _body_blocks(document.body, title)
    else:
        title = best_title(meta, None, hostname) if meta else None
        authors, site, published = (best_authors(meta, None), meta.site, None) if meta else ([], None, None)
        blocks = _fallback_blocks(root)
    if root is not None and blocks:
        blocks = _add_page_extras(root, blocks)  # then teasers go, with image alts repeating their headline
        blocks = _drop_link_headings(root, blocks)
    blocks = drop_furniture(root, blocks)
    blocks = _tidy_headings(blocks)
    blocks, byline = take_byline(blocks)
    authors = authors or byline
    if sum(len(block.text.split()) for block in blocks if block.kind == "body") < MIN_BODY_WORDS:
        raise ExtractionError("no article text found in the HTML")
    return HtmlResult(title=title, authors=authors, site=site, published=published, blocks=blocks,
                      modified=meta.modified if meta else None)


def _parse(html: str):
    """Plain lxml tree (no HtmlElement class lookup: 3x cheaper to walk); trafilatura parses its own copy."""
    try:
        return etree.fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _body_blocks(body, title: str | None) -> list[Block]:
    """trafilatura's XML body → blocks: <p>, list items and table rows are body, <head> is heading."""
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    blocks: list[Block] = [Block(body.text or "")]
    title_key = text_key(title)
    for element in body:
        _append_element_blocks(blocks, element, title_key)
        if element.tail and element.tail.strip():  # trafilatura leaves loose text as the tail of the previous element
            blocks.append(Block(element.tail))
    return [block for block in blocks if block.text.strip()]


def _append_element_blocks(blocks: list[Block], element, title_key: str) -> None:
    tag = element.tag
    if tag == "head":
        text = _text(element)
        if text_key(text) != title_key:
            blocks.append(Block(text, "heading"))
    elif tag == "list":
        blocks.extend(Block(_text(item)) for item in element.iter("item"))
    elif tag == "table":
        blocks.extend(Block(" ".join(_text(cell) for cell in row)) for row in element.iter("row"))
    elif tag == "quote" and len(element):
        blocks.extend(Block(_text(child)) for child in element)
    elif tag != "graphic":
        blocks.append(Block(_text(element)))


def _drop_link_headings(root, blocks: list[Block]) -> list[Block]:
    """Headings that are links in the page are teasers for other articles, not sections of this one; so is a
    block of any kind that is exactly such a heading's text (a "Noticia Relacionada" teaser's image alt, read as a
    caption)."""
    linked = {text_key(text_content(h)) for h in root.iter("h2", "h3", "h4", "h5", "h6") if is_link_text(h)}
    linked.discard("")
    return [block for block in blocks if text_key(block.text) not in linked]


def _tidy_headings(blocks: list[Block]) -> list[Block]:
    """Headings must head article text: kickers before the first paragraph go (a long one is the standfirst and
    becomes body), headings after the last paragraph and page furniture ("Related", "Read more") go."""
    body = [index for index, block in enumerate(blocks) if block.kind == "body"]
    if not body:
        return blocks
    first, last = body[0], body[-1]
    kept = []
    for index, block in enumerate(blocks):
        if block.kind == "heading" and len(block.text.split()) > MAX_HEADING_WORDS:
            block = Block(block.text, "body")
        if block.kind == "heading":
            if index > last or is_boilerplate_heading(block.text):
                continue
            if index < first:
                if len(block.text.split()) < STANDFIRST_MIN_WORDS:
                    continue
                block = Block(block.text, "body")
        kept.append(block)
    return kept


def _fallback_blocks(root) -> list[Block]:
    """Short pages or fragments trafilatura refuses: paragraphs and headings straight from the markup."""
    if root is None:
        return []
    blocks = []
    for element in root.iter("p", "h2", "h3", "li", "blockquote", "pre"):
        text = clean_text(text_content(element))
        if text:
            blocks.append(Block(text, "heading" if element.tag in ("h2", "h3") else "body"))
    if not blocks:
        body = root.find("body")
        text = clean_text(text_content(body)) if body is not None else ""
        if text:
            blocks.append(Block(text))
    return blocks


def _add_page_extras(root, blocks: list[Block]) -> list[Block]:
    """Insert image captions where they stand in the page, within the article's span.

    (Adding h2/h3 that trafilatura dropped was tried: no gain on the fundus dev split, a loss on the other half.)"""
    captions = list(_captions(root))
    if not captions:
        return blocks
    flat, starts = _page_positions(root)
    positions = _locate(flat, blocks)
    found = [p for p in positions if p is not None]
    if not found:
        return blocks
    first, last = min(found), max(found)
    known = {text_key(block.text) for block in blocks}
    extras: list[tuple[int, Block]] = []
    caption_keys: list[str] = []
    for element, text in captions:
        position = starts.get(element)
        key = text_key(text)
        if position is None or not first - _LEAD_SLACK <= position <= last + 200:
            continue
        if any(key.startswith(other) or other.startswith(key) for other in caption_keys):
            continue  # the same caption with or without its credit
        caption_keys.append(key)
        if key in known:
            for block in blocks:
                if text_key(block.text) == key:
                    block.kind = "caption"
            continue
        known.add(key)
        extras.append((position, Block(text, "caption")))
    if not extras:
        return blocks
    ordered, previous = [], -1
    for position, block in zip(positions, blocks):
        previous = position if position is not None else previous
        ordered.append((previous, 1, block))
    ordered.extend((position, 0, block) for position, block in extras)
    ordered.sort(key=lambda item: (item[0], item[1]))
    return [block for _, _, block in ordered]


def _captions(root):
    """(element, text) for each figcaption / caption-classed element / meaningful alt of an uncaptioned figure."""
    seen: set = set()
    for element in _caption_elements(root):
        if any(ancestor in seen for ancestor in element.iterancestors()):
            continue
        text = _undouble(clean_text(text_content(element)).replace("\n", " "))
        if 3 <= len(text.split()) <= 120 and len(element.xpath(".//p")) <= 2 and not is_credit_only(text) and not is_link_text(element):
            seen.add(element)
            yield element, text
    for figure in root.iter("figure"):
        if figure in seen or any(ancestor in seen for ancestor in figure.iterancestors()):
            continue
        if any(child in seen for child in figure.iterdescendants()):
            continue
        for image in figure.iter("img"):
            alt = " ".join((image.get("alt") or "").split())
            if len(alt.split()) >= 6 and not _FILENAME.search(alt):
                yield image, alt
                break


def _undouble(text: str) -> str:
    """Some pages repeat a caption for two layouts inside one element: "AA" → "A"."""
    half = len(text) // 2
    return text[:half].strip() if len(text) > 20 and text[:half].strip() == text[half:].strip() else text


def _caption_elements(root):
    pattern = class_pattern("caption_class_words")
    for element in root.iter():
        if element.tag == "figcaption" or element.get("itemprop") == "caption":
            yield element
        else:
            classes = element.get("class")
            if classes and pattern.search(classes):
                yield element


def _page_positions(root) -> tuple[str, dict]:
    """Page text without whitespace and the start of each element in it, for ordering and span checks."""
    pieces: list[str] = []
    starts: dict = {}
    length = 0
    skip_depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in SKIP_TAGS:
                skip_depth += 1
            starts[element] = length
            if not skip_depth and tag and element.text:
                piece = _WHITESPACE.sub("", element.text)
                pieces.append(piece)
                length += len(piece)
        else:
            if tag in SKIP_TAGS:
                skip_depth -= 1
            if not skip_depth and element.tail:
                piece = _WHITESPACE.sub("", element.tail)
                pieces.append(piece)
                length += len(piece)
    return "".join(pieces), starts


def _locate(flat: str, blocks: list[Block]) -> list[int | None]:
    """Position of each block in the page text (searching forward), None when not found."""
    positions: list[int | None] = []
    cursor = 0
    for block in blocks:
        probe = _WHITESPACE.sub("", block.text)[:60]
        index = flat.find(probe, cursor) if probe else -1
        if index < 0 and probe:
            index = flat.find(probe)
        positions.append(index if index >= 0 else None)
        if index >= 0:
            cursor = index
    return positions


def _text(element) -> str:
    return "".join(element.itertext())
