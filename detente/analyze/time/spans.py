"""Sentence lookup by article offset, shared by the time and place layers."""
from __future__ import annotations

from detente.analyze.context import Analysis


def sentence_bounds(analysis: Analysis, offset: int) -> tuple[int, int] | None:
    """Article offsets [start, end) of the sentence containing ``offset``, or None outside any paragraph."""
    parsed = analysis.paragraph_at(offset)
    if parsed is None:
        return None
    sent = parsed.sentence_at(offset - parsed.offset)
    if sent is None:
        return None
    return parsed.offset + sent.start_char, parsed.offset + sent.end_char
