"""Acts listed side by side in one sentence ("the revocation of his visa, sanctions imposed by the Treasury and
Trump's accusations"): they stay separate events, and one that names no target shares its listed neighbour's."""
from __future__ import annotations

from detente.analyze.events.triggers import Trigger
from detente.model import Event


def listed_apart(first: Trigger, second: Trigger) -> bool:
    """Two different event nouns listed side by side (coordinated, or apart by a comma, neither governing the
    other) name two acts."""
    a, b = first.token, second.token
    if not (first.is_nominal and second.is_nominal) or a.lemma_ == b.lemma_:
        return False
    listing = {"conj", "appos"}  # "the revocation of his visa, sanctions imposed by ...": the parser's appos
    if (b.dep_ in listing and b.head.i == a.i) or (a.dep_ in listing and a.head.i == b.i) or (
            a.dep_ in listing and b.dep_ in listing and a.head.i == b.head.i):
        return True
    if a.is_ancestor(b) or b.is_ancestor(a):
        return False
    low, high = sorted((a.i, b.i))
    return any(t.text == "," for t in a.doc[low + 1 : high])


def share_listed_targets(coded: list[tuple[Trigger, Event]]) -> None:
    """A listed act of the same type that names no target is aimed at its neighbour's target ("the revocation of
    Petro's US visa, sanctions imposed by the Treasury Department": both against Petro). Only the nearest listed
    neighbour with a target is read, and never an actor that is the act's own source."""
    for trigger, event in coded:
        if event.target or not event.source:
            continue
        neighbours = sorted(
            ((t, e) for t, e in coded if e is not event and e.type == event.type and e.target and listed_apart(t, trigger)),
            key=lambda pair: abs(pair[0].token.i - trigger.token.i))
        for _, neighbour in neighbours:
            own = {a.id for a in event.source}
            shared = [a for a in neighbour.target if a.id not in own]
            if shared:
                event.target = list(shared)
                event.evidence.target = neighbour.evidence.target
                break
