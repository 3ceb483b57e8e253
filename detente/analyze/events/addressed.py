"""A demand or charge stated by a participle on the message that carries it ("sent a letter to FBI Director Wray
demanding answers", "a note to Beijing protesting ..."): the message's addressee is whom the act is aimed at."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects

ADDRESS_PREPS = {"to"}


def addressee(verb: Token, frame: Frame) -> list[ActorHit]:
    """Actors of the to-phrase of the noun ``verb`` modifies (a participle), or of the verb that sends that noun."""
    if frame.lang != "en" or verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBN"}:
        return []
    message = verb.head
    holders = [message] + ([message.head] if message.dep_ in {"dobj", "obj"} else [])
    return [h for holder in holders for c in holder.children if c.dep_ in {"prep", "dative"} and c.lower_ in ADDRESS_PREPS
            for o in prep_objects(c)[1] for h in actors_of(o, frame)]
