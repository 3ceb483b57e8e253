"""An act done to the people of a place happens there (a step on coded events, statement_places.settle_places).

The places layer finds a place after a locative word ("in", "at"). An attack, a coercion or an aid names its place
by the people it is done to instead: "ordered all residents of northern Gaza to evacuate", "arrested dozens of
residents of Hebron", "shelled villagers of Arica", "la evacuación de los vecinos de Arica". For ASSAULT, COERCE
and AID acts with no place, the place of the "of" / "de" phrase on such a dweller noun (knowledge/places/
dwellers.tsv) is the place when the noun is what the act is done to:
- the object of the trigger verb, or its passive subject;
- the object of the verb that the trigger is the complement of ("ordered residents of X to evacuate": the people
  ordered are the ones who leave);
- the "of" / "on" / "against" / "de" / "contra" object of the trigger noun ("the arrest of residents of X");
- for an aid, its "to" / "a" goal ("sent food to the people of X").
A counting word before the noun is passed through ("dozens of residents of X"). Nationality nouns ("citizens of
Peru") are no dwellers: a citizen may be anywhere. Only the phrase's head with its compounds and conjuncts
counts (attack_sites.core_phrase), never a place nested deeper. Statements and stances keep their own reading:
accusing the residents of X is not done in X.
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.attack_sites import core_phrase, first_mention, trigger_mentions
from detente.analyze.events.background_dates import cue_words
from detente.analyze.events.destination_places import goals
from detente.model import Event

WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "places" / "dwellers.tsv"
DONE_TO_TYPES = {"ASSAULT", "COERCE", "AID"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
COMPLEMENT_DEPS = {"xcomp"}  # "ordered residents of X to evacuate"
NOUN_PREPS = {"of", "on", "against", "de", "contra", "sobre"}


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(WORDS, lang, kind)


def dwellers_place(analysis: Analysis, event: Event):
    """The place of the people the act is done to, or None (see the module docstring)."""
    if event.type not in DONE_TO_TYPES or event.location is not None:
        return None
    found = trigger_mentions(analysis, event)
    if found is None:
        return None
    parsed, trigger, mentions = found
    lang = "es" if parsed.lang == "es" else "en"
    heads = _affected(trigger) + (goals(trigger) if event.type == "AID" else [])  # "aid to the people of X"
    places = [core_phrase(p) for head in heads for p in _dwellers_places(head, lang)]
    mention = first_mention(mentions, places)
    return mention.place if mention is not None else None


def _affected(trigger: Token) -> list[Token]:
    """Heads of the phrases naming what the act is done to."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return [o for c in trigger.children if c.dep_ in {"prep", "case"} and c.lower_ in NOUN_PREPS
                for o in c.children if o.dep_ in {"pobj", "obj"}] + [
            c for c in trigger.children if c.dep_ in {"nmod", "obl"}
            and any(k.dep_ == "case" and k.lower_ in NOUN_PREPS for k in c.children)]
    if trigger.pos_ not in {"VERB", "AUX"}:
        return []
    found = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    if trigger.dep_ in COMPLEMENT_DEPS and trigger.head.pos_ in {"VERB", "AUX"}:
        found += [c for c in trigger.head.children if c.dep_ in {"dobj", "obj", "iobj"}]
    return found


def _dwellers_places(head: Token, lang: str) -> list[Token]:
    """The "of" objects of a dweller noun at ``head``, passing through one counting word ("dozens of")."""
    nouns = [head]
    if head.lower_ in _cue(lang, "quantity") or head.like_num:
        nouns += [o for c in head.children if c.dep_ in {"prep", "case"} and c.lower_ in _cue(lang, "of")
                  for o in c.children if o.dep_ in {"pobj", "obj"}]
        nouns += [c for c in head.children if c.dep_ == "nmod"
                  and any(k.dep_ == "case" and k.lower_ in _cue(lang, "of") for k in c.children)]
    places = []
    for noun in nouns:
        if noun.lower_ not in _cue(lang, "dweller"):
            continue
        places += [o for c in noun.children if c.dep_ == "prep" and c.lower_ in _cue(lang, "of")
                   for o in c.children if o.dep_ == "pobj"]
        places += [c for c in noun.children if c.dep_ in {"nmod", "obl"}
                   and any(k.dep_ == "case" and k.lower_ in _cue(lang, "of") for k in c.children)]
    return places
