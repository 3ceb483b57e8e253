"""The doer of an act named through its planner: "Israel has described Sinwar as the mastermind behind the Oct. 7
attacks", "Hamas named Yahya Sinwar, the mastermind of the attack, as its leader". A planner noun (cue list
``planner``: mastermind, architect, organiser, ...) with the act in its behind/of phrase says that the one it is
said of (its apposition's head, the object of "described X as", the subject of "X is/was the") made the act.
English only: the rule reads the English parse.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lexicon import words
from detente.analyze.events.targets import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, relative_antecedent

PLANNED_PREPS = {"behind", "of", "for"}


def planned_by(noun: Token, frame: Frame) -> list[ActorHit]:
    """The actor the planner noun governing ``noun`` ("the mastermind behind the attacks") is said of."""
    if frame.lang != "en" or noun.dep_ != "pobj" or noun.head.lower_ not in PLANNED_PREPS:
        return []
    planner = noun.head.head
    if planner.pos_ != "NOUN" or planner.lemma_.lower() not in words("planner"):
        return []
    said_of = _said_of(planner)
    return actors_of(relative_antecedent(said_of), frame) if said_of is not None else []


def _said_of(planner: Token) -> Token | None:
    """Whom the planner noun describes: an apposition's head, "described X as the ...", "X was the ..."."""
    if planner.dep_ == "appos":
        return planner.head
    named = next((c for c in planner.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:  # "the mastermind, Khalid Sheikh Mohammed,"
        return named
    if planner.dep_ == "pobj" and planner.head.lower_ == "as":
        verb = planner.head.head
        return next((c for c in verb.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
    if planner.dep_ == "attr":
        return next((c for c in planner.head.children if c.dep_ in SUBJECT_DEPS), None)
    return None
