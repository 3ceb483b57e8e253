"""robots.txt, as RFC 9309 asks of crawlers: fetched once per site, obeyed for our user agent.

A missing robots.txt (4xx) allows everything; a server error (5xx) means the site is unreachable, so nothing is
fetched from it; a network failure leaves the decision to the page fetch itself, which then reports the real error.
"""
from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: parse at least 500 KiB


class RobotsPolicy:
    """Per-site robots.txt rules, read once per site for a whole ingest run (every URL and feed source of it)."""

    def __init__(self, user_agent: str, timeout: float) -> None:
        self.agent = user_agent.split("/")[0]  # the product token: "Detente"
        self.timeout = timeout
        self._sites: dict[str, RobotFileParser | bool] = {}

    def blocked(self, http: httpx.Client, url: str) -> str | None:
        """The reason ``url`` must not be fetched, or None when it may be (robots.txt is read with ``http``)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._sites:
            self._sites[site] = self._load(http, site)
        rules = self._sites[site]
        if rules is True:
            return None
        if rules is False:
            return f"not fetched: {site}/robots.txt answers with a server error (RFC 9309: treat the site as disallowed)"
        if not rules.can_fetch(self.agent, url):
            return f"disallowed by {site}/robots.txt for {self.agent}"
        return None

    def _load(self, http: httpx.Client, site: str) -> RobotFileParser | bool:
        """The parsed rules; True = everything allowed, False = nothing."""
        try:
            response = http.get(f"{site}/robots.txt", timeout=min(self.timeout, 10.0))
        except httpx.HTTPError:
            return True
        if response.status_code >= 500:
            return False
        if response.status_code >= 400:
            return True
        rules = RobotFileParser()
        rules.parse(response.content[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace").splitlines())
        return rules
