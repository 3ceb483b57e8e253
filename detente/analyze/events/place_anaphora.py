"""A place adverb that refers back ("there", "allí") is the nearest place named before it (location.py's fallback).

"Israeli troops entered the camp on Monday. They arrested two men there": "there" is the camp, and it is the place
of the acts of its clause and of the clauses under it ("They said there that they had arrested ..."). Only an adverb
that hangs on the act itself or on a verb above it counts, never one on a noun ("authorities there were accused"
locates the authorities, not the accusation); an existential "there is" is no adverb. The place is the nearest
place mention before the adverb, within about two paragraphs.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, PlaceMention
from detente.analyze.events.sentence_words import sentence_lowers

THERE = {"there", "allí", "ahí", "alli"}  # not "allá": "más allá" is "further", no place
REACH_CHARS = 1000  # how far back the adverb's place may be named (about two paragraphs)


def place_referred_back(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> PlaceMention | None:
    """The place "there" refers back to, when it locates the act (see the module docstring)."""
    adverbs = [sent[j] for j, lower in enumerate(sentence_lowers(sent)) if lower in THERE]  # most sentences: none
    if not adverbs:
        return None
    heads = {t.i for t in [trigger, *trigger.ancestors]}
    adverb = next((t for t in adverbs if t.lower_ in THERE and t.dep_ in {"advmod", "obl", "advcl"} and t.head.i in heads
                   and t.head.pos_ in {"VERB", "AUX"} or t.lower_ in THERE and t.head.i == trigger.i), None)
    if adverb is None:
        return None
    at = offset + adverb.idx
    earlier = [m for m in analysis.places if m.end <= at and at - m.end <= REACH_CHARS]
    return max(earlier, key=lambda m: m.end) if earlier else None
