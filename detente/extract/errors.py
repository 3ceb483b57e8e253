"""The one exception extraction raises: the reason is short and user-facing (the caller names the input)."""
from __future__ import annotations


class ExtractionError(Exception):
    """The input cannot become an article: empty, binary junk, undecodable, or no text found."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source
