"""Ordering a review or a study inside one's own government is administration, no request to anyone (PolNeAR train
audit s24, class N6 "administrative order inside a government").

PLOVER REQUEST is a demand that someone act. "Obama has ordered a review of the K-1 visa program" and "the minister
ordered an audit of the ministry's accounts" set the speaker's own officials to work on a paper task (cue list
``paper_task``: review, study, audit, assessment ...) and name no addressee. "ordered the army to withdraw", "ordered
the arrest of the mayor" (that act, outermost.py) and "ordered Russia to review its policy" stay.
"""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

ORDERING = {"order", "direct", "instruct", "commission", "mandate"}
ADDRESSEES = {"dative", "xcomp", "ccomp", "iobj"}


def paper_order(trigger: Trigger, lang: str) -> bool:
    """An English order whose object is a review or a study and which names no addressee (module docstring)."""
    token = trigger.token
    if lang != "en" or trigger.cue.type != "REQUEST" or trigger.is_nominal or lemma(token, lang) not in ORDERING:
        return False
    if any(c.dep_ in ADDRESSEES for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    return bool(objects) and all(lemma(o, lang) in words("paper_task") for o in objects)
