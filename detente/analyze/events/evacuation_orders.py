"""An order by those in power for civilians to leave their homes is coercion (real-news audit s22, class 15; PLOVER
COERCE restrict: "impose restrictions on ... movement").

"The military ordered all residents of northern Gaza to evacuate", "it ordered tens of thousands of residents to
leave their homes": the order is enforced, not asked for (no REQUEST), and the residents do not retreat of their
own accord (no RETREAT). The ordered party is civilians (cue list ``displaced_people``) and the ordered act is
leaving (cue list ``displacing``). "Ordered its troops to withdraw" stays a retreat; an order by civilians (a
landlord, a family) is no coercion of state power and is left alone.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

ORDERING = {"order", "tell", "instruct", "force", "command", "direct", "compel"}
CIVIL_DOERS = {"CVL", "JRN", "EDU", "BUS", "REF", "AGR", "LAB"}


def evacuation_order(event_type: str, trigger: Trigger, sources: list, lang: str) -> bool:
    """A REQUEST or RETREAT that is an order for civilians to leave (module docstring)."""
    if lang != "en" or event_type not in {"REQUEST", "RETREAT"} or trigger.is_nominal:
        return False
    if any(hit.actor.sector in CIVIL_DOERS for hit in sources):
        return False
    token = trigger.token
    if event_type == "REQUEST" and lemma(token, lang) in ORDERING:
        return any(c.dep_ == "xcomp" and lemma(c, lang) in words("displacing") for c in token.children) \
            and _orders_civilians(token)
    if event_type == "RETREAT" and token.dep_ == "xcomp" and lemma(token, lang) in words("displacing"):
        return lemma(token.head, lang) in ORDERING and _orders_civilians(token.head)
    return False


def _orders_civilians(order: Token) -> bool:
    for child in order.children:
        if child.dep_ not in {"dobj", "obj"}:
            continue
        noun = child
        if noun.like_num or noun.lower_ in {"thousands", "hundreds", "millions", "all", "tens"}:
            noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj"), noun)  # "tens of thousands of residents"
            if noun.lower_ in {"thousands", "hundreds", "millions"}:
                noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                             if o.dep_ == "pobj"), noun)
        if lemma(noun, "en") in words("displaced_people"):
            return True
    return False
