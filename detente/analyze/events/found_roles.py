"""The record of an event's participants that the argument readers fill in turn (sources, targets and how they were
found), and the one way they drop an actor named twice."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit


@dataclass
class Participants:
    sources: list[ActorHit] = field(default_factory=list)
    targets: list[ActorHit] = field(default_factory=list)
    inherited_source: bool = False  # the source came from a governing clause, not the trigger's own arguments
    speaker: Token | None = None  # communication verb/noun the source was taken from
    fallback_target: bool = False  # the target is the nearest actor below the trigger, not a read argument


def unique_hits(hits: list[ActorHit]) -> list[ActorHit]:
    """``hits`` with each actor once, at its first mention."""
    seen: set[str] = set()
    unique: list[ActorHit] = []
    for hit in hits:
        if hit.actor.id not in seen:
            seen.add(hit.actor.id)
            unique.append(hit)
    return unique
