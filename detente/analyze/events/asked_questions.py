"""Asking a question is no REQUEST (PolNeAR train audit s24/s25, class N3 "object sense").

PLOVER REQUEST is a request, demand or order that someone act (manual, REQUEST): asking someone a question, or asking
whether, what or who, seeks an answer. "After saying he was nervous to ask a question", "recently asked Admiral Harris
just that question", "asked the conservative who he thought would win", "asked whether the campaign had been hard":
an interview or a conversation, no act asked for. So is asking someone "about" something ("NBC's Chuck Todd asked the
GOP frontrunner about the Twitter kerfuffle") and demanding or wanting "to know" something ("demanded to know whether
Clinton would forsake campaign donations") (PolNeAR train audit s25, class N1). "asked NATO to send jets", "asked
for help", "asked the court to delay the hearing" and "demanded the release of the hostages" stay requests.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

OBJECTS = {"dobj", "obj", "dative", "npadvmod", "attr", "ccomp"}  # "asked X that question" parses as ccomp too
QUESTION_TAGS = {"WDT", "WP", "WP$", "WRB"}
ASKING_FOR = {"xcomp", "prep"}  # "asked X to act", "asked for help": an act asked for


def asked_question(trigger: Trigger, lang: str) -> bool:
    """An English "ask" whose only complement is a question (module docstring)."""
    token = trigger.token
    if lang != "en" or trigger.cue.type != "REQUEST" or trigger.is_nominal:
        return False
    if any(c.dep_ == "xcomp" and lemma(c, lang) == "know" for c in token.children):
        return True  # "demanded to know whether ..."
    if lemma(token, lang) != "ask":
        return False
    if any(c.dep_ in ASKING_FOR and (c.dep_ == "xcomp" or c.lower_ == "for") for c in token.children):
        return False
    return any(c.dep_ in OBJECTS and lemma(c, lang) in words("question_noun") for c in token.children) \
        or any(c.dep_ in {"ccomp", "advcl"} and _interrogative(c) for c in token.children) \
        or any(_about(c) for c in token.children)  # "asked the frontrunner about the kerfuffle"


def _interrogative(clause: Token) -> bool:
    """The clause opens with a wh-word, "whether" or "if": an indirect question."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in QUESTION_TAGS or first.lower_ in {"whether", "if"}


def _about(child: Token) -> bool:
    """An "about" phrase on the verb or on its object (the parser hangs it on either)."""
    if child.dep_ == "prep" and child.lower_ == "about":
        return True
    return child.dep_ in {"dobj", "obj", "dative"} and any(g.dep_ == "prep" and g.lower_ == "about" for g in child.children)
