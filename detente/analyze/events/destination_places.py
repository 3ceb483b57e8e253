"""A deployment or a delivery happens where it goes: its "to" place (a step on coded events, statement_places).

The places layer finds places after a locative word ("in", "at"). A sending of troops or of aid names its site by
its goal instead: "is sending more ground forces to Khan Younis", "delivered assistance to Gaza", "envió tropas a
la frontera de Darién". For MOBILIZE and AID acts with no place, the head of the "to" / "into" / "a" / "hacia" phrase
on the verb, on its object or on the trigger noun ("aid to Gaza", "the deployment of troops to X") is the place.
Only the phrase's head with its compounds and conjuncts counts, never a place nested deeper ("sent a letter to
the mayor of Lima" names no goal place): the places layer's reading stays wherever it has one.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.attack_sites import core_phrase, first_mention, trigger_mentions
from detente.model import Event

GOING_TYPES = {"MOBILIZE", "AID"}
GOAL_PREPS = {"to", "into", "a", "hacia", "hasta"}


def destination(analysis: Analysis, event: Event):
    """The place the act's goal phrase names, or None (see the module docstring)."""
    if event.type not in GOING_TYPES or event.location is not None:
        return None
    found = trigger_mentions(analysis, event)
    if found is None:
        return None
    _, trigger, mentions = found
    mention = first_mention(mentions, [core_phrase(goal) for goal in goals(trigger)])
    return mention.place if mention is not None else None


def goals(trigger: Token) -> list[Token]:
    """Objects of goal prepositions on the trigger (verb or noun) or on a verb's object."""
    carriers = [trigger]
    if trigger.pos_ in {"VERB", "AUX"}:
        carriers += [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    goals = []
    for head in carriers:
        for child in head.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ in GOAL_PREPS:
                goals += [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ in {"obl", "nmod"} and any(
                    k.dep_ == "case" and k.lower_ in GOAL_PREPS for k in child.children):
                goals.append(child)
    return goals
