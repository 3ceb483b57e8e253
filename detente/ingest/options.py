"""Settings shared by every ingest source: size cap, network timeout, user agent, robots.txt."""
from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
USER_AGENT = "Detente/0.1 (+https://github.com/detente)"


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = 20 * MB  # one document (file, JSONL line, WARC record, HTTP body) larger than this is rejected
    timeout: float = 15.0  # seconds for one HTTP fetch, all of it (connect, headers and body)
    user_agent: str = USER_AGENT
    max_feed_entries: int = 500
    obey_robots: bool = True  # fetch only what each site's robots.txt allows our user agent (RFC 9309)


def too_large(size: int, options: IngestOptions) -> str:
    return f"too large ({human_size(size)} > {human_size(options.max_bytes)} limit)"


def human_size(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".0 MB", " MB")
    return f"{size / 1024:.1f} kB".replace(".0 kB", " kB")
