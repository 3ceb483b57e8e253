"""'its northern neighbour', 'its neighbour': a state named by its neighbourhood to another (the owner, named just
before). It is never the owner itself: it is the one neighbour the owner has that way (neighbours.tsv), else the
one other state its sentence (else paragraph) names, else unknown. It is a state, not neighbours as people."""
from __future__ import annotations

from detente.analyze.actors.coding import ActorCode
from detente.knowledge.actors.words import directional_neighbours

NEIGHBOUR_WORDS = {"neighbour", "neighbor", "neighbours", "neighbors"}
STATE_OWNERS = {"its"}
DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
              "north": "north", "south": "south", "east": "east", "west": "west"}


def is_state_neighbour(code: ActorCode, site) -> bool:
    """The phrase is 'its (direction) neighbour(s)': a state's neighbour."""
    if not code.titles & NEIGHBOUR_WORDS:
        return False
    span = site.span
    owner = span[0] if span[0].lower_ in STATE_OWNERS else (span.doc[span.start - 1] if span.start > 0 else None)
    return owner is not None and owner.lower_ in STATE_OWNERS


def neighbour_country(site, evidence) -> str | None:
    """The neighbour's country: by direction from the owner (the last subject named before it), else the one other
    state named in its sentence, else in its paragraph; None when nothing tells."""
    from detente.analyze.actors.context_country import sentence_key

    paragraph = [e for e in evidence if e.paragraph == site.parsed.index and e.weight >= 1.0]
    before = [e for e in paragraph if e.start < site.start]
    before = [e for e in before if e.topic] or before  # "its" is mostly the subject's: "Hungary ... said its"
    owner = max(before, key=lambda e: e.start).country if before else None
    direction = next((DIRECTIONS[t.lower_] for t in site.span if t.lower_ in DIRECTIONS), None)
    if owner is not None and direction is not None:
        found = directional_neighbours().get((owner, direction))
        if found is not None:
            return found
    sentence = sentence_key(site.parsed, site.start)
    for candidates in ([e for e in paragraph if e.sentence == sentence], paragraph):
        others = {e.country for e in candidates if e.country != owner and (e.state or e.sector in {"GOV", None})}
        if others:
            return others.pop() if len(others) == 1 else None
    return None
