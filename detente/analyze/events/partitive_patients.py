"""A partitive object of an act done to people ("executed one of its nuclear scientists", "jailed some of its
harshest critics") names the people acted on through its of-phrase. When they are owned by the doer ("its",
"their"), the last resort that skips the doer's own things ("pulled its troops out": what it acts with) never
reaches them, though a state's citizens, critics or officials are whom its coercion is aimed at."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.lexicon import words

OWNERS = {"its", "their", "his", "her", "our"}


def owned_partitive(obj: Token, frame: Frame) -> list[ActorHit]:
    """The actors of an owned group that the object ``obj`` counts part of: a numeral or quantifier ("one",
    "two", "some", "dozens") with an of-phrase whose noun a possessive pronoun owns ("of its citizens")."""
    if frame.lang != "en" or not (obj.pos_ == "NUM" or obj.lower_ in words("partitive_quantifier")):
        return []
    if any(c.dep_ in {"poss", "nmod:poss"} for c in obj.children):
        return []  # "its two ships": the object itself is owned
    hits: list[ActorHit] = []
    for child in obj.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for noun in prep_objects(child)[1]:
            if any(c.dep_ in {"poss", "nmod:poss"} and c.lower_ in OWNERS for c in noun.children):
                hits += actors_of(noun, frame, fallback=False)
    return hits
