"""A denial answers a charge. What is denied in a gerund ("denied shelling the villages", "denied being in a
relationship with X") is the denier's own alleged act, so whom that act touched is no recipient of the denial; the
one who made the charge is. When the sentence itself tells the charge ("accused India of backing the attack, which
New Delhi denies"), its maker is the one the denial answers."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "obj", "pcomp", "prep"}


def is_denial(verb: Token, lang: str) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and lemma(verb, lang) in words("denying")


def denied_acts(verb: Token, lang: str) -> list[Token]:
    """The gerunds a denial verb takes as what is denied ("denied targeting hospitals", "denies ever having met X")."""
    if not is_denial(verb, lang):
        return []
    found = []
    for child in verb.children:
        if child.dep_ == "prep":  # "denied involvement in shelling": not read here (a noun states the charge)
            continue
        if child.dep_ in CONTENT_DEPS and child.tag_ == "VBG" and not _named_party(child):
            found.append(child)
    return found


def _named_party(act: Token) -> bool:
    """The denied act names a party by name ("denied having sex with Giuffre", "denied meeting Smith"): one who was
    there may be the one who made the charge, so the act is left to the other readings."""
    heads = [c for c in act.children if c.dep_ in {"dobj", "obj"}]
    heads += [o for p in act.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    heads += [o for x in act.children if x.dep_ in {"acomp", "attr", "dobj"} for p in x.children if p.dep_ == "prep"
              for o in p.children if o.dep_ == "pobj"]
    return any(h.pos_ == "PROPN" for h in heads)


def inside_denied(token: Token, verb: Token, lang: str) -> bool:
    """``token`` lies in a gerund that ``verb`` denies."""
    return any(act.left_edge.i <= token.i <= act.right_edge.i for act in denied_acts(verb, lang))


def accuser(verb: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """The maker of the charge a denial answers, when the denial sits inside the clause that tells it (a relative
    or coordinated clause below an accusing verb): "accused it of backing the attack, which Islamabad denies"."""
    from detente.analyze.events.sources import subject_of  # sources imports targets, which imports this module

    if not is_denial(verb, frame.lang):
        return []
    current = verb
    for _ in range(6):
        if current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ == "VERB" and lemma(current, frame.lang) in words("accusing"):
            hits = [h for h in subject_of(current, frame) if h.actor.id not in exclude]
            own = {a.country for a in frame.analysis.actors if a.id in exclude} - {None}
            return [h for h in hits if h.actor.country not in own]  # not the denier's own side
    return []
