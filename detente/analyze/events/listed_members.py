"""The doers a group subject lists: "Kyiv's European allies, including France's Emmanuel Macron and Germany's Friedrich
Merz, condemned the strikes". When the group noun names no actor of its own, the members its "including" / "among
them" phrase names are the ones the sentence shows acting (the group's other members stay unnamed). English only.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of

LISTING_PREPS = {"including", "among"}


def listed_members(subject: Token, frame: Frame) -> list[ActorHit]:
    """The actors named in the "including X and Y" phrase of a plural subject noun that names no actor itself."""
    if frame.lang != "en" or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return []
    hits: list[ActorHit] = []
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in LISTING_PREPS:
            hits += [h for obj in prep.children if obj.dep_ == "pobj" for h in actors_of(obj, frame)]
    return hits
