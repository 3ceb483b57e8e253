"""Options, capabilities and conditions are not acts (TimeBank dev audit s26, class N4 unrealized: Gulf-crisis
analysis text is full of scenarios; an H flag is not enough, a hypothetical is no real event).

- An option or scenario: the act is the to-infinitive of "be" under a modal, or of "be" whose subject is an
  option, plan or aim word (cue lists ``scenario_noun`` and ``motive_noun``): "The first would be to launch an
  invasion of Saudi Arabia", "the other option is to blockade the port".
- A capability: the act is what someone is "capable of", "adequate to", "equipped to" do (cue list
  ``capability_adjective``), or "able to" do when not said in the past ("were able to reach a deal" reports it):
  "commanders said they were capable of deploying 300,000 troops", "a force adequate to carry out a blockade".
- A condition: the act is what an "if" or "unless" clause asks to succeed ("If the government succeeds in seizing
  his assets", "if the rebels manage to take the city"), or sits in an "until" or "before" clause in the present
  tense, which speaks of a time to come ("until sanctions force Saddam to withdraw his army"). "until the
  rebels withdrew" (past) is reported; other conditional acts ("could finalize an agreement if negotiators decide
  to compromise", "would have lost if he had not attacked") keep the coder's hypothetical reading.
The climb from the trigger goes through infinitives, gerunds, prepositions and conjuncts only, so an act beside
the condition ("police arrested him if ..."; the main clause) stays coded.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

MODALS = {"would", "could", "might", "may", "should", "will", "can", "must"}
CONDITIONS = {"if", "unless"}
SUCCEEDING = {"succeed", "manage"}  # an act conditioned on its own success (other conditions keep the H flag)
TIME_TO_COME = {"until", "till", "before"}  # "once" clauses keep the H flag (flags.py)
PRESENT = {"VBP", "VBZ"}
CLIMB = {"xcomp", "pcomp", "prep", "pobj", "conj", "dobj", "obj", "acomp"}
STEPS = 5


def unrealized_scenario(trigger: Trigger, lang: str) -> bool:
    """The English trigger is an option, a capability or a condition, not an act (module docstring)."""
    if lang != "en":
        return False
    current = trigger.token
    for _ in range(STEPS):
        if current.dep_ == "advcl" and _condition(current):
            return True
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "xcomp" and _infinitive(current) and _option(head):
            return True
        if _capability(current, head):
            return True
        if current.dep_ not in CLIMB:
            return False
        current = head
    return False


def _condition(clause: Token) -> bool:
    """An "if"/"unless" clause of succeeding, or an "until/before" clause in the present tense."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & CONDITIONS:  # "if the government succeeds in seizing his assets": whether it will is the question
        return lemma(clause, "en") in SUCCEEDING and not any(c.dep_ == "neg" for c in clause.children)
    if marks & TIME_TO_COME:
        verbs = [clause] + [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        return any(v.tag_ in PRESENT for v in verbs) or any(v.lower_ in MODALS for v in verbs)
    return False


def _option(be: Token) -> bool:
    """"would be to V", "the option is to V": "be" under a modal, or with an option or aim word as subject."""
    if lemma(be, "en") != "be":
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in be.children):
        return True
    scenario = words("scenario_noun") | words("motive_noun")
    return any(c.dep_ in {"nsubj", "nsubjpass"} and lemma(c, "en") in scenario for c in be.children)


def _capability(current: Token, head: Token) -> bool:
    """"capable of deploying", "adequate to carry out", "is able to strike" (not "was able to reach")."""
    adjective = head
    if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        adjective = head.head  # "capable of deploying"
    elif current.dep_ != "xcomp" or not _infinitive(current):
        return False
    own = lemma(adjective, "en")
    if own in words("capability_adjective"):
        return True
    if own != "able":
        return False
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    auxes = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return not any(a.tag_ == "VBD" for a in auxes) or any(a.lower_ in MODALS for a in auxes)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
