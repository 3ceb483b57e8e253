"""A fraction of the public named as a subject is a poll's finding (real-news audit s23, class A1 "polls"): "About
seven-in-10 Republicans without a college degree backed Trump", "one in three voters opposed the plan". No actor
supports or rejects anything; opinion_polls.py reads percentages, majorities and "most voters", this module the
"N in M" and "N out of M" shares. "Two Democrats backed the bill" (a count of lawmakers) stays coded.
A bare indefinite pronoun of people (cue list ``vox_pop``: "some", "others", "many") as the subject of an opinion
is a vox pop, no actor's act: "many Palestinians expressed concern, although some welcomed the move". "Some of the
ministers welcomed the move" names its party and stays coded.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

OPINION_TYPES = {"REQUEST", "SUPPORT", "REJECT", "ACCUSE", "AGREE"}
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
NUMBER = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
FRACTION = re.compile(rf"\b{NUMBER}\s*-?\s*(in|out of)\s*-?\s*{NUMBER}\b", re.I)  # "seven-in-10", "one in three"


def polled_share(event_type: str, verb: Token, lang: str) -> bool:
    """The English opinion's subject is "N in M" of a public (module docstring)."""
    if lang != "en" or event_type not in OPINION_TYPES:
        return False
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        phrase = list(subject.subtree)
        text = verb.doc[phrase[0].i:phrase[-1].i + 1].text
        if FRACTION.search(text) and any(_public(t, lang) for t in phrase):
            return True
        if subject.lower_ in words("vox_pop") and subject.tag_ in {"DT", "JJ", "NNS", "PRP"} \
                and not any(c.dep_ == "prep" for c in subject.children):
            return True  # "although some welcomed the move"
    return False


def _public(noun: Token, lang: str) -> bool:
    """A people named by nationality or party in the plural ("Republicans") or the public ("voters")."""
    return noun.ent_type_ == "NORP" and noun.tag_ in {"NNPS", "NNS"} or lemma(noun, lang) in words("poll_public")
