"""HTML metadata trafilatura misses or gets wrong: title without site suffix, authors, site name (JSON-LD, meta, bylines).

Sources, best first: the RawDocument's own fields (handled by the caller), JSON-LD NewsArticle, OpenGraph / meta
tags, trafilatura's guess, then the page's <title> or byline elements.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from detente.extract.layout import class_pattern, split_authors

_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|NewsArticle", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|•|·|»)\s+")
_NORMALISE = re.compile(r"[\W_]+", re.UNICODE)


@dataclass
class PageMeta:
    """Metadata read straight from the page markup."""

    og_title: str | None = None
    ld_headline: str | None = None
    h1: str | None = None
    html_title: str | None = None
    site: str | None = None
    ld_authors: list[str] = field(default_factory=list)
    meta_authors: list[str] = field(default_factory=list)
    byline_authors: list[str] = field(default_factory=list)
    ld_published: str | None = None
    modified: str | None = None  # last-modified date the page states (JSON-LD, article:modified_time)


def read_page_meta(root) -> PageMeta:
    meta = PageMeta()
    tags = _meta_tags(root)
    for node in _json_ld_objects(root):
        types = node.get("@type", "")
        types = " ".join(types) if isinstance(types, list) else str(types)
        if not _ARTICLE_TYPES.search(types):
            continue
        meta.ld_headline = meta.ld_headline or _text(node.get("headline"))
        meta.ld_published = meta.ld_published or _text(node.get("datePublished"))
        meta.modified = meta.modified or _text(node.get("dateModified"))
        if not meta.ld_authors:
            meta.ld_authors = _ld_names(node.get("author"))
        publisher = node.get("publisher")
        if not meta.site and isinstance(publisher, dict):
            meta.site = _text(publisher.get("name"))
    meta.og_title = tags.get("og:title") or tags.get("twitter:title")
    meta.site = tags.get("og:site_name") or meta.site or tags.get("application-name")
    meta.modified = meta.modified or tags.get("article:modified_time") or tags.get("og:updated_time")
    meta.html_title = _first_text(root, "//title")
    meta.h1 = _first_text(root, "//h1")
    for name in ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "citation_author"):
        value = tags.get(name)
        if value and not value.startswith("http"):
            meta.meta_authors = split_authors(value)
            if meta.meta_authors:
                break
    meta.byline_authors = _byline_authors(root)
    return meta


def strip_site_suffix(title: str, site: str | None, hostname: str | None = None, always: bool = False) -> str:
    """"Headline | Site" → "Headline"; with ``always`` a short last segment goes even when the site is unknown."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title.strip()
    keys = {_key(value) for value in (site, hostname) if value}
    keys |= {_key((hostname or "").removeprefix("www.").split(".")[0])} - {""}
    for index in (-1, 0):
        segment = _key(parts[index])
        if segment and any(key and (key in segment or segment in key) for key in keys):
            rest = parts[:-1] if index == -1 else parts[1:]
            return " - ".join(rest).strip() if len(rest) > 1 else rest[0].strip()
    if always and len(parts[-1].split()) <= 4:
        return " - ".join(parts[:-1]).strip()
    return title.strip()


def best_title(meta: PageMeta, trafilatura_title: str | None, hostname: str | None) -> str | None:
    """og:title, JSON-LD headline, h1, trafilatura's title (first found, site suffix stripped); a shorter candidate
    that starts the chosen one wins (it is the same headline without a suffix)."""
    candidates = [
        strip_site_suffix(candidate, meta.site, hostname)
        for candidate in (meta.og_title, meta.ld_headline, meta.h1, trafilatura_title)
        if candidate and len(candidate.split()) >= 2
    ]
    if not candidates:
        return strip_site_suffix(meta.html_title, meta.site, hostname, always=True) if meta.html_title else trafilatura_title or meta.h1
    best = candidates[0]
    for other in candidates[1:]:
        if _key(best).startswith(_key(other)) and len(_key(other)) >= len(_key(best)) / 2:
            best = other
    return best


def best_authors(meta: PageMeta, trafilatura_author: str | None) -> list[str]:
    if meta.ld_authors:
        return meta.ld_authors
    if meta.meta_authors:
        return meta.meta_authors
    if trafilatura_author:
        return split_authors(trafilatura_author.replace(";", ","))
    return meta.byline_authors


def _json_ld_objects(root) -> list[dict]:
    objects: list[dict] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return objects


def _ld_names(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = ", ".join(str(n) for n in name)
        if isinstance(name, str):
            names.extend(n for n in split_authors(name) if n not in names)
    return names


def _meta_tags(root) -> dict[str, str]:
    """<meta> property/name/itemprop → content (first non-empty wins), in one pass over the page."""
    tags: dict[str, str] = {}
    for node in root.iter("meta"):
        content = " ".join((node.get("content") or "").split())
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (node.get(attribute) or "").strip().lower()
            if key and key not in tags:
                tags[key] = content
    return tags


def _first_text(root, xpath: str) -> str | None:
    for node in root.xpath(xpath):
        text = " ".join(_text_content(node).split())
        if text:
            return text
    return None


def _byline_authors(root) -> list[str]:
    pattern = class_pattern("byline_class_words")
    candidates = (el for el in root.iter() if el.get("rel") == "author" or pattern.search(el.get("class") or ""))
    for node, _ in zip(candidates, range(10)):
        text = " ".join(_text_content(node).split())
        if 3 <= len(text) <= 120:
            names = split_authors(text)
            if names:
                return names
    return []


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _key(text: str | None) -> str:
    return _NORMALISE.sub("", (text or "").lower())


def _text_content(element) -> str:
    return "".join(text for text in element.itertext() if isinstance(text, str))
