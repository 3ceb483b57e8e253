""""Beijing called for restraint from both sides after India's strike into Pakistan": "both sides" / "the two
countries" aimed at by an act stands for the two parties its sentence names, before it (carried_subject.pair_antecedent)
or after it, when exactly two countries other than the doer's are named there."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token
from detente.analyze.events.place_countries import place_country_actor


def both_sides(head: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """The two parties "both sides" below ``head`` (in its own clause, through prepositions) stands for."""
    from detente.analyze.events.carried_subject import is_pair_noun, pair_antecedent  # carried_subject imports targets

    if frame.lang != "en":
        return []
    pairs = [t for t in head.subtree if is_pair_noun(t) and _below_in_clause(t, head)]
    if not pairs:
        return []
    pair = pairs[0]
    own = {a.country for a in frame.analysis.actors if a.id in exclude} - {None}
    hits = [h for h in pair_antecedent(pair, frame) if h.actor.id not in exclude and h.actor.country not in own]
    if len({h.actor.country for h in hits}) == 2:
        return hits
    found: dict[str, ActorHit] = {}
    for token in pair.sent:
        if token.pos_ != "PROPN":
            continue
        hit = actor_at_token(token, frame)
        if hit is None and token.ent_type_ == "GPE":  # a country named only as a place ("into Pakistan")
            hit = next(iter(place_country_actor(token, frame)), None)
        if hit is None or hit.actor.id in exclude or not hit.actor.country or hit.actor.country in own:
            continue
        found.setdefault(hit.actor.country, hit)
    return list(found.values()) if len(found) == 2 else []


def _below_in_clause(token: Token, head: Token) -> bool:
    """``token`` hangs below ``head`` through objects and prepositions only, not through another clause."""
    current = token
    while current.i != head.i:
        if current.dep_ not in {"dobj", "obj", "pobj", "prep", "dative"}:
            return False
        current = current.head
    return True
