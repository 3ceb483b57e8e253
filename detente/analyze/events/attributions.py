"""An attribution phrase ("according to The Herald", "según El País") names who reports the news, not anyone the
act is done to: nothing in it is a target."""
from __future__ import annotations

from spacy.tokens import Token

ATTRIBUTION_PREPS = {"according", "según", "segun"}


def attribution(token: Token) -> bool:
    """``token`` opens an attribution phrase: "according" (with its "to") or Spanish "según"."""
    return token.dep_ in {"prep", "case", "advmod", "mark"} and token.lower_ in ATTRIBUTION_PREPS


def in_attribution(token: Token) -> bool:
    """``token`` lies inside an attribution phrase of its sentence."""
    current = token
    while current.head.i != current.i:
        if attribution(current):
            return True
        current = current.head
    return attribution(current)
