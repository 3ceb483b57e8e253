"""Dates in an act's sentence that belong to another act, so they must not date it (dating.py's governing time).

- A date premodifying another noun dates that noun's act: "blamed Hamas for the Oct. 7 attack", "the October 7
  rampage", "Monday's vote" date the attack, the rampage, the vote, not the blaming, unless that noun is the act's
  occasion ("during Wednesday's debate", "the Oct. 7 attacks, which took 250 hostages"). A support verb whose object is
  that noun ("launched the Oct. 7 attack", "staged Monday's walkout") is the same act, so the date stays its own.
- A finite present-tense act ("who denies the accusation", "is seeking his extradition") is now: a date elsewhere in
  its sentence ("sought refuge in London in 2012") is another clause's, unless it hangs on the act's own verb
  ("In this 2016 photo, Wilson discusses ...") or on a verb that reports it ("said late Thursday that it is sending").
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.background_dates import background_cues, clause_head
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sentence_words import token_at

PREMODIFIER_DEPS = {"compound", "nummod", "amod", "nmod", "poss", "npadvmod"}
MARKER_DEPS = {"prep", "case", "mark"}
OCCASION_PREPS = {"in", "at", "during", "on", "en", "durante"}
RELATIVE_DEPS = {"relcl", "acl", "acl:relcl"}


def _outside_head(trigger: Token, doc_start: int, doc_end: int) -> tuple[Token, Token] | None:
    """(the expression's top token, the token outside [doc_start, doc_end) it hangs on)."""
    token = token_at(trigger.doc, doc_start)
    if token is None:
        return None
    while doc_start <= token.head.idx < doc_end and token.head.i != token.i:
        token = token.head
    return (token, token.head) if token.head.i != token.i else None


def premodifies_other_noun(trigger: Token, doc_start: int, doc_end: int, lang: str) -> bool:
    """The expression at [doc_start, doc_end) stands before another noun and modifies it ("the Oct. 7 attack")."""
    found = _outside_head(trigger, doc_start, doc_end)
    if found is None:
        return False
    top, noun = found
    if noun.i == trigger.i or noun.pos_ not in {"NOUN", "PROPN"} or top.dep_ not in PREMODIFIER_DEPS:
        return False
    if noun.idx < doc_end:
        return False  # a postmodifier ("the attack on Monday" misattached) is left to the parse's other checks
    if _occasion(noun, trigger):
        return False
    support = background_cues().get((lang, "support"), frozenset())
    return not (noun.head.i == clause_head(trigger).i and noun.dep_ in {"dobj", "obj"} and lemma(trigger, lang) in support)


def _occasion(noun: Token, trigger: Token) -> bool:
    """The dated noun is the act's occasion: a clause on it holds the act ("the Oct. 7 attacks, which killed
    1,200"), or the act is done in/at/during it ("derided him during an exchange at Wednesday's debate")."""
    if any(t.i == trigger.i for t in noun.subtree):
        return True
    line = {trigger.i, *(a.i for a in trigger.ancestors)}
    node = noun
    for _ in range(6):
        if node.dep_ not in {"pobj", "obj", "obl", "nmod"} or node.head.i == node.i:
            return False
        marker = node.head if node.dep_ == "pobj" else next((c for c in node.children if c.dep_ == "case"), None)
        if marker is None or marker.lower_ not in OCCASION_PREPS:
            return False
        governor = node.head.head if node.dep_ == "pobj" else node.head
        if governor.i in line:
            return True  # on the act or on a clause it is part of ("a shot at beating X in the 2024 contest")
        node = governor
    return False


def own_date(trigger: Token, doc_start: int, doc_end: int) -> bool:
    """The expression hangs on the act's own verb, directly or through a preposition ("on Tuesday night")."""
    found = _outside_head(trigger, doc_start, doc_end)
    if found is None:
        return False
    _, head = found
    own = {trigger.i, clause_head(trigger).i}
    verb = head.head if (head.dep_ in MARKER_DEPS or head.pos_ == "ADP") else head
    return verb.i in own or _reporting_frame(trigger, verb)


def _reporting_frame(trigger: Token, verb: Token) -> bool:
    """The date's verb governs the act's clause without a relative clause between ("The military said late Thursday
    that it is sending troops", "raises concerns, the lawmakers wrote Wednesday"): the act is of that time."""
    for node in [trigger, *trigger.ancestors]:
        if node.i == verb.i:
            return True
        if node.dep_ in RELATIVE_DEPS:
            return False
    return False
