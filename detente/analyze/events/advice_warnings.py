"""A warning is a threat only when the warner announces an act of its own (PLOVER THREATEN: "coercive or forceful
warnings with serious potential repercussions"; real-news audit s21, classes A4 and B3).

"X was warned by his aide that his ban could hurt him" is advice: the danger is the warned party's own act. "X
warned that a rise in prices could strain relations" is a forecast. "The Indian side was warned that such reckless
behaviour poses a serious threat" condemns the warned party's conduct: a protest (ACCUSE), no act held out. The
warning's that-clause tells which: its subject is a thing (no actor, no pronoun), or an act noun owned by the warned
party ("his ban" after "X was warned"). A clause that names repercussions ("would face consequences", "a response")
stays a threat: the repercussions are the warner's.

Stop 22 (audit class "warnings of risks"): a clause whose subject is an act noun nobody owns and whose verb names a
risk (cue list ``risk_verb``: "warned that a ceasefire in Gaza would risk further Hamas violence"), or an actor of
another country than the warner's ("the US warned that Iran could attack shipping"), forecasts a danger; the
warner's own government or forces ("warned that the Chinese government will not sit idly by") still threaten.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame, actor_at_token
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_of, words
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
    if _risked_by_act(subject, clause) or _third_party(subject, token, frame):
        return "advice"  # "warned that a ceasefire would risk more violence", "warned that Iran could attack ships"
    return None


def _risked_by_act(subject: Token, clause: Token) -> bool:
    """An act noun nobody owns whose clause names a risk: "a ceasefire in Gaza would risk further violence"."""
    return not any(c.dep_ == "poss" for c in subject.children) and bool(cues_of(subject, "en")) \
        and lemma(clause, "en") in words("risk_verb")


def _third_party(subject: Token, warn: Token, frame: Frame) -> bool:
    """The clause's subject is an actor of another country than the warner's: the warner forecasts what a third party
    may do; it holds out no act of its own ("the US warned that Iran could attack shipping")."""
    warner = next((c for c in warn.children if c.dep_ == "nsubj"), None)
    if warner is None or subject.pos_ not in {"PROPN", "NOUN"}:
        return False
    theirs, own = actor_at_token(subject, frame), actor_at_token(warner, frame)
    return theirs is not None and own is not None and bool(theirs.actor.country) and bool(own.actor.country) \
        and theirs.actor.country != own.actor.country


def _repercussions(clause: Token) -> bool:
    return any(lemma(t, "en") in words("repercussion") for t in clause.subtree)


def _owned_by_warned(subject: Token, warn: Token) -> bool:
    """An act noun whose possessive pronoun stands for the party warned in a passive ("X was warned that his ban")."""
    passive = any(c.dep_ in {"nsubjpass", "nsubj:pass"} for c in warn.children)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return passive and owner is not None and owner.lower_ in WARNED_PARTY_OWNERS \
        and bool(cues_of(subject, "en"))
