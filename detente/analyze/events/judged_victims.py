"""Those an objected act was done to are not whom the objection is aimed at: "condemned the attack on journalists"
accuses the attacker (named or not), never the journalists; when the attacker is not named, the accusation has
no target in the sentence rather than the victims."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.extra_roles import act_type

HARM_TYPES = {"ASSAULT", "COERCE"}
VICTIM_PREPS = {"on", "against", "upon", "of"}


def victim_spans(verb: Token, frame: Frame) -> list[tuple[int, int]]:
    """Article spans of the victims' phrases of harmful acts the verb takes as its object ("the attack on X")."""
    if frame.lang != "en":
        return []
    acts = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and act_type(c, frame) in HARM_TYPES]
    spans = []
    for act in acts:
        for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS):
            low, high = prep.left_edge, _victims_end(prep)
            spans.append((frame.offset + low.idx, frame.offset + high.idx + len(high.text)))
    return spans


def _victims_end(prep: Token) -> Token:
    """The last word of the victims' phrase, before any relative clause in it ("on a police station, which Ankara
    blamed on the PKK": the PKK is blamed, not struck)."""
    clauses = [t for t in prep.subtree if t.dep_ == "relcl"]
    inside = [t for t in prep.subtree if not any(t.i >= c.left_edge.i and t.i <= c.right_edge.i for c in clauses)]
    return max(inside, key=lambda t: t.i) if inside else prep.right_edge


def not_victims(hits: list[ActorHit], spans: list[tuple[int, int]]) -> list[ActorHit]:
    return [h for h in hits if not any(low <= h.start < high for low, high in spans)]
