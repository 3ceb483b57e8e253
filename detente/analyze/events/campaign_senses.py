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
- A voter casting a ballot for or against a candidate or a party is taking part in an election, no act toward them
  (dump s25): "Singh voted for the Republican nominees in 2008 and 2012", "Democrats who are voting for a Republican
  president for the first time", "he will not vote for Trump". Only a vote whose object is a person, a party or a
  candidate word counts, cast by someone who is no body that votes on its own business: "the Senate voted for the
  bill", "senators voted against Mishustin's nomination" and "parliament voted for Mishustin as prime minister" stay
  (private_ballot, read with the sides found).
Stop 25 (PolNeAR train audit s25, class N2): battling or fighting someone "for the top spot in polls" or "in a
primary" (cue lists ``contest_noun``, ``contest_more``) and beating them "in hypothetical match-ups" is contending;
backing or rejecting "by 20 points" or "by 59.6 percent of voters" is a poll or a vote count; declining to run for
reelection is a candidate's decision; accepting money "in campaign contributions", or "$200,000 in indirect
donations", is campaign finance. "The army
battled the rebels for control of the town", "the parliament rejected the bill by 300 votes to 50" (no share or
margin word) and "Greece accepted the bailout" stay.
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
CONTENDING = {"battle", "fight", "vie", "compete"}  # "battling Carson for the top spot in polls"
OFFICES = {"reelection", "re-election", "office", "president", "presidency", "term", "seat", "governor", "senate",
           "congress", "mayor", "nomination"}


def campaign_sense(trigger: Trigger, lang: str) -> bool:
    """The English trigger is a word of an election campaign, no act (module docstring)."""
    if lang != "en":
        return False
    token, own = trigger.token, lemma(trigger.token, lang)
    if trigger.cue.type == "ASSAULT" and own in WINNING | CONTENDING and not trigger.is_nominal:
        return _won_contest(token) if own in WINNING else _contest_places(token, deep=True)
    if trigger.cue.type in {"SUPPORT", "REJECT", "AGREE"} and not trigger.is_nominal and _by_margin(token):
        return True  # "Women back him by almost 20 points", "was rejected by 59.6 percent of voters"
    if trigger.cue.type == "REJECT" and own in {"decline", "refuse"} and _run_declined(token):
        return True  # "declined to run for reelection"
    if trigger.cue.type == "AGREE" and own in {"accept", "take"} and _campaign_money(token):
        return True  # "accepting millions from the industry in campaign contributions"
    if trigger.cue.type == "AID" and trigger.is_nominal and own in {"donation", "contribution"} and _money_taken(token):
        return True  # "accepted about $200,000 in indirect donations from Wall Street"
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
    return _contest_places(verb)


def _contest_places(verb: Token, deep: bool = False) -> bool:
    """"in the Republican primary", "in hypothetical match-ups"; ``deep``: anywhere in the phrase, "battling Carson
    for the top spot in many Republican polls"."""
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "for"}]
    if deep:
        return any(_contest_word(t) for p in places for t in p.subtree if t.pos_ in {"NOUN", "PROPN"})
    return any(_contest_word(g) for p in places for g in p.children if g.dep_ == "pobj")


def _contest_word(noun: Token) -> bool:
    """A contest or a standing; a hyphenated compound counts whole ("match-ups" is parsed as "match - ups")."""
    contests = words("contest_noun") | words("contest_more")
    if lemma(noun, "en") in contests or noun.lower_ in contests:
        return True
    hyphened = noun.doc[max(noun.i - 2, noun.sent.start):noun.i + 1].text.lower().replace(" ", "")
    return any(hyphened.endswith(word) for word in contests if "-" in word)


def _by_margin(verb: Token) -> bool:
    """A "by" phrase measuring a share or a margin: "back him by almost 20 points", "rejected by 59.6 percent"."""
    return any(t.lower_ in MEASURES | {"margin", "points"} for c in verb.children if c.dep_ in {"prep", "agent"}
               and c.lower_ == "by" for t in c.subtree)


def _run_declined(verb: Token) -> bool:
    """"declined to run for reelection", "refused to seek another term"."""
    runs = [c for c in verb.children if c.dep_ == "xcomp" and lemma(c, "en") in {"run", "seek"}]
    return any(lemma(t, "en") in OFFICES for r in runs for t in r.subtree if t.i != r.i)


def _campaign_money(verb: Token) -> bool:
    """"accepting millions ... in campaign contributions", "took $200,000 in donations"."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "obj"} or c.dep_ == "prep" and c.lower_ == "in"]
    return any(lemma(t, "en") in {"contribution", "donation"} for o in taken for t in o.subtree)


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


BODY_SECTORS = {"LEG", "GOV", "JUD", "IGO", "MIL"}  # bodies whose votes are their own acts (a chamber, a council)
PARTY_WORDS = {"democrat", "republican", "democrats", "republicans", "tory", "tories", "conservative", "liberal",
               "labour"}


def private_ballot(trigger: Trigger, sources: list, lang: str) -> bool:
    """An English "vote for/against" a person, party or candidate by a voter that is no body (module docstring)."""
    token = trigger.token
    if lang != "en" or trigger.is_nominal or lemma(token, lang) != "vote":
        return False
    if any(hit.actor.sector in BODY_SECTORS for hit in sources):
        return False
    voted = [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "against"}
             for o in c.children if o.dep_ == "pobj"]
    return any(_elected(o) for o in voted)  # "for a Republican president for the first time"


def _elected(noun: Token) -> bool:
    """A person's name, a party or a candidate word ("the Republican nominees", "a Republican president")."""
    own = lemma(noun, "en")
    if noun.ent_type_ == "PERSON" or own in words("candidate_noun") or noun.lower_ in PARTY_WORDS:
        return True
    return own in {"president", "nominee", "party"} and any(c.lower_ in PARTY_WORDS for c in noun.children)


def _money_taken(noun: Token) -> bool:
    """A donation noun taken by its receiver: the object of accept/take/receive/raise, directly or through "in"."""
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
    if governor.pos_ not in {"VERB", "AUX"} and governor.dep_ in {"dobj", "obj"}:
        governor = governor.head  # "accepted about $200,000 in indirect donations"
    return lemma(governor, "en") in {"accept", "take", "receive", "raise", "collect", "solicit"}
