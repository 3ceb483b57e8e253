"""Quotes (being written)."""


def extract(analysis) -> None:
    """Placeholder until the quote layer lands."""
