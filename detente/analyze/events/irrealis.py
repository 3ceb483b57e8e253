"""Acts that are only required, wished or feared are not reported (real-news audit s22, class 4: hypotheticals,
requirements, desires and fears).

- A requirement: the trigger's infinitive hangs under a modal "would/will/must ... have to" or "need to": "Venezuela
  would also have to reform its laws to allow larger investment", "the community would have to agree".
- A for-to clause names a wanted or supposed act: "the pressure must continue for Damascus to allow the U.N. to
  deliver aid", "for any government to try to reverse this decision flies in the face of ...".
- A noun of wish or fear (cue list ``wish_noun``) governs the act: "the Senate's desire to approve Trump's pick",
  "his fear of being extradited", "hopes of a ceasefire".
- An act charged or suspected (cue list ``alleging``: "people suspected of collaborating with Israel", "accused her
  of calling China a friend and allowing them to set up businesses") is alleged, not reported; the accusation is
  the event.
The climb goes through infinitives, participle clauses and of-phrases only, so an act reported beside the modal
("would have to pay after the court fined it") stays coded.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

REQUIRING = {"have", "need"}
TIMING = {"take", "time", "long", "soon", "late", "early"}
CLIMB = {"xcomp", "acl", "pcomp", "pobj", "prep", "advcl", "ccomp", "conj"}
STEPS = 5


def irrealis(trigger: Trigger, lang: str) -> bool:
    """The English trigger is required, wanted or feared, not done (module docstring)."""
    if lang != "en":
        return False
    current = trigger.token
    for _ in range(STEPS):
        if _for_to(current):
            return True
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return False
        if current.dep_ in {"advcl", "ccomp"} and not _infinitive(current):
            return False  # "would have to pay after the court fined it": the fine is reported
        head = current.head
        if current.dep_ == "xcomp" and lemma(head, "en") in REQUIRING \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return True
        if current.dep_ in {"acl", "pcomp", "pobj"} and head.pos_ == "NOUN" and lemma(head, "en") in words("wish_noun"):
            return True
        if current.dep_ == "pcomp" or current.dep_ == "pobj":
            if head.dep_ == "prep" and lemma(head.head, "en") in words("wish_noun"):
                return True
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in {"of", "with"} \
                    and lemma(head.head, "en") in words("alleging"):
                return True  # "people suspected of collaborating with Israel": alleged, the charge is the event
        current = head
    return False


def _for_to(verb: Token) -> bool:
    """"for Damascus to allow ..."; "it may take years for X to agree" is a forecast of the act (kept, flag H)."""
    if lemma(verb.head, "en") in TIMING:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and _infinitive(verb)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
