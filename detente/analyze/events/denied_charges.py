""""Turkey accused Greece of harbouring militants, a charge Athens denied": the small parser reads the reduced
relative clause "a charge Athens denied" as the noun "charge" with "Athens" in apposition, subject of "denied". A
name right after a charge noun with no comma between (no apposition is written so) is the one who denies it."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lexicon import words


def apposed_denier(subject: Token, frame: Frame) -> list[ActorHit]:
    """The actors of a name the parser hung as an apposition right after the charge noun ``subject``."""
    if frame.lang != "en" or subject.lemma_.lower() not in words("denied_charge"):
        return []
    return [h for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == subject.i + 1
            for h in actors_of(c, frame)]


CHARGE_DEPS = {"npadvmod", "appos", "dobj"}  # "..., a charge Islamabad rejected" hung on the accusing clause


def charge_maker(verb: Token, frame: Frame) -> list[ActorHit]:
    """"India accused Pakistan of sheltering the attackers, a charge Islamabad rejected": a denial in a relative
    clause on a charge noun that sums up the accusing clause before it is aimed at that clause's subject."""
    charge = verb.head
    if frame.lang != "en" or verb.dep_ != "relcl" or charge.lemma_.lower() not in words("denied_charge"):
        return []
    accusing = charge.head
    if charge.dep_ not in CHARGE_DEPS or accusing.pos_ != "VERB" or accusing.i > charge.i:
        return []
    return [h for c in accusing.children if c.dep_ == "nsubj" for h in actors_of(c, frame)]
