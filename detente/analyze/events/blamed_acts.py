"""The one an act is blamed on is its doer: "condemned a drone strike on a dormitory, which Moscow blamed on Kyiv"
accuses Kyiv. The parser hangs the relative clause on the nearest noun of the act's phrase ("dormitory", a place),
but places and victims are not blamed: a "which ... blamed on X" inside the act's phrase speaks of the act."""
from __future__ import annotations

from spacy.tokens import Token

BLAME_VERBS = {"blame", "attribute", "pin"}
BLAMED_PREPS = {"on", "to"}
RELATIVE_WORDS = {"which", "that"}


def blamed_on(act: Token) -> list[Token]:
    """The "on"/"to" phrases of a blaming relative clause within ``act``'s phrase whose relative word is the thing
    blamed ("which X blamed on Y", "that officials attributed to Y")."""
    found = []
    for clause in act.subtree:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in BLAME_VERBS:
            continue
        if not any(c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lower_ in RELATIVE_WORDS for c in clause.children):
            continue
        found += [c for c in clause.children if c.dep_ == "prep" and c.lower_ in BLAMED_PREPS]
    return found
