"""The type of an act told as a decision, an option weighed or a stance (what one will or will not do): the way
it is said decides between the act, a warning, a refusal and an acceptance.

- A sanction announced as decided ("announced it would prohibit all aid to X") is the SANCTION, marked future; only
  a sanction held out as a warning is a THREATEN.
- A sanction held out as an option ("raised the prospect of sanctions", "is considering sanctions") is a warning.
- A promise or announcement not to yield ("would not withdraw", "vowed not to return the Golan") refuses to yield
  (REJECT, CAMEO 124); saying one would not object accepts (AGREE).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.analyze.events.clause_shape import passive_marked
from detente.analyze.events.flags import Flags
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger


def decided_measure(verb: Token, lang: str) -> bool:
    """The act is the content of a decision or announcement ("announced it would prohibit all aid ... and would deny
    entry", "decided to suspend aid"), not of a warning: a measure decided is imposed, if later (PLOVER SANCTION)."""
    if lemma(verb, lang) in words("departure") | {"pull", "recall"}:
        return False  # "announced he will withdraw the inspectors": pulling one's own people out warns (THREATEN relations)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.i != verb.i and lemma(verb.head, lang) in words("decision")


def weighed_measure(trigger: Trigger, lang: str) -> bool:
    """A measure noun held out as an option ("raised the prospect of sanctions", "is considering sanctions against
    Syria", cue list ``weighing``): a warning of the measure (THREATEN), not the measure imposed."""
    if not trigger.is_nominal:
        return False
    noun = trigger.token
    if noun.dep_ in {"dobj", "obj"}:
        return lemma(noun.head, lang) in words("weighing")
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head, lang) in words("weighing")


def refusal_or_acceptance(event_type: str, mode: str | None, flags: Flags, hypothetical: bool, trigger: Trigger,
                          lang: str) -> tuple[str, str | None, Flags]:
    """Negated acts that are stances: "Greece said it would not object to Turkey's membership" accepts (AGREE, or
    SUPPORT when not future); "Israel said it would not withdraw its troops" and "Sharon has vowed not to return the
    Golan Heights" refuse to yield (REJECT yield, CAMEO 124); "said it would not send more arms" refuses aid."""
    token = trigger.token
    if event_type == "THREATEN" and trigger.cue.implied and lemma(token, lang) == "go":  # "will not go unanswered": the
        return event_type, mode, replace(flags, negated=False)  # negation belongs to the idiom (implied_acts._not_left_unanswered)
    if event_type in {"ACCUSE", "REJECT"} and flags.negated and not trigger.is_nominal and lemma(token, lang) in words("objecting"):
        return ("AGREE" if flags.future or hypothetical else "SUPPORT"), None, replace(flags, negated=False)
    if event_type in {"RETREAT", "CONCEDE"} and flags.negated and flags.future and not passive_marked(token):  # not "cannot be allowed to persist"
        return "REJECT", "yield", replace(flags, negated=False)
    if event_type == "AID" and flags.negated and flags.future and not passive_marked(token):
        return "REJECT", "assist", replace(flags, negated=False)  # "will not accept any more refugees" (CAMEO 122)
    if event_type == "AGREE" and not trigger.is_nominal and _vows_not_to_yield(token, lang):
        return "REJECT", "yield", flags
    return event_type, mode, flags


def _vows_not_to_yield(verb: Token, lang: str) -> bool:
    """The promise's complement is a negated act of giving way (cue list ``yielding``): "vowed not to return the
    Golan Heights", "pledged never to negotiate with terrorists"."""
    for clause in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}):
        negated = any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in clause.children)
        if negated and lemma(clause, lang) in words("yielding"):
            return True
    return False
