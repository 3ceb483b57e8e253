"""Assurances ("Kuchma assured Yeltsin that Ukraine would not join NATO", "reassured Seoul of its support"): a verb of
assuring (cue list ``assuring``) is a commitment (AGREE) only when it is given to a named party and says what is
assured (a that-clause or an "of" phrase); "I can assure you", "assured victory", "reassured markets" commit no one."""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words


def idle_assurance(trigger, found, lang: str) -> bool:
    """The trigger is a verb of assuring that gives no named party a stated assurance."""
    token = trigger.token
    if lang != "en" or trigger.is_nominal or lemma(token, lang) not in words("assuring"):
        return False
    addressed = [c for c in token.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "PROPN" or
                 c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"]
    content = any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in token.children)  # a that-clause misread
    named = any(hit.actor.country for hit in found.targets) and not found.fallback_target  # not "assured reporters"
    return not (addressed and content and found.sources and named)
