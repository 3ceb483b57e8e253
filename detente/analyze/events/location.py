"""Where an event happened: the places layer's choice for the trigger unless it lies in another clause, else an
attack noun's target site (act_places.py), else the place a "there" on the act refers back to (place_anaphora.py);
without the places layer, a place in the trigger's clause. Attack goals ("into Pakistan") are added once the events
are coded (attack_sites.py, statement_places.settle_places)."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis
from detente.model import Place

LOCATIVE_PREPS = {"in", "at", "en", "near", "inside", "outside", "cerca"}


def place_for_trigger(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> Place | None:
    try:
        from detente.analyze.places import place_for_span  # type: ignore[attr-defined]
    except ImportError:
        return _clause_place(analysis, sent, trigger, offset)
    start = offset + trigger.idx
    found = place_for_span(analysis, start, start + len(trigger.text))
    if found is not None and _other_clause(sent, trigger, found, offset):
        found = None  # "urging the party to back a ceasefire in Gaza": the content's place, not the call's
    if found is None:
        return _attacked(analysis, sent, trigger, offset) or _referred_back(analysis, sent, trigger, offset)
    mention_start = getattr(found, "start", None)
    if mention_start is not None and _anterior_elsewhere(trigger, mention_start - offset):
        return None  # "días después de que EE.UU. atacara Venezuela ..., en Bogotá": Bogotá is the main clause's place
    return getattr(found, "place", found)


def _other_clause(sent: SpacySpan, trigger: Token, found, offset: int) -> bool:
    """The place found lies in another clause than the act's (act_places.in_other_clause)."""
    from detente.analyze.events.act_places import in_other_clause

    start, end = getattr(found, "start", None), getattr(found, "end", None)
    if start is None or end is None:
        return False
    span = sent.doc.char_span(start - offset, end - offset, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_other_clause(trigger, span.root)


def _attacked(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> Place | None:
    """An attack noun's target site ("the attack on the Capitol"): act_places.attacked_place."""
    from detente.analyze.events.act_places import attacked_place

    mention = attacked_place(analysis, sent, trigger, offset)
    return mention.place if mention is not None else None


def _referred_back(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> Place | None:
    """"there" / "allí" on the act's clause: the place named before it (place_anaphora.py)."""
    from detente.analyze.events.place_anaphora import place_referred_back

    mention = place_referred_back(analysis, sent, trigger, offset)
    return mention.place if mention is not None else None


def _anterior_elsewhere(trigger: Token, doc_char: int) -> bool:
    """The trigger lies in an "N days after" clause and the place does not hang on that clause's head."""
    from detente.analyze.events.dating import own_dependent, anterior_unit

    return anterior_unit(trigger, "") is not None and not own_dependent(trigger, doc_char)


def _clause_place(analysis: Analysis, sent: SpacySpan, trigger: Token, offset: int) -> Place | None:
    """Fallback: a place mention introduced by a locative preposition in the trigger's clause."""
    sent_start, sent_end = offset + sent.start_char, offset + sent.end_char
    mentions = [p for p in analysis.places if sent_start <= p.start < sent_end]
    if not mentions:
        return None
    clause = {trigger.i, trigger.head.i}
    for mention in mentions:
        span = sent.doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        prep = root.head if root.dep_ == "pobj" else root
        marker = prep.lower_ if root.dep_ == "pobj" else next((c.lower_ for c in root.children if c.dep_ == "case"), "")
        governor = prep.head if root.dep_ == "pobj" else root.head
        if marker in LOCATIVE_PREPS and governor.i in clause:
            return mention.place
    return None
