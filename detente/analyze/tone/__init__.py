"""Tone stage (being written)."""


def score(analysis) -> None:
    """Placeholder until the tone layer lands."""
