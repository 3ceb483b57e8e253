"""No one is their own recipient. When a sentence's readings of one act are merged ("Giuffre's allegations have been
investigated by the FBI": the allegation and the investigation of it), the accuser can end up on both sides; an
event's target that is one of its sources (the same actor) is dropped. Parties of a joint act are distinct actors and
stay ("India and Pakistan traded accusations")."""
from __future__ import annotations

from detente.model import ActorRef, Event


def not_self(event: Event) -> list[ActorRef]:
    """The event's targets, less those that are one of its sources (the same actor)."""
    own = {a.id for a in event.source}
    kept = [a for a in event.target if a.id not in own]
    if len(kept) != len(event.target) and event.evidence.target is not None and not kept:
        event.evidence.target = None
    return kept
