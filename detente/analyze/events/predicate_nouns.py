"""The doer of an infinitival relative on a predicate noun is the one the noun is said of: "Poland is the latest state
to expel Russian diplomats", "Collins was the only Republican to vote against the nominee", "Chile, the first country
to recognize the government". The noun ("state", "Republican", "country") is a description, often of no actor the
actor layer names; the copula's subject (or the name the noun stands in apposition to) is the actor."""
from __future__ import annotations

from spacy.tokens import Token

COPULAS = {"be", "become", "remain"}


def predicate_anchor(clause: Token, noun: Token) -> tuple[str, Token] | None:
    """("subject", verb) when ``noun`` is the predicate of a copula whose subject is wanted, ("apposed", name) when it
    stands in apposition to a name, for an infinitival relative ``clause`` ("to expel ...") on ``noun``; else None."""
    if clause.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
        return "subject", noun.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return "apposed", noun.head
    return None
