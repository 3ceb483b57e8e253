"""A warning is a threat only when the warner announces an act of its own (PLOVER THREATEN: "coercive or forceful
warnings with serious potential repercussions"; real-news audit s21, classes A4 and B3).

"X was warned by his aide that his ban could hurt him" is advice: the danger is the warned party's own act. "X
warned that a rise in prices could strain relations" is a forecast. "The Indian side was warned that such reckless
behaviour poses a serious threat" condemns the warned party's conduct: a protest (ACCUSE), no act held out. The
warning's that-clause tells which: its subject is a thing (no actor, no pronoun), or an act noun owned by the warned
party ("his ban" after "X was warned"). A clause that names repercussions ("would face consequences", "a response")
stays a threat: the repercussions are the warner's.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_by_trigger, words
from detente.analyze.events.thing_subjects import is_thing
from detente.analyze.events.triggers import Trigger

SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
WARNED_PARTY_OWNERS = {"his", "her", "your", "their", "its"}  # after a passive "X was warned", the owner is X


def warning_reading(trigger: Trigger, frame: Frame) -> str | None:
    """"advice" when an English warning holds out no act of the warner, "conduct" when it condemns the warned
    party's conduct, None when it may be a threat (module docstring)."""
    token = trigger.token
    if frame.lang != "en" or trigger.is_nominal or lemma(token, "en") not in words("warning_verb"):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or _repercussions(clause):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "warned that they will cease control": the warner's own act
    if is_thing(subject, frame):
        return "conduct" if lemma(subject, "en") in words("conduct") else "advice"
    if _owned_by_warned(subject, token):
        return "advice"  # "was warned by his manager that his ban could hurt him"
    return None


def _repercussions(clause: Token) -> bool:
    return any(lemma(t, "en") in words("repercussion") for t in clause.subtree)


def _owned_by_warned(subject: Token, warn: Token) -> bool:
    """An act noun whose possessive pronoun stands for the party warned in a passive ("X was warned that his ban")."""
    passive = any(c.dep_ in {"nsubjpass", "nsubj:pass"} for c in warn.children)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return passive and owner is not None and owner.lower_ in WARNED_PARTY_OWNERS \
        and bool(cues_by_trigger("en").get(lemma(subject, "en")))
