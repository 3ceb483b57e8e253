"""An act said not to have been done, in words that refuse nothing, reports no act (pages dev audit s26, class N4
"negated": "Modi did not commit to any reductions", "At no time did Dick Clark Productions agree to ... a statement",
"she had not been involved in funding the unrest").

- A pledge not made is no refusal: a verb of pledging (cue list ``pledging_verb``: promise, pledge, vow, commit)
  negated in the past or present ("did not commit", "has not pledged", "never promised") tells that no promise was
  given. A refusal said in the future ("will not commit to a ceasefire", "refused to commit") answers a demand and
  stays REJECT.
- "At no time" / "at no point" denies that the act ever took place: "At no time did the company agree to it".
- An act under a negated word of taking part (cue list ``involvement``: involved in, part of, engaged in, took part
  in) is denied: "she had not been involved in funding the unrest". "He was involved in funding the rebels" stays.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma, word_listed
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

DONE_AUX = {"do", "does", "did", "have", "has", "had"}
NONE_TIMES = {"time", "point", "stage", "moment"}


def denied_doing(trigger: Trigger, lang: str) -> bool:
    """The English trigger is denied in words that refuse nothing (module docstring)."""
    if lang != "en":
        return False
    token = trigger.token
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else token
    if _at_no_time(verb):
        return True
    if trigger.cue.type in {"AGREE", "REJECT"} and not trigger.is_nominal and lemma(token, lang) in words("pledging_verb"):
        return _not_given(token)
    return _denied_part(token)


def _at_no_time(verb: Token) -> bool:
    """"At no time did X agree", through the verbs it is conjoined with ("agree to, create or distribute")."""
    for current in [verb] + ([verb.head] if verb.dep_ == "conj" else []) + ([verb.head.head] if verb.dep_ == "conj"
                                                                           and verb.head.dep_ == "conj" else []):
        for prep in current.children:
            if prep.dep_ == "prep" and prep.lower_ == "at" and any(
                    g.dep_ == "pobj" and g.lower_ in NONE_TIMES and any(d.lower_ == "no" for d in g.children)
                    for g in prep.children):
                return True
    return False


def _not_given(verb: Token) -> bool:
    """"did not commit", "has not pledged", "never promised": negated with an auxiliary of the past or present, or
    "never"; not a modal ("will not commit", "would not promise") and not a clause of refusing."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return False
    if any(c.dep_ == "neg" and c.lower_ == "never" for c in children):
        return True
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lower_ in DONE_AUX for c in children)


def _denied_part(token: Token) -> bool:
    """The act (a gerund or noun) is the object of "in" / "of" under a negated word of taking part."""
    if token.dep_ not in {"pcomp", "pobj"} or token.head.dep_ != "prep" or token.head.lower_ not in {"in", "of"}:
        return False
    holder = token.head.head
    if not word_listed(holder, "involvement"):
        return False
    clause = holder if holder.pos_ in {"VERB", "AUX"} or holder.dep_ != "attr" else holder.head
    return any(c.dep_ == "neg" for c in clause.children) or any(c.dep_ == "neg" for c in clause.head.children) \
        and clause.dep_ in {"acomp", "attr"}
