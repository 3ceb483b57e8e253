"""The doer of a gerund in a verb's on/in phrase: "the House focused on providing relief", "Germany persisted in
shelling the town", "the ministry was engaged in supplying arms". Such a gerund is controlled by the verb's subject
(subject control: the one who focuses, persists or engages does the act), unless the verb has an object, who may
be the controller ("helped Kyiv in rebuilding"), or the phrase is only a topic ("commented on sending troops",
"voted on providing aid"). A passive or stative participle ("was focused on", "is engaged in") is said of its
passive subject. English only: the rule reads the English parse.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.targets import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

CONTROLLED_PREPS = {"on", "in"}


def gerund_controller(gerund: Token) -> Token | None:
    """The subject (or passive subject) that controls ``gerund`` in a verb's on/in phrase, if the shape is one."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return None
    prep = gerund.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in CONTROLLED_PREPS or verb.pos_ not in {"VERB", "AUX"} or verb.i == prep.i:
        return None
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    if lemma(verb, "en") in words("communication") | words("topic_on"):
        return None
    if verb.dep_ == "acomp" and verb.tag_ == "VBN":
        verb = verb.head  # "the House was focused on": the participle is said of the copula's subject
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
