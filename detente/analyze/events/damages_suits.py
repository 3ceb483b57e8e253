"""Seeking damages is suing, an ACCUSE, not a REQUEST (PolNeAR train audit s24, class T4 "legal claim as REQUEST":
"court filings revealed that he has sought $10 million in damages from Samuel Nunberg").

The PLOVER manual lists "sue or bring to court" under ACCUSE (mode allege). Damages, in the plural legal sense, are
what a plaintiff seeks in court: "seek/demand/claim ... damages" or "... in damages" (cue list ``damages_noun``).
"Ukraine demanded compensation from Russia" and "sought help from NATO" stay REQUEST.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

CLAIMING = {"seek", "demand", "claim", "ask", "want", "pursue"}


def damages_claim(event_type: str, trigger: Trigger, lang: str) -> bool:
    """An English REQUEST verb of claiming whose object is damages (module docstring)."""
    token = trigger.token
    if lang != "en" or event_type != "REQUEST" or trigger.is_nominal or lemma(token, lang) not in CLAIMING:
        return False
    claimed = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    claimed += [g for c in claimed for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                for g in p.children if g.dep_ == "pobj"]  # "$10 million in damages"
    claimed += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    return any(_damages(c) for c in claimed)


def _damages(noun: Token) -> bool:
    return noun.lower_ in words("damages_noun") or (noun.tag_ == "NNS" and lemma(noun, "en") == "damage")
