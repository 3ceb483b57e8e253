"""A subject's possessor that the verb's own object pronoun refers back to ("Trump's top two rivals criticized
him", "Haley's critics attacked her"): the pronoun cannot be the subject itself, so it is the possessor, who is
then the one acted on, never the doer the actor layer reads through the possessive."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token, actors_of

OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}  # plural?


def bound_possessor(subject: Token, verb: Token, frame: Frame) -> list[ActorHit]:
    """The actors of ``subject``'s possessor when the subject names no actor of its own and a personal pronoun
    object of ``verb`` agrees with the possessor (not a possessive pronoun: "his aides criticized him")."""
    owners = [c for c in subject.children if c.dep_ in {"poss", "nmod:poss"} and c.pos_ != "PRON"]
    pronouns = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lower_ in OBJECT_PRONOUNS]
    if len(owners) != 1 or len(pronouns) != 1 or actor_at_token(subject, frame) is not None:
        return []
    owner = owners[0]
    plural = owner.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in owner.children)
    if OBJECT_PRONOUNS[pronouns[0].lower_] != plural:
        return []
    return actors_of(owner, frame)
