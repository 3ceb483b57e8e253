"""A visit, and talks a journey leads to, happen where the visitor goes (a step on coded events, statement_places).

The places layer finds a place after a locative word ("in", "at"). A visit names its place as its goal or its
object instead: "visited Peru", "traveled to Lima", "official trips to Lima", "viajó a Lima"; and talks that a
journey leads to are held where it goes: "traveled to Lima to meet Boluarte", "flew to Lima for talks",
"viajó a Lima para reunirse con Boluarte". For CONSULT acts with no place:
- a visit (mode "visit") takes the head of its "to" / "a" goal phrase (destination_places.goals), or, for a verb of
  visiting (knowledge/places/visits.tsv: "visit", "visitar"; not "host" or "receive", whose object is the visitor),
  its direct object;
- talks in a purpose clause ("to meet") or a purpose phrase ("for talks", "para") of a verb of going take that
  verb's goal.
Only the phrase's head with its compounds counts (attack_sites.core_phrase), never a place nested deeper; a goal
that lists places of several countries ("trips to Peru, Egypt and Brazil") is no one place, so none is given.
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.attack_sites import core_phrase, trigger_mentions
from detente.analyze.events.background_dates import cue_words
from detente.analyze.events.destination_places import goals
from detente.analyze.events.lemmas import lemma
from detente.model import Event

WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "places" / "visits.tsv"
PURPOSE_DEPS = {"xcomp", "advcl"}  # "traveled to Lima to meet Boluarte"


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(WORDS, lang, kind)


def visit_place(analysis: Analysis, event: Event):
    """The place a visit goes to, or where a journey to talks goes; None otherwise (see the module docstring)."""
    if event.type != "CONSULT" or event.location is not None:
        return None
    found = trigger_mentions(analysis, event)
    if found is None:
        return None
    parsed, trigger, mentions = found
    lang = "es" if parsed.lang == "es" else "en"
    phrases = []
    if event.mode == "visit":
        phrases += [core_phrase(g) for g in goals(trigger)]
        if trigger.pos_ in {"VERB", "AUX"} and lemma(trigger, lang) in _cue(lang, "visit"):
            phrases += [core_phrase(o) for o in trigger.children if o.dep_ in {"dobj", "obj"}]
    journey = _journey(trigger, lang)
    if journey is not None:
        phrases += [core_phrase(g) for g in goals(journey)]
    for phrase in phrases:
        inside = [m for m, root in mentions if root in phrase]
        if inside:
            countries = {m.place.country for m in inside}
            return inside[0].place if len(countries) == 1 else None
    return None


def _journey(trigger: Token, lang: str) -> Token | None:
    """The verb of going whose purpose the talks are ("traveled to Lima to meet", "flew to Lima for talks")."""
    head = None
    if trigger.dep_ in PURPOSE_DEPS:
        head = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.lower_ in _cue(lang, "purpose"):
        head = trigger.head.head
    elif trigger.dep_ in {"obl", "nmod"} and any(
            c.dep_ in {"case", "mark"} and c.lower_ in _cue(lang, "purpose") for c in trigger.children):
        head = trigger.head
    if head is None or head.pos_ not in {"VERB", "AUX"} or head.i == trigger.i:
        return None
    return head if lemma(head, lang) in _cue(lang, "motion") else None
