"""A Spanish event noun whose relational adjective names its doer ("la represión policial", "la detención policial":
the police). Read after every other rule (an inherited source included) found no source, and only for attacks and
coercion; in "la ayuda militar" an adjective says what kind of act it is. The adjectives are the ``doer`` rows of
spanish_groups.tsv."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.analyze.actors.coding import ActorCode
from detente.analyze.events.spanish_groups import forms, group_lists

if TYPE_CHECKING:
    from detente.analyze.events.actor_lookup import ActorHit, Frame

DOER_TYPES = {"ASSAULT", "COERCE"}  # protests: implicit.py reads the group adjective and finds its country


def adjective_doer(noun: Token, event_type: str, frame: "Frame") -> list["ActorHit"]:
    """The group a relational adjective of ``noun`` names as the act's doer, added as an actor, or []."""
    from detente.analyze.events.actor_lookup import ActorHit
    from detente.analyze.events.fallback import add_actor

    if event_type not in DOER_TYPES:
        return []
    adjectives = group_lists().doers
    for child in noun.children:
        if child.dep_ != "amod" or child.i < noun.i:
            continue  # a relational adjective follows its noun in Spanish
        sector = next((adjectives[f] for f in forms(child) if f in adjectives), None)
        if sector is None:
            continue
        start = frame.offset + child.idx
        end = start + len(child.text)
        actor = frame.analysis.actor_at(start, end)
        if actor is None:
            actor = add_actor(frame, ActorCode(name=child.text, country=None, sector=sector, kind="group"),
                              child.text, start, end)
        return [ActorHit(actor, start, end)]
    return []
