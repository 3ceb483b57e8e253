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
- An act named as the reason of a criticism or a penalty (cue list ``faulting``: "criticized Biden for merely
  retaliating", "was sentenced to 50 weeks in jail for breaching his bail conditions") is its topic or the offence
  charged; the criticism or the sentence is the event (audit s23, class A3).
The climb goes through infinitives, participle clauses and of-phrases only, so an act reported beside the modal
("would have to pay after the court fined it") stays coded. Purposes (purposes.py) and advised acts
(advised_acts.py) are not reported either.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.advised_acts import advised
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.purposes import purpose_only
from detente.analyze.events.triggers import Trigger

REQUIRING = {"have", "need"}
TIMING = {"take", "time", "long", "soon", "late", "early"}
CLIMB = {"xcomp", "acl", "pcomp", "pobj", "prep", "advcl", "ccomp", "conj"}
STEPS = 5
STANCES = {"SUPPORT", "REJECT", "AGREE"}  # a position held, named as what is faulted ("over her support for")


def irrealis(trigger: Trigger, lang: str) -> bool:
    """The English trigger is required, wanted or feared, not done (module docstring)."""
    if lang != "en":
        return False
    if purpose_only(trigger.token, lang) or advised(trigger.token, lang) or _reason_given(trigger):
        return True
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


def _reason_given(trigger: Trigger) -> bool:
    """The act is the gerund for-complement of a word of faulting or penalising, or of the noun that verb governs
    ("sentenced to 50 weeks in jail for breaching"), or a stance noun in its for/over-phrase ("attacked Haley over her
    support for more funding"): the reason given, not a new act. A named act ("punish the rebels for the attacks on
    police posts") is a real event referred to, and stays coded."""
    token = trigger.token
    if token.head.dep_ != "prep" or token.head.lower_ not in {"for", "over"}:
        return False
    gerund = token.dep_ == "pcomp" and token.head.lower_ == "for"
    stance = token.dep_ == "pobj" and trigger.is_nominal and trigger.cue.type in STANCES
    if not (gerund or stance):
        return False
    holder = token.head.head
    for _ in range(4):
        if lemma(holder, "en") in words("faulting"):
            return True
        if holder.pos_ in {"VERB", "AUX"} or holder.head.i == holder.i:
            return False
        holder = holder.head
    return False
