"""The one an act is blamed on is its doer: "the bomb attack, blamed on Basque separatists, killed two policemen", "the
attack on the embassy was blamed on Hezbollah". Wire copy names a bombing's alleged doer this way; the parser gives
the blamed party to the blaming verb, so the act noun found no source (or took the blamed as its target)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

BLAMED_PREPS = {"on", "to"}
PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}


def blamed_doers(noun: Token, frame: Frame) -> list[ActorHit]:
    """Actors of the "on"/"to" phrase of a verb of blaming (cue list ``blaming``) that is a participle on the act
    noun ("an attack blamed on X") or whose passive subject the act noun is ("the attack was blamed on X")."""
    if frame.lang != "en":
        return []
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ in PASSIVE_SUBJECTS:
        verbs.append(noun.head)
    for verb in verbs:
        if lemma(verb, frame.lang) not in words("blaming"):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in BLAMED_PREPS):
            hits = [h for o in prep.children if o.dep_ == "pobj" for h in actors_of(o, frame)]
            if hits:
                return hits
    return []
