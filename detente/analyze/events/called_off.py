"""An act postponed, cancelled or held up did not take place (real-news audit s23, class A4 "planned or postponed
acts"): "Modi has postponed his upcoming official trip to Norway" is no visit, "aid to Ukraine is held up over
disagreements" is no aid given, "the summit was called off" is no meeting.

The event noun is the object (or passive subject) of a verb of calling off (cue list ``calling_off``: postpone,
cancel, delay, defer; "call off", "put off", "hold up" with their particle); a verb of the act in a
gerund complement ("postponed signing the deal") counts the same. The calling off itself may be coded by its own
cue; the act called off is not. Shelving, suspending or scrapping ends an act that took place ("the investigation
had been shelved in 2017 but was re-opened") and is not read here.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

PATIENT = {"dobj", "obj", "nsubjpass", "nsubj:pass", "csubjpass", "xcomp"}
PARTICLE_VERBS = {"call": "off", "put": "off", "hold": "up"}


def called_off(token: Token, lang: str) -> bool:
    """The English trigger names an act that was postponed, cancelled or held up (module docstring)."""
    if lang != "en" or token.dep_ not in PATIENT or token.head.i == token.i:
        return False
    if token.dep_ == "xcomp" and token.tag_ != "VBG":
        return False  # "agreed to postpone" is not "postponed signing"
    verb = token.head
    own = lemma(verb, lang)
    if own in PARTICLE_VERBS:
        return any(c.dep_ == "prt" and c.lower_ == PARTICLE_VERBS[own] for c in verb.children)
    return own in words("calling_off")
