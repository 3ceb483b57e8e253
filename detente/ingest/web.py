"""HTTP(S) fetching with a user agent, a size cap and a hard deadline: a slow server never hangs ingest."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterator

import httpx

from detente.ingest.kinds import document_kind, looks_like_feed
from detente.ingest.options import IngestOptions, too_large
from detente.ingest.robots import RobotsPolicy
from detente.model import RawDocument, Reject


class FetchError(Exception):
    """A URL that could not be fetched; the message is the user-facing reason."""


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None

    def text_or_bytes(self) -> bytes | str:
        """The body decoded with the server's charset when that works, else the raw bytes."""
        if self.charset:
            try:
                return self.content.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        return self.content


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def client(options: IngestOptions) -> httpx.Client:
    timeout = httpx.Timeout(options.timeout, connect=min(options.timeout, 10.0))
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": options.user_agent})


def fetch(http: httpx.Client, url: str, options: IngestOptions, robots: RobotsPolicy | None = None) -> Fetched:
    """GET ``url``; raise FetchError when robots.txt forbids it, on network errors, HTTP errors, a body over the cap
    or the deadline."""
    reason = robots.blocked(http, url) if robots else None
    if reason:
        raise FetchError(reason)
    deadline = time.monotonic() + options.timeout
    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
            declared = int(response.headers.get("content-length") or 0)
            if declared > options.max_bytes:
                raise FetchError(too_large(declared, options))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    raise FetchError(too_large(size, options))
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {options.timeout:g} s")
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            return Fetched(
                url=str(response.url),
                content=b"".join(chunks),
                content_type=content_type.split(";")[0].strip().lower(),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {options.timeout:g} s") from None
    except httpx.HTTPError as error:
        raise FetchError(f"fetch failed ({type(error).__name__}: {error})") from None


def read_url(url: str, options: IngestOptions, robots: RobotsPolicy | None = None) -> Iterator[RawDocument | Reject]:
    """A page, or a feed whose entries are fetched in turn; ``robots`` is the run's robots.txt policy (None: ignored)."""
    with client(options) as http:
        try:
            page = fetch(http, url, options, robots)
        except FetchError as error:
            yield Reject(source=url, reason=str(error))
            return
        if not page.content.strip():
            yield Reject(source=url, reason="empty response body")
            return
        if is_feed(page):
            from detente.ingest.feeds import read_feed

            yield from read_feed(http, url, page.content, options, robots)
            return
        yield page_document(url, page)


def is_feed(page: Fetched) -> bool:
    if any(word in page.content_type for word in ("rss", "atom")):
        return True
    return looks_like_feed(page.content)


def page_document(source: str, page: Fetched, title: str | None = None, published: str | None = None) -> RawDocument:
    kinds = {"text/plain": "text", "text/html": "html", "application/xhtml+xml": "html"}
    kind = kinds.get(page.content_type) or document_kind(page.content)
    return RawDocument(source=source, content=page.text_or_bytes(), kind=kind, url=page.url, title=title, published=published)
