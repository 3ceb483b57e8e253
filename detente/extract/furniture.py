"""Page furniture inside the extracted text: blocks that are not the article, found by structure then by shape.

trafilatura sometimes keeps what surrounds an article: related-story lists and cards, "Read more" teasers, reader
prompts (subscription, newsletter, account notices), reference lists and bare photo credits. Their sentences then read
as events of this article ("Obama will back Biden…" from a teaser). Structure first: a block whose text sits only in
a related/teaser/newsletter container, or in a list whose every item is a link. Shape second: a "Read more: …" line,
a run of "Publisher, Title, Date" citations or a references list, a "Name/Agency" credit line, a tail of the page
made of reader prompts. Each rule is conservative: a dropped real paragraph loses its events.
The cues live in detente/knowledge/extract/furniture.json.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from detente.extract.blocks import Block
from detente.extract.markup import is_link_text, text_content, text_key

_CUES = Path(__file__).resolve().parents[1] / "knowledge" / "extract" / "furniture.json"
_TEXT_TAGS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "td")
MAX_CONTAINER_SHARE = 0.5  # a "related" container holding half the article's text is the article's own wrapper
MAX_DROPPED_SHARE = 0.4  # structure rules never take more than this share of the body words
MAX_TEASER_WORDS = 30
MAX_SUMMARY_WORDS = 80  # the summary above a bare "Read more" link on a listing page
MIN_TEASER_WORDS = 5  # shorter texts ("Review", "Dare to Play 3") also name menu entries and section labels
MAX_CITATION_WORDS = 60
CITED_SHARE = 0.8  # a paragraph mostly inside <cite> is a reference, not the author's text
MAX_CREDIT_WORDS = 10


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads(_CUES.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _container_pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(word) for word in cues()["teaser_container_words"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _read_more() -> tuple[set[str], re.Pattern]:
    labels = cues()["read_more_labels"] + cues()["share_labels"]
    exact = {text_key(label) for label in labels}
    prefixes = "|".join(re.escape(label.rstrip(":")) for label in sorted(labels, key=len, reverse=True))
    return exact, re.compile(rf"^\W*(?:{prefixes})\s*[:|»›→>\-–—]+\s*\S", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pointer_labels() -> set[str]:
    return {text_key(label) for label in cues()["read_more_labels"]}


@lru_cache(maxsize=2)
def _patterns(name: str) -> list[re.Pattern]:
    return [re.compile(pattern, re.IGNORECASE) for pattern in cues()[name]]


@lru_cache(maxsize=1)
def _citations() -> list[re.Pattern]:
    return [re.compile(pattern) for pattern in cues()["citation_patterns_cased"]]


@lru_cache(maxsize=1)
def _credits() -> list[re.Pattern]:
    return [re.compile(pattern) for pattern in cues()["credit_line_patterns_cased"]]


@lru_cache(maxsize=1)
def _reference_labels() -> set[str]:
    return {text_key(label) for label in cues()["reference_labels"]}


def is_read_more(text: str) -> bool:
    """"Read more", "Ver noticia", "Lee también: <headline>": a pointer to another page."""
    exact, prefixed = _read_more()
    text = text.strip()
    return text_key(text) in exact or (len(text.split()) <= MAX_TEASER_WORDS and bool(prefixed.match(text)))


def is_reader_prompt(text: str) -> bool:
    """The site asks the reader to subscribe, sign up for its newsletter, follow it or get its app."""
    return any(pattern.search(text) for pattern in _patterns("reader_prompt_patterns"))


def is_account_notice(text: str) -> bool:
    """Speaks to the reader about their subscription, account or password (a paywall or sharing notice)."""
    return is_reader_prompt(text) or any(pattern.search(text) for pattern in _patterns("account_notice_patterns"))


def is_citation(text: str) -> bool:
    """One entry of a reference list: "Publisher, Title, Nov. 27, 2019", "Doe, J. (2019). Title.", a bare URL."""
    text = " ".join(text.split())
    return len(text.split()) <= MAX_CITATION_WORDS and any(pattern.match(text) for pattern in _citations())


def is_credit_line(text: str) -> bool:
    """A bare photo credit: "Mario Jasso/Cuartoscuro", "Antonio Cotrim/Pool/Getty Images"."""
    text = " ".join(text.split())
    return len(text.split()) <= MAX_CREDIT_WORDS and any(pattern.match(text) for pattern in _credits())


def drop_furniture(root, blocks: list[Block]) -> list[Block]:
    """``blocks`` without page furniture; ``root`` is the parsed page (None: shape rules only)."""
    if root is not None:
        blocks = _drop_by_structure(root, blocks)
    blocks = _drop_teasers(blocks)
    blocks = _drop_references(blocks)
    blocks = [block for block in blocks if not is_credit_line(block.text)]
    if root is not None:
        blocks = _drop_notice_tail(root, blocks)
    return [block for block in blocks if not (is_reader_prompt(block.text) and len(block.text.split()) <= MAX_TEASER_WORDS)]


def _drop_by_structure(root, blocks: list[Block]) -> list[Block]:
    """Blocks whose text is that of a paragraph in a teaser container, an item of a list of links or a citation."""
    body_chars = sum(len(text_key(block.text)) for block in blocks)
    if not body_chars:
        return blocks
    boxed = _container_keys(root, body_chars)
    listed = _link_list_keys(root) | _cited_keys(root)  # these match body text only: a table of contents repeats headings
    kept = [block for block in blocks if not _structural_furniture(block, boxed, listed)]
    if _words(blocks) - _words(kept) > MAX_DROPPED_SHARE * _words(blocks):
        return blocks  # the cue matched the article itself
    return kept


def _structural_furniture(block: Block, boxed: set[str], listed: set[str]) -> bool:
    if len(block.text.split()) < MIN_TEASER_WORDS:
        return False
    key = text_key(block.text)
    return key in boxed or (block.kind == "body" and key in listed)


def _container_keys(root, body_chars: int) -> set[str]:
    """Texts of the paragraphs inside related/teaser/newsletter containers smaller than the article."""
    pattern = _container_pattern()
    keys: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not pattern.search(marks):
            continue
        if len(text_key(text_content(element))) > MAX_CONTAINER_SHARE * body_chars:
            continue
        for inner in element.iter(*_TEXT_TAGS):
            keys.add(text_key(text_content(inner)))
    return keys


def _link_list_keys(root) -> set[str]:
    """Items of a list whose items (two or more) are each all link to another page: a related-stories list (links
    within the page make a table of contents)."""
    keys: set[str] = set()
    for listing in root.iter("ul", "ol"):
        items = [item for item in listing if item.tag == "li" and text_key(text_content(item))]
        if any((link.get("href") or "").startswith("#") for item in items for link in item.iter("a")):
            continue
        if len(items) >= 2 and all(is_link_text(item) for item in items):
            keys.update(text_key(text_content(item)) for item in items)
    return keys


def _cited_keys(root) -> set[str]:
    """Paragraphs and list items that are mostly a <cite>: entries of a reference list."""
    keys: set[str] = set()
    for cite in root.iter("cite"):
        holder = next((a for a in cite.iterancestors() if a.tag in ("li", "p")), None)
        if holder is None or any(a.tag in ("figure", "figcaption") for a in holder.iterancestors()):
            continue
        whole = text_key(text_content(holder))
        cited = sum(len(text_key(text_content(c))) for c in holder.iter("cite"))
        if whole and cited >= CITED_SHARE * len(whole):
            keys.add(whole)
    return keys


def _drop_teasers(blocks: list[Block]) -> list[Block]:
    """"Read more" lines go; when a page repeats "<summary> / Read more" pairs, the summaries are teasers too.
    Captions stay: an image captioned "RELATED: <headline>" is still an image of the page (fundus counts it)."""
    pointers = [index for index, block in enumerate(blocks) if block.kind != "caption" and is_read_more(block.text)]
    gone = set(pointers)
    bare = [index for index in pointers if text_key(blocks[index].text) in _pointer_labels()]
    if len(bare) >= 2:
        gone.update(index - 1 for index in bare if index > 0 and blocks[index - 1].kind == "body"
                    and len(blocks[index - 1].text.split()) <= MAX_SUMMARY_WORDS)
    return [block for index, block in enumerate(blocks) if index not in gone]


def _drop_references(blocks: list[Block]) -> list[Block]:
    """A "Sources:" label and the citations after it; elsewhere, runs of two or more citation lines."""
    labels = _reference_labels()
    gone: set[int] = set()
    index = 0
    while index < len(blocks):
        if text_key(blocks[index].text) in labels:
            end = index + 1
            while end < len(blocks) and is_citation(blocks[end].text):
                end += 1
            if end > index + 1 or index == len(blocks) - 1:
                gone.update(range(index, end))
            index = end
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "body" and is_citation(blocks[end].text):
            end += 1
        if end - index >= 2:
            gone.update(range(index, end))
        index = max(end, index + 1)
    return [block for index, block in enumerate(blocks) if index not in gone]


def _drop_notice_tail(root, blocks: list[Block]) -> list[Block]:
    """A paywall or account notice at the end of the page: from the first notice in the second half to the end,
    when notices make at least half of that tail and the tail stands in a box of its own (an article about
    subscriptions has such sentences too, but inside the article's own container)."""
    notices = [is_account_notice(block.text) for block in blocks]
    for start in range(len(blocks) // 2, len(blocks)):
        if notices[start]:
            tail = notices[start:]
            if 2 * sum(tail) >= len(tail) and _own_box(root, blocks[start:], blocks[:start]):
                return blocks[:start]
            break
    return blocks


def _own_box(root, tail: list[Block], head: list[Block]) -> bool:
    """True when the page elements holding ``tail`` share an ancestor that holds none of ``head``."""
    where = _elements_by_key(root)
    tail_elements = [where[key] for key in (text_key(block.text) for block in tail) if key in where]
    head_elements = {where[key] for key in (text_key(block.text) for block in head if block.kind == "body") if key in where}
    if not tail_elements or not head_elements:
        return False
    common = set(tail_elements[0].iterancestors())
    for element in tail_elements[1:]:
        common &= set(element.iterancestors())
    return any(ancestor.tag not in ("html", "body") and not any(_inside(e, ancestor) for e in head_elements) for ancestor in common)


def _elements_by_key(root) -> dict:
    where: dict = {}
    for element in root.iter(*_TEXT_TAGS, "h1", "div", "span", "a", "button"):
        where.setdefault(text_key(text_content(element)), element)
    return where


def _inside(element, ancestor) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks if block.kind == "body")
