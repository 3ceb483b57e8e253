"""A trigger word that is part of a proper name names a law, a treaty or a slogan, not an act told in the sentence
(real-news audits s21-s22: "including the Good Friday Agreement, we did the first minimum wage", "Donald Trump's
Muslim Ban is racist", a law's title "(Disapproving the action of the District of Columbia Council ...)").

The word is capitalised inside the sentence and follows a capitalised word, an opening bracket or an opening quote;
a sentence written in title case or capitals (a headline: "ISRAEL VOWS TO KEEP UP PRESSURE") is left alone, and so is
a word at the sentence's start. "Signed the Paris Agreement" still codes its signing through "signed". Named events
(a "Peaceful March of Pittsburgh", a summit, an attack) are events and stay coded.
"""
from __future__ import annotations

from detente.analyze.events.triggers import Trigger

NAMED_EVENTS = {"PROTEST", "ASSAULT", "CONSULT", "MOBILIZE"}  # marches, attacks, summits, exercises named as events
OPENERS = {"(", "[", "“", "\"", "‘", "'"}
TITLE_SHARE = 0.5  # more capitalised words than this: a headline in title case


def in_name(trigger: Trigger, lang: str) -> bool:
    """The English trigger is a word of a proper name (module docstring)."""
    if lang != "en" or trigger.cue.type in NAMED_EVENTS:
        return False  # "a 'Peaceful March of Pittsburgh'", "the Women's March": a named event is still the event
    token = trigger.token
    sent = token.sent
    if token.i == sent.start or not token.text[:1].isupper() or token.text.isupper():
        return False
    words = [t for t in sent if t.is_alpha]
    if not words or sum(t.text[:1].isupper() for t in words) / len(words) > TITLE_SHARE:
        return False
    before = token.doc[token.i - 1]
    return before.text in OPENERS or (before.is_alpha and before.text[:1].isupper() and before.i != sent.start
                                      or before.ent_type_ != "" and before.text[:1].isupper())
