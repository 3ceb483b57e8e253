"""Declining to comment is no rejection (PolNeAR train audit s24, class N5: "declined to say who he plans to vote
for"). Refusing or declining to say, comment, confirm, disclose or speculate (cue list ``withheld_speech``) withholds
a statement from reporters: CAMEO files it as 011 "decline comment" under MAKE PUBLIC STATEMENT, a category PLOVER
does not code, and it rejects no one's demand or proposal. "The State Department declined to comment on the report",
"refused to say whether Israel would retaliate" code nothing. Refusing an act or a talk with a partner ("Iran
refused to discuss a ceasefire", "refused to answer the court's summons", "declined to sign") stays
REJECT.
Stop 25 (PolNeAR train dump): "weigh in" is a verb of saying too ("she declined to weigh in on the debate over
encryption"), and so are "answer", "respond" and "reply" with no object or a question or an inquiry as their object
("declined to respond", "refused to answer questions about his health", "did not respond to inquiries").
"refused to respond to the ultimatum" stays REJECT.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

REFUSING = {"decline", "refuse"}


def declined_comment(trigger, lang: str) -> bool:
    """A REJECT verb of refusing whose to-infinitive is a verb of saying, with no partner "with" (docstring)."""
    token: Token = trigger.token
    if lang != "en" or trigger.cue.type != "REJECT" or lemma(token, lang) not in REFUSING:
        return False
    said = [c for c in token.children if c.dep_ == "xcomp" and (lemma(c, lang) in words("withheld_speech")
                                                                 or _weighing_in(c) or _answering(c))]
    return bool(said) and not any(p.dep_ == "prep" and p.lower_ == "with" for p in said[0].children)


ANSWERING = {"answer", "respond", "reply"}
ASKED = {"question", "questions", "query", "queries", "inquiry", "inquiries", "enquiry", "enquiries", "email", "call",
         "message", "comment"}


def _weighing_in(verb: Token) -> bool:
    """"declined to weigh in on the debate"."""
    return lemma(verb, "en") == "weigh" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)


def _answering(verb: Token) -> bool:
    """"declined to respond", "refused to answer questions", not "refused to answer the court's summons"."""
    if lemma(verb, "en") not in ANSWERING:
        return False
    answered = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    answered += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return all(lemma(o, "en") in ASKED or o.lower_ in ASKED for o in answered)
