"""The holder of a part taken in an act does it: "Qatar played a key role in brokering the ceasefire", "Iran's role in
arming Hezbollah". The parser hangs the gerund's "in" phrase on the part noun, so the act found no subject and was
dropped (or kept an empty source)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lemmas import word_listed

PARTS_TAKEN = True  # switch for paired before/after measurement
OBJECTS = {"dobj", "obj"}


def part_holder(noun: Token, frame: Frame) -> list[ActorHit] | None:
    """Who takes the part (cue list ``part_noun``: role, part, lead, hand) the gerund's "in" phrase hangs on: the
    noun's possessor ("Iran's role in arming"), else the subject of the verb it is the object of ("played a key role
    in brokering"); None when ``noun`` is no such noun."""
    from detente.analyze.events.sources import subject_of

    if not PARTS_TAKEN or frame.lang != "en" or noun.pos_ != "NOUN" or not word_listed(noun, "part_noun"):
        return None
    owners = [h for c in noun.children if c.dep_ in {"poss", "nmod:poss"} for h in actors_of(c, frame)]
    if owners or any(c.dep_ in {"poss", "nmod:poss"} for c in noun.children):
        return owners
    if noun.dep_ in OBJECTS and noun.head.pos_ in {"VERB", "AUX"}:
        return subject_of(noun.head, frame)
    return []
