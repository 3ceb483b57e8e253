"""Two refusals that the codebook files under other types than the verb's cue (PolNeAR train audit s25, classes T8
and T10).

- Rejecting someone's words (cue list ``rejected_words``: comments, remarks, rhetoric) disapproves of what they said:
  ACCUSE disapprove, not REJECT, which refuses a proposal or a demand: "Ryan has been very vocal in rejecting several
  of Trump's comments". "Iran rejected the proposal" stays REJECT.
- A legislature or its members blocking a bill, a funding package or a nominee (cue list ``blocked_measure``) refuse
  to pass it: REJECT, not a SANCTION against anyone (as votes, PolNeAR audit s24): "Senate Democrats blocked a $1.1
  billion funding package". A block by anyone else ("the EU blocked the oligarchs' assets") is not read.
- Walking out "in protest" (stop 25, round 2; events-cov-s25's type question) is a collective action carried out as a
  protest, the withdrawal of social relations of the codebook's PROTEST boycott, not a refusal of a proposal:
  "Opposition lawmakers walked out of parliament in protest at the budget". A walkout with no protest named ("the
  delegation walked out of the talks") stays REJECT.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

CHAMBER_WORDS = {"senate", "house", "congress", "parliament", "lawmaker", "senator", "legislator", "democrat",
                 "republican", "democrats", "republicans", "legislature", "assembly", "chamber", "mp", "committee"}


def words_rejected(event_type: str, trigger: Trigger, lang: str) -> bool:
    """An English REJECT of someone's comments or remarks (module docstring)."""
    token = trigger.token
    if lang != "en" or event_type != "REJECT" or trigger.is_nominal or lemma(token, lang) != "reject":
        return False
    return any(lemma(o, lang) in words("rejected_words") for o in _objects(token))


def chamber_block(event_type: str, trigger: Trigger, sources: list, lang: str) -> bool:
    """An English "block" of a bill or a package by a legislature or legislators (module docstring)."""
    token = trigger.token
    if lang != "en" or event_type != "SANCTION" or trigger.is_nominal or lemma(token, lang) != "block":
        return False
    if not any(lemma(o, lang) in words("blocked_measure") for o in _objects(token)):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(hit.actor.sector == "LEG" for hit in sources) or any(
        lemma(t, lang) in CHAMBER_WORDS or t.lower_ in CHAMBER_WORDS for s in subjects for t in s.subtree)


def protest_walkout(event_type: str, trigger: Trigger, lang: str) -> bool:
    """An English REJECT "walked out ... in protest" (module docstring)."""
    token = trigger.token
    if lang != "en" or event_type != "REJECT" or trigger.is_nominal or lemma(token, lang) != "walk":
        return False
    return any(c.lower_ == "out" and c.dep_ in {"prt", "advmod", "prep"} for c in token.children) and any(
        t.lower_ == "protest" and t.dep_ == "pobj" and t.head.lower_ == "in" and _clause_verb(t).i == token.i
        for t in token.subtree)  # "walked out of the session in protest": the parser may hang it on the session


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _objects(verb: Token) -> list[Token]:
    """The verb's objects and the of-complement of a quantity ("several of Trump's comments")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return found + [g for o in found for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
