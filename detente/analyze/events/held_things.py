"""Whom an act on a thing is aimed at when the thing is named by who holds it: "struck camps used by militants",
"seized a depot run by Hezbollah", "the Ohio chapter of the ACLU". A participle of holding (use, run, operate, own,
control, hold, occupy) on the object names its holder, and the holder is the one acted on, when the holder is of
another country than the doer (the country the actor layer gives a doer's own insurgents is too unsure to say who
was struck: "Pakistan bombed camps used by rebels" stays without a target); a place name modifying
a unit noun of an organisation ("chapter", "office") is where that unit is, the organisation is the party."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.site_modifiers import names_site

OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}


def holders(verb: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """The agent of a holding participle on the verb's object (or on an on/at phrase's object)."""
    if frame.lang != "en":
        return []
    own = {a.country for a in frame.analysis.actors if a.id in exclude}  # the doer's country
    things = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    things += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "against"}
               for o in c.children if o.dep_ == "pobj"]
    for thing in things:
        for clause in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if lemma(clause, frame.lang) not in words("holding"):
                continue
            hits = [h for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                    for h in actors_of(o, frame, fallback=False) if h.actor.id not in exclude
                    and h.actor.country and h.actor.country not in own]
            if hits:
                return hits[:1]
    return []


def unit_site(token: Token, frame: Frame) -> bool:
    """``token`` is a place compound on a noun whose of-phrase names the organisation the unit belongs to ("the
    Ohio chapter of the ACLU"): the place is no party, the organisation is."""
    if not names_site(token):
        return False
    unit = token.head
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(actors_of(o, frame, fallback=False) for o in c.children
                                                            if o.dep_ == "pobj") for c in unit.children)


def unit_owner(noun: Token, frame: Frame) -> list[ActorHit]:
    """The organisation a unit noun with a place compound belongs to ("the Ohio chapter of the ACLU": the ACLU)."""
    if not any(c.dep_ == "compound" and unit_site(c, frame) for c in noun.children):
        return []
    return [h for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
            for h in actors_of(o, frame, fallback=False)]
