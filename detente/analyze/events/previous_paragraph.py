"""The sentence before a sentence, across a paragraph break: news copy sets most sentences as paragraphs of their
own, so the pair "they both" stands for, or the speaker a quotation continues, is often in the last sentence of
the paragraph before. Each paragraph is its own parse (Doc), so the rules that look one sentence back ask here,
with the frame that reads that paragraph's actors. (An opening "It"/"They" is not carried across paragraphs: on
the dev pages that gave a source only to a non-event, "They spoke on condition of anonymity ... to the media".)
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.analyze.events.actor_lookup import Frame


def sentence_before(token: Token, frame: Frame) -> tuple[Span, Frame] | None:
    """The sentence before ``token``'s own, in its paragraph or else the last of the paragraph just before (of the
    same language), with the frame for reading it; None at the article's start."""
    sent = token.sent
    if sent.start > 0:
        return token.doc[sent.start - 1].sent, frame
    paragraphs = frame.analysis.parsed
    here = frame.analysis.paragraph_index(frame.offset)
    if not here or paragraphs[here].offset != frame.offset or paragraphs[here].doc is not token.doc:
        return None
    before = paragraphs[here - 1]
    if before.lang != frame.lang or len(before.doc) == 0:
        return None
    return before.doc[len(before.doc) - 1].sent, replace(frame, offset=before.offset)
