"""An acceptance and a rejection both denied ("neither accepted nor rejected", "no rechazó ni aceptó"): the actor
decided nothing, so the denied acceptance is no refusal (coder.py turns a plain negated AGREE into REJECT) and the
rejection is denied too, whether or not the negation reached the second verb."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lexicon import cues_of

DECISIONS = {"AGREE", "REJECT"}
ALTERNATIVES = {"or", "nor", "ni", "o"}  # coordinators under which one negation denies both
NEGATORS = {"not", "n't", "neither", "nor", "never", "no", "ni", "nunca", "tampoco"}


def undecided(verb: Token, lang: str) -> bool:
    """``verb`` is an acceptance or rejection coordinated with the other one under a negation."""
    own = _decision(verb, lang)
    if own is None:
        return False
    partners = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        partners.append(verb.head)
    for other in partners:
        if _decision(other, lang) != ({"AGREE", "REJECT"} - {own}).pop():
            continue
        # English attaches the coordinator to the first verb, Spanish (UD) to the second
        alternative = any(c.dep_ == "cc" and c.lower_ in ALTERNATIVES for v in (verb, other) for c in v.children)
        # "not rejected or accepted", "neither ... nor": the negation covers both; "did not accept X and rejected Y" no
        if _negated(verb) and _negated(other) or alternative and (_negated(verb) or _negated(other)):
            return True
    return False


def _decision(token: Token, lang: str) -> str | None:
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    types = {cue.type for cue in cues_of(token, lang) if cue.pos == "V" and len(cue.words) == 1}
    found = types & DECISIONS
    return found.pop() if len(found) == 1 else None


def _negated(verb: Token) -> bool:
    return any(c.lower_ in NEGATORS for c in verb.children if c.dep_ in {"neg", "advmod", "preconj", "cc", "det"})
