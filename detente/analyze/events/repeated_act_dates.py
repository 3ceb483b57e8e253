"""A once-only act done to a person, told again without a date, keeps the time the article first gave it.

dating.py gives an undated act the publication date (news of the day). A person is killed, arrested, extradited or
released once in a story: when the article has already placed that act before the news of the day ("The appointment
came days after Ismail Haniyeh was assassinated", no date; "Police arrested him on July 6, 2019"), a later undated
mention of the same kind of act done to the same person ("Haniyeh was killed by an airstrike in Tehran", "the
assassination of Haniyeh") is that act, not a new one of the day. It takes the first mention's date (null for an act
the text places earlier without dating it) and historical flag; its place stays its own.

The mentions must share the coded type and a target actor that is a person (a PERSON entity in the text), the act
word must be in the once-only list (``recalled_acts.tsv``, kind ``once``: kill, assassinate, arrest, extradite, ...),
the later mention must be a finished act or an act noun (not a present, future or possible one) with no "again", and
the first mention must be undated-earlier or have a stated date (not after publication). It runs after
recalled_attack_dates.py, once events are coded and merged, so it changes no side and no merge.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.background_dates import clause_head, cue_words, narrative_past
from detente.analyze.events.lemmas import lemma
from detente.model import Event

WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "recalled_acts.tsv"
PERFECT = {"has", "have", "had"}


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(WORDS, lang, kind)


def date_repeated_acts(analysis: Analysis) -> None:
    """Pipeline step (see the module docstring)."""
    from detente.analyze.time.calendar import as_date

    published = as_date(analysis.article.reference_date)
    if published is None:
        return
    acts = []  # (event, trigger, lang, act stem) of the once-only acts, in text order
    for event in sorted(analysis.events, key=lambda e: e.evidence.start):
        found = analysis.trigger_root(event) if event.target else None
        stem = _once_stem(found[1], found[0].lang) if found is not None else None
        if stem is not None:
            acts.append((event, found[1], found[0].lang, stem))
    if len(acts) < 2:
        return  # nothing told twice (and the person test, which walks every mention, is spared)
    persons = _person_actors(analysis, {a.id for event, *_ in acts for a in event.target})
    told: list[tuple[Event, str, frozenset[str]]] = []  # earlier mentions: (event, act stem, person target ids)
    for event, trigger, lang, stem in acts:
        targets = frozenset(a.id for a in event.target if a.id in persons)
        if not targets:
            continue
        if default_dated(event, published) and _told_again(trigger, lang):
            first = next((e for e, s, t in reversed(told) if s == stem and t & targets and e.type == event.type), None)
            if first is not None and _placed(first, published):
                event.date, event.date_text, event.date_precision = first.date, first.date_text, first.date_precision
                event.historical = first.historical
        told.append((event, stem, targets))


def _person_actors(analysis: Analysis, wanted: set[str]) -> set[str]:
    """Ids among ``wanted`` of the article's actors with a mention the parser tags as a person."""
    found = set()
    for actor in analysis.actors:
        if actor.id not in wanted:
            continue
        for mention in actor.mentions:
            parsed = analysis.paragraph_at(mention.start)
            if parsed is None:
                continue
            span = parsed.doc.char_span(mention.start - parsed.offset, mention.end - parsed.offset,
                                        alignment_mode="expand")
            if span is not None and any(t.ent_type_ in {"PERSON", "PER"} for t in span):
                found.add(actor.id)
                break
    return found


def _once_stem(trigger: Token, lang: str) -> str | None:
    """The once-only act the trigger names ("assassination" and "assassinated" both "assassinate"), else None."""
    own = lemma(trigger, lang)
    for pair in _cue(lang, "once"):
        noun, _, verb = pair.partition(":")
        if own == noun:
            return verb or noun
    return None


def default_dated(event: Event, published: date) -> bool:
    """The act took the publication date for want of one of its own."""
    return not event.date_text and event.date == published.isoformat() and not event.future and not event.hypothetical


def _told_again(trigger: Token, lang: str) -> bool:
    """An act noun, or a finished act ("was killed", "has been arrested"), with no "again"."""
    head = clause_head(trigger)
    if any(c.lower_ in _cue(lang, "again") for c in [*trigger.children, *head.children]):
        return False
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return True
    if narrative_past(head, lang):
        return True
    auxiliaries = [c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass", "aux:pass"}]
    return lang == "en" and head.tag_ == "VBN" and bool(auxiliaries) and auxiliaries[0] in PERFECT


def _placed(first: Event, published: date) -> bool:
    """The first mention has a time of its own: no date (an earlier act the text does not date) or a stated date not
    after publication (the same act, of whatever day)."""
    from detente.analyze.time.calendar import as_date

    if first.date is None:
        return True
    when = as_date(first.date)
    return bool(first.date_text) and when is not None and when <= published
