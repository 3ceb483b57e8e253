"""Words of election campaigns that read as PLOVER acts but report none (PolNeAR train audit s24, class N2 "electoral
and poll senses": 11 of 100 coded events on US political news).

- Beating or defeating someone in a contest (cue list ``contest_noun``: a primary, an election, a race, a vote, a
  match) or beating a candidate (cue list ``candidate_noun``) is winning it, no assault: "Griffith was beaten in the
  Republican primary", "no third-party candidate has beaten either major party candidate". "The army defeated the
  rebels near Mosul" stays an attack.
- A rally called a campaign rally (cue list ``campaign_compound``: a campaign, election or victory rally) is a
  campaign event, not a protest against anyone; a rally marked as a protest ("an anti-war rally", "a rally against
  the reform") stays a PROTEST. A rally that is only the setting of a speech ("Trump, speaking at a rally in
  Wilmington") is left to type_shapes.py (candidates' rallies in election sentences): "Maduro spoke at a rally" is a
  demonstration in the seed rules' reading.
- Rallying support, voters or the base (cue list ``rallied_backing``) gathers backing, no protest: "whose support
  Mr. Cruz rallied to win the caucuses".
- Support measured in a poll is a share, no act: "Obama's 34 percent support", "Lula's support among voters fell",
  "Trump's support today is well below McCain's 62 percent".
- "pledged delegates" are a kind of delegate, no pledge made.
The rally noun is dropped as triggers are found (triggers.py: no step codes it, the implicit protesters' step
included); the other senses are read with the object senses (object_senses.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

if TYPE_CHECKING:  # triggers.py reads campaign_rally while finding triggers
    from detente.analyze.events.triggers import Trigger

WINNING = {"beat", "defeat", "trounce", "rout", "unseat", "outpoll"}
SIDES = {"nsubj", "nsubjpass", "dobj", "obj"}
PROTEST_MARKS = {"protest", "against"}
MEASURES = {"percent", "%", "point", "percentage"}


def campaign_sense(trigger: Trigger, lang: str) -> bool:
    """The English trigger is a word of an election campaign, no act (module docstring)."""
    if lang != "en":
        return False
    token, own = trigger.token, lemma(trigger.token, lang)
    if trigger.cue.type == "ASSAULT" and own in WINNING and not trigger.is_nominal:
        return _won_contest(token)
    if trigger.cue.type == "PROTEST" and own == "rally":
        return campaign_rally(token) if trigger.is_nominal else _backing_rallied(token)
    if trigger.cue.type == "SUPPORT" and trigger.is_nominal and own in {"support", "backing"}:
        return _polled(token)
    return token.dep_ == "amod" and lemma(token.head, lang) == "delegate"  # "pledged delegates"


def _won_contest(verb: Token) -> bool:
    """"beaten in the Republican primary", "beating Trump in the nominating contest", "has beaten either candidate"."""
    sides = [c for c in verb.children if c.dep_ in SIDES]
    if any(lemma(s, "en") in words("candidate_noun") for s in sides):
        return True
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "for"}]
    return any(lemma(g, "en") in words("contest_noun") for p in places for g in p.children if g.dep_ == "pobj")


def campaign_rally(noun: Token) -> bool:
    """A rally called a campaign, election or victory rally, unless it is marked as a protest. Read when triggers are
    found (triggers.py), so that no step codes it, the implicit protesters' step (implicit.py) included."""
    if lemma(noun, "en") != "rally" or any(_protest_mark(t) for t in noun.subtree if t.i != noun.i):
        return False
    return any(c.dep_ in {"compound", "amod"} and lemma(c, "en") in words("campaign_compound") for c in noun.children)


def _protest_mark(token: Token) -> bool:
    """"protest", "against", "anti-war": the rally is held against someone."""
    own = token.lower_
    return own in PROTEST_MARKS or lemma(token, "en") == "protest" or own.startswith("anti")


def _backing_rallied(verb: Token) -> bool:
    """"rallied support", "rallying voters behind Clinton": backing gathered. "whose support Mr. Cruz rallied" is
    parsed with two subjects; the one a relative "whose" owns is the object."""
    def rallied(c: Token) -> bool:
        return c.dep_ in {"dobj", "obj"} or c.dep_ == "nsubj" and any(p.tag_ == "WP$" for p in c.children)
    return any(rallied(c) and lemma(c, "en") in words("rallied_backing") for c in verb.children)


def _polled(noun: Token) -> bool:
    """"34 percent support", "support among Brazilian voters", "Trump's support today is well below McCain's 62
    percent"."""
    if any(c.dep_ == "prep" and c.lower_ == "among" for c in noun.children):
        return True
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(t.lower_ in MEASURES for t in noun.head.subtree):
        return True
    return any(t.lower_ in MEASURES for c in noun.children if c.dep_ in {"compound", "nummod", "amod", "npadvmod"}
               for t in c.subtree)
