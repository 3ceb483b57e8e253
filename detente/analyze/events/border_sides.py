"""A border names two countries: "rebels near the Chadian border" are on one side of it, most often the side the
sentence is about, and the country the phrase names is the one across it. So a place read off a border phrase does
not replace a target whose country the actor layer gave from the context (the doers' own: "the Sudanese army fought
the rebels near the Chadian border" is a fight with Sudanese rebels, not an attack on Chad). A border that is only a
modifier ("the Chadian border town of Adre") names where the town is, and "Macedonia's border" is Macedonia's own,
so neither counts as across."""
from __future__ import annotations

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.mobilized_targets import BORDER_WORDS

NAMING_DEPS = {"amod", "compound"}  # "the Chadian border", "the Chad border"; not "Chad's border" (its own)


def across_border(hit: ActorHit, doc_tokens, frame: Frame) -> bool:
    """The hit is the country named by a modifier of a border noun that stands alone as a place ("near the Chadian
    border"); "near the border with Chad" already lies beyond the reach of the place reading."""
    inside = [t for t in doc_tokens if hit.start <= frame.offset + t.idx < hit.end]
    return any(t.dep_ in NAMING_DEPS and t.head not in inside and t.head.lemma_.lower() in BORDER_WORDS
               and t.head.dep_ not in NAMING_DEPS for t in inside)


def home_side(before: list[ActorHit], after: list[ActorHit], doc_tokens, frame: Frame) -> list[ActorHit]:
    """``after`` (the targets once placed by their places' countries), unless every place it added is only the
    country across a border and every target it dropped had a country: then the targets stay as they were."""
    kept = {h.actor.id for h in after}
    dropped = [h for h in before if h.actor.id not in kept]
    added = [h for h in after if h.actor.id not in {b.actor.id for b in before}]
    if not dropped or not added or not all(h.actor.country for h in dropped):
        return after
    if all(across_border(h, doc_tokens, frame) for h in added):
        return before
    return after
