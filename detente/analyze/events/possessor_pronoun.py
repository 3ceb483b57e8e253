"""A reported act whose object belongs to "their"/"its" of another number than the act's doer ("U.S. officials
said North Korea had rejected their demand"): the pronoun cannot be the doer's own, so it is the reporter's, and
the object's owner is whom the act is aimed at, as "rejected Seoul's offer" is aimed at Seoul."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.targets import SUBJECT_DEPS, relative_antecedent

POSSESSIVE_NUMBER = {"their": True, "its": False}  # plural?
REPORT_DEPS = {"ccomp"}


def reporter_possessor(verb: Token, frame: Frame) -> list[ActorHit]:
    """The reporting subject, when the verb's object has a possessive pronoun agreeing with it and not with the
    verb's own subject."""
    if frame.lang != "en" or verb.dep_ not in REPORT_DEPS:
        return []
    owners = [p for o in verb.children if o.dep_ in {"dobj", "obj"} for p in o.children
              if p.dep_ == "poss" and p.lower_ in POSSESSIVE_NUMBER]
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    reporters = [relative_antecedent(c) for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
    if len(owners) != 1 or len(doers) != 1 or len(reporters) != 1 or doers[0].pos_ == "PRON":
        return []
    plural = POSSESSIVE_NUMBER[owners[0].lower_]
    if _plural(doers[0]) == plural or _plural(reporters[0]) != plural:
        return []
    return actors_of(reporters[0], frame)


def _plural(noun: Token) -> bool:
    """Plural by tag or by a coordinated subject ("Britain and France"); a name's plural form ("the United States")
    is singular."""
    return any(c.dep_ == "conj" for c in noun.children) or noun.tag_ == "NNS"
