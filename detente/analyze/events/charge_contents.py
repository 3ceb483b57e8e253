"""The offence named in a charge is what someone is accused of, not an act this sentence reports (pages dev audit s26,
class N4 "content of charges": "Webb still faces ... six counts of aggravated sexual assault of a child").

An event noun in the of-phrase of a word of charging (cue list ``charge_count``: count, charge, indictment,
conviction, accusation, allegation, suspicion) names the crime charged. The charge itself is coded where a
prosecutor or a police force brings it ("prosecutors charged him with assault"); the assault is only alleged, and
it is usually told as an act elsewhere in the story, with its own date. "the assault of a child by Webb" and "six
people died in the assault on the town" stay coded.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words


def charged_offence(token: Token, lang: str) -> bool:
    """The English event noun is the offence named in a charge's of-phrase (module docstring)."""
    if lang != "en" or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in {"pobj", "conj"}:
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "counts of kidnapping and assault"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    return lemma(prep.head, "en") in words("charge_count")
