"""Sentence lookup by article offset, shared by the time and place layers."""
from __future__ import annotations

from bisect import bisect_right

from detente.analyze.context import Analysis


def sentence_bounds(analysis: Analysis, offset: int) -> tuple[int, int] | None:
    """Article offsets [start, end) of the sentence containing ``offset``, or None outside any paragraph."""
    starts = [p.offset for p in analysis.parsed]
    position = bisect_right(starts, offset) - 1
    if position < 0:
        return None
    parsed = analysis.parsed[position]
    local = offset - parsed.offset
    if local >= len(parsed.doc.text):
        return None
    for sent in parsed.doc.sents:
        if sent.start_char <= local < sent.end_char or local < sent.start_char:
            return parsed.offset + sent.start_char, parsed.offset + sent.end_char
    return None
