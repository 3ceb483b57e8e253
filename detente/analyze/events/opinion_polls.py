"""Opinions of poll respondents: "44 percent of Americans say they want the House to impeach", "most voters want
Congress to act", "a majority of Britons say he should resign". A share of the public holding a wish or view is a
finding of a poll, not an act of any actor, so a request, support, rejection or blame so stated codes nothing. Named
bodies keep their stances ("most senators say they will oppose the bill" is about lawmakers, not the public)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

OPINION_TYPES = {"REQUEST", "SUPPORT", "REJECT", "ACCUSE", "AGREE"}
RAISING = {"ccomp", "xcomp", "conj"}  # clauses whose subject's view the governing clause reports
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
PERCENT = {"percent", "%"}
MOST = {"most", "many"}


def respondents_view(event_type: str, verb: Token, lang: str) -> bool:
    """The opinion is held by a share of the public, in the trigger's clause or a clause of saying above it."""
    if lang != "en" or event_type not in OPINION_TYPES:
        return False
    clause = verb
    for _ in range(4):
        if any(_respondents(c, lang) for c in clause.children if c.dep_ in SUBJECTS):
            return True
        if clause.dep_ not in RAISING or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _respondents(subject: Token, lang: str) -> bool:
    """"44 percent (of Americans)", "a majority of voters", "most Britons", "respondents"."""
    word = lemma(subject, lang)
    if word in PERCENT or word == "respondent":
        return True
    if word in words("poll_share"):
        return any(_public(t, lang) for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                   for t in p.children if t.dep_ == "pobj")
    return _public(subject, lang) and any(c.lower_ in MOST and c.dep_ in {"amod", "det"} for c in subject.children)


def _public(noun: Token, lang: str) -> bool:
    """A people named by nationality or party in the plural ("Americans", "Democrats") or the public at large."""
    return noun.ent_type_ == "NORP" or noun.tag_ == "NNPS" or lemma(noun, lang) in words("poll_public")
