"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: list the entries, then fetch each entry's page."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Iterator
from urllib.parse import urljoin

import httpx
from lxml import etree

from detente.ingest.options import IngestOptions
from detente.ingest.robots import RobotsPolicy
from detente.ingest.web import FetchError, fetch, page_document
from detente.model import RawDocument, Reject

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass
class FeedEntry:
    link: str | None
    title: str | None
    published: str | None  # ISO date


def parse_feed(content: bytes, base_url: str) -> list[FeedEntry]:
    """The entries of a feed, in feed order; raise ValueError when it is not a feed we can read."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    root = etree.fromstring(content, parser=parser)
    if root is None:
        raise ValueError("not well-formed XML")
    items = root.findall("./channel/item") or root.findall(f"{RSS1}item") or root.findall(f"{ATOM}entry")
    if not items and etree.QName(root).localname not in ("rss", "feed", "RDF"):
        raise ValueError(f"root element <{etree.QName(root).localname}> is not rss, feed or RDF")
    return [_entry(item, base_url) for item in items]


def _entry(item: etree._Element, base_url: str) -> FeedEntry:
    if item.tag == f"{ATOM}entry":
        links = item.findall(f"{ATOM}link")
        alternate = [l for l in links if l.get("rel", "alternate") == "alternate"] or links
        href = alternate[0].get("href") if alternate else None
        return FeedEntry(
            link=urljoin(base_url, href.strip()) if href else None,
            title=_text(item.find(f"{ATOM}title")),
            published=_iso_date(_text(item.find(f"{ATOM}published")) or _text(item.find(f"{ATOM}updated"))),
        )
    ns = RSS1 if item.tag.startswith(RSS1) else ""
    link = _text(item.find(f"{ns}link")) or (_text(item.find("guid")) if item.find("guid") is not None
                                             and item.find("guid").get("isPermaLink", "true") == "true" else None)
    return FeedEntry(
        link=urljoin(base_url, link) if link else None,
        title=_text(item.find(f"{ns}title")),
        published=_iso_date(_text(item.find("pubDate")) or _text(item.find(DC_DATE))),
    )


def _text(element: etree._Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def _iso_date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) → YYYY-MM-DD."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def read_feed(http: httpx.Client, url: str, content: bytes, options: IngestOptions,
              robots: RobotsPolicy | None = None) -> Iterator[RawDocument | Reject]:
    """Fetch every entry of the feed at ``url``; each failure is a Reject naming the entry."""
    try:
        entries = parse_feed(content, url)
    except (ValueError, etree.XMLSyntaxError) as error:
        yield Reject(source=url, reason=f"unreadable feed ({error})")
        return
    if not entries:
        yield Reject(source=url, reason="feed has no entries")
        return
    for number, entry in enumerate(entries[: options.max_feed_entries], start=1):
        if not entry.link:
            yield Reject(source=f"{url}#{number}", reason="feed entry has no link")
            continue
        try:
            page = fetch(http, entry.link, options, robots)
        except FetchError as error:
            yield Reject(source=entry.link, reason=str(error))
            continue
        if not page.content.strip():
            yield Reject(source=entry.link, reason="empty response body")
            continue
        yield page_document(entry.link, page, title=entry.title, published=entry.published)
