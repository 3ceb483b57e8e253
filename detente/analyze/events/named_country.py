"""Whether an event's actor is named by a country's name ("Saudi Arabia", "Washington"), the sign of a state acting,
rather than by a demonym group or by a place that only says where the act happened."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.triggers import Trigger


def named_country(hit, sent: SpacySpan, offset: int, trigger: Trigger | None = None) -> bool:
    """The actor (an ActorHit) is named by a country's name ("Saudi Arabia", "Washington"), not a demonym group
    ("Palestinians"), nor a place naming where the trigger happened ("Hong Kong protests", and the headline label
    "Serbia protests: students under siege", which the parser may read as a verb)."""
    tokens = [t for t in sent if hit.start <= t.idx + offset < hit.end]
    if trigger is not None and _place_label(trigger, tokens):
        return False
    return bool(tokens) and hit.actor.sector in {None, "GOV"} and any(t.ent_type_ == "GPE" for t in tokens)


def _place_label(trigger: Trigger, tokens: list[Token]) -> bool:
    """The named place only says where: it modifies the trigger noun, or place and trigger make a label before a colon."""
    token = trigger.token
    if trigger.is_nominal and any(t.head.i == token.i and t.dep_ == "compound" for t in tokens):
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == ":" and bool(tokens) and tokens[-1].i == token.i - 1
