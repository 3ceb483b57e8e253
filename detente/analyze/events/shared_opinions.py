"""Agreeing that something is so, or agreeing with someone's view, shares an opinion; nobody commits to anything
(PolNeAR train dump s25, class N1 "speech or opinion described").

PLOVER AGREE is agreeing to, offering or promising cooperation. "Bozell agrees with Viguerie that Cruz is the GOP's
best candidate", "Kleinbard agreed that the Treasury has limited power", "the campaigns agree" (that one field
operation is larger), "generals who agree with him": the verb "agree" takes a clause stating a fact or a view (no
modal: no act is agreed on) or a person whose view is shared, and nothing else: no to-infinitive, no "on"/"to" phrase.
"agreed to a ceasefire", "agreed on a prisoner swap", "agreed with Egypt to open the crossing" and "officials agreed
that their countries should cooperate" (an act agreed on, with a modal) stay AGREE; a bare "Hamas agreed" stays too.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.triggers import Trigger

COMMITTING_PREPS = {"on", "to", "upon", "over", "in"}
MODALS = {"should", "would", "will", "must", "shall", "could", "can", "may", "might", "'ll", "wo", "ought"}


def shared_opinion(trigger: Trigger, lang: str) -> bool:
    """An English "agree that <fact>" or "agree with <someone>" and no act agreed on (module docstring)."""
    token = trigger.token
    if lang != "en" or trigger.cue.type != "AGREE" or trigger.is_nominal or lemma(token, lang) != "agree":
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" for c in children) or any(c.dep_ == "prep" and c.lower_ in COMMITTING_PREPS for c in children):
        return False
    if any(c.dep_ in {"dobj", "obj"} for c in children):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if clauses:
        return all(not _modal(c) for c in clauses)
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children)


def _modal(clause: Token) -> bool:
    """The clause has a modal or a future ("should cooperate", "will withdraw"): an act agreed on."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children) or clause.tag_ == "VB"
