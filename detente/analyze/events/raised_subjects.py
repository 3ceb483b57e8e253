"""The doer of an infinitive under a raising or scheduling predicate: "X is expected / scheduled / set / slated to
meet Y", "X is due / likely / about to visit Y". The subject of the raising word (a passive subject, or the copula's
subject of the adjective) is the one who meets or visits; the predicate itself does nothing to X (news copy's
commonest way to tell a future meeting). The infinitive's own object stays its target; the future flag is left to
the flag rules. English only: the rule reads the English parse."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lexicon import words
from detente.analyze.events.targets import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS


def raised_subject(verb: Token) -> Token | None:
    """The subject of the raising predicate whose to-infinitive ``verb`` is, or None."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in words("raising_predicate") and head.lower_ not in words("raising_predicate"):
        return None
    if head.pos_ in {"VERB", "AUX"} and head.tag_ == "VBN":
        # "X is expected to meet": the passive participle's subject (not "they expected X to meet": an object)
        return next((c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "X is due to meet": the subject of the copula the adjective is said of
        return next((c for c in head.head.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def reported_subject(verb: Token) -> Token | None:
    """"Iraqi troops were reported to have attacked Kurdish villages", "Syria is said to have sent troops", "Serbia
    appears to have withdrawn its forces": the subject of a passive verb of reporting or believing, or of "seem" /
    "appear", is the doer of its to-infinitive (cue list ``reporting_raiser``); an act reported or seen as done, not a
    forecast, so it needs no named target."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
        return None  # "was said to have been disapproving of the idea": a state, no act
    head = verb.head
    if head.lemma_.lower() not in words("reporting_raiser"):
        return None
    if head.tag_ == "VBN" and any(c.dep_ in {"auxpass", "aux:pass"} for c in head.children):
        return next((c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if head.lemma_.lower() in {"seem", "appear"}:
        return next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    return None
