"""The speaker of a quoted "we"/"I" in a sentence that is all quotation: '"China opposes all terrorism," the
ministry's spokesperson said. "We call on both sides to show restraint."' A quotation goes on across sentences
and paragraphs after its attribution (or before it, when the quote stays open to the next sentence's "..., she said"), and the
reader gives the unattributed sentence the same speaker. English only: the rule reads the English parse.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.previous_paragraph import sentence_before
from detente.analyze.events.targets import SUBJECT_DEPS, relative_antecedent

QUOTE_MARKS = {'"', "\u201c", "\u201d"}


def continued_quote_speaker(subject: Token, frame: Frame) -> list[ActorHit]:
    """The speaker the sentence before (or, with the quote left open, the sentence after) names for the quotation
    ``subject``'s all-quoted sentence continues; nothing when the sentence has its own attribution."""
    sent = subject.sent
    if frame.lang != "en" or sent[0].text not in QUOTE_MARKS or _outside_words(sent):
        return []
    doc = subject.doc
    marks = sum(1 for t in sent if t.text in QUOTE_MARKS)
    if marks % 2 == 1:  # the quote stays open: '"We ask ... . We call ...," she said.' names its speaker after it
        return _attributed_speaker(doc[sent.end].sent, frame, opens_inside=True) if sent.end < len(doc) else []
    previous = sentence_before(subject, frame)  # the paragraph before, when the quote opens a paragraph
    return _attributed_speaker(*previous) if previous is not None else []


def _outside_words(sent: Span, opens_inside: bool = False) -> list[Token]:
    """The words of the sentence outside its quotation marks (``opens_inside``: it opens inside a quotation)."""
    inside, outside = opens_inside, []
    for token in sent:
        if token.text in QUOTE_MARKS:
            inside = not inside
        elif not inside and token.is_alpha:
            outside.append(token)
    return outside


def _attributed_speaker(sent: Span, frame: Frame, opens_inside: bool = False) -> list[ActorHit]:
    """The named subject of the verb of saying outside the quotation of a sentence that quotes someone."""
    if not any(t.text in QUOTE_MARKS for t in sent):
        return []
    for verb in _outside_words(sent, opens_inside):
        if verb.pos_ == "VERB" and lemma(verb, frame.lang) in words("communication") | {"write", "tell"}:
            named = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
            hits = [h for c in named for h in actors_of(relative_antecedent(c), frame)]
            if hits:
                return hits
    return []
