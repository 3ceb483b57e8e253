"""An act that someone should, must or ought to do is advised or demanded, not reported (real-news audit s23, class
A1 "opinions, stances and rhetoric"; s22 "deontic should/must by speakers").

"The United States should consider restricting the capital account", "companies should start preparing", "Mr. Scott
said the United States must strike at Iran": the act is only recommended. When a speaker says another actor must
act, the demand itself is coded (REQUEST, implied_acts.modal_requests); the act demanded is not. A conditional
"should" before its subject ("should Albany legislators pass a bill") names a condition, no act either.
The modal is looked for on the trigger's verb and on the verbs above it through infinitive and gerund complements
("should consider restricting", "must be allowed to leave").
Kept: an epistemic "must have" ("they must have attacked"), and an act whose subject is a pronoun: the speaker's own
resolve or commitment ("Iran said it must respond", "we must strike back") is read by the threat and promise rules.
"""
from __future__ import annotations

from spacy.tokens import Token

DEONTIC = {"should", "must", "ought"}
STEPS = 3


def advised(token: Token, lang: str) -> bool:
    """The English trigger's act is one someone should or must do (module docstring)."""
    if lang != "en":
        return False
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    for _ in range(STEPS):
        modal = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in DEONTIC]
        if modal:
            if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) and verb.tag_ == "VBN":
                return False  # "they must have attacked": an inference about a past act
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return not any(s.pos_ == "PRON" for s in subjects)  # "Iran said it must respond", "we must strike back"
        if verb.dep_ not in {"xcomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
