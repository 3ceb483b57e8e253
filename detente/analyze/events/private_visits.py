"""A visit is CONSULT only when someone is visited: a state, a body or a person of political role (PLOVER CONSULT;
real-news audit s21, class A1: private life and tourism).

"Trump visited one of his golf resorts", "a visit to a Trump golf course", "a visit to Farrow's Connecticut house":
the place visited is a plain common noun that stands for no actor (thing_subjects.is_thing), so no host receives the
visitor. A named place ("visited Croatia", "travelled to Florida") or an office ("visited the ministry") stays.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.thing_subjects import is_thing
from detente.analyze.events.triggers import Trigger

PLACE_PREPS = {"to", "at"}


def private_visit(trigger: Trigger, frame: Frame) -> bool:
    """An English visit whose only place visited is a thing (module docstring)."""
    if frame.lang != "en" or trigger.cue.type != "CONSULT" or trigger.cue.mode != "visit":
        return False
    place = _visited(trigger.token, trigger.is_nominal)
    return place is not None and is_thing(place, frame)


def _visited(token: Token, nominal: bool) -> Token | None:
    place = None if nominal else next((c for c in token.children if c.dep_ == "dobj"), None)
    if place is None:
        place = next((o for p in token.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                      for o in p.children if o.dep_ == "pobj"), None)
    if place is not None and place.lower_ in {"one", "some", "several", "many", "each", "all"}:
        # "one of his golf resorts": the place is the of-complement
        place = next((o for p in place.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
    return place
