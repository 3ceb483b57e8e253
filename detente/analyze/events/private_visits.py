"""A visit is CONSULT only when someone is visited: a state, a body or a person of political role (PLOVER CONSULT;
real-news audit s21, class A1: private life and tourism).

"Trump visited one of his golf resorts", "a visit to a Trump golf course", "a visit to Farrow's Connecticut house":
the place visited is a plain common noun that stands for no actor (thing_subjects.is_thing), so no host receives the
visitor. A named place ("visited Croatia", "travelled to Florida") or an office ("visited the ministry") stays.

A trip inside the visitor's own country to a place, not to a body or person (PolNeAR train audit s24, class N7
"domestic visit to places"), has no host either: "Weingarten, who has visited several states ahead of the primaries",
"Biden was to travel to Columbus, Ohio, to promote the new rules", "his visit to Trump Tower". The place visited is a
named city, region or landmark (a GPE, LOC or FAC name, or a name ending in a word of cue list ``landmark_head``:
Tower, Park, Center ...) or a word of a region (cue list ``visited_region``: state,
city, county ...), and every party read has the visitor's country, or the landmark is no actor at all. "Biden
visited Mexico", "Modi visited Washington", "the senator visited the governor in Austin" and "visited the White House"
(a seat of government: an actor of a sector) stay.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.thing_subjects import is_thing
from detente.analyze.events.triggers import Trigger

PLACE_PREPS = {"to", "at"}
SEATED = {"GOV", "LEG", "JUD", "MIL", "IGO"}  # bodies that a building stands for ("the White House", "Capitol Hill")


def private_visit(trigger: Trigger, frame: Frame) -> bool:
    """An English visit whose only place visited is a thing (module docstring)."""
    if frame.lang != "en" or trigger.cue.type != "CONSULT" or trigger.cue.mode != "visit":
        return False
    place = _visited(trigger.token, trigger.is_nominal)
    return place is not None and is_thing(place, frame)


def domestic_visit(trigger: Trigger, sources: list, targets: list, frame: Frame) -> bool:
    """An English visit to a place in the visitor's own country (module docstring)."""
    if frame.lang != "en" or trigger.cue.type != "CONSULT" or trigger.cue.mode != "visit" or not sources:
        return False
    place = _visited(trigger.token, trigger.is_nominal)
    if place is None:
        return False
    region = lemma(place, "en") in words("visited_region") and not place.ent_type_
    if not (region or place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN"):
        return False
    landmark = place.ent_type_ == "FAC" or place.pos_ == "PROPN" and lemma(place, "en") in words("landmark_head")
    if landmark and targets and all(not hit.actor.country and not hit.actor.sector for hit in targets):
        return True  # "his visit to Trump Tower": a building that is no actor
    if any(hit.actor.sector in SEATED for hit in targets if hit.actor.sector) and place.ent_type_ == "FAC":
        return False  # "visited the White House", "a visit to Capitol Hill": the body sitting there hosts
    countries = {hit.actor.country for hit in sources + targets}
    return len(countries) == 1 and None not in countries and (region or place.ent_type_ in {"GPE", "LOC"})


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
