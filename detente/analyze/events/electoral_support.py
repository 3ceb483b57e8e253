"""Support that is only a share of voters, or only sought, hoped for or out of reach, is given to no one (held-out
real-news audit s25, counts only: SUPPORT was the worst coded type, most of its rows election senses or endorsements
that are conditional or negated; dev instances from the PolNeAR train audits s24/s25, class N2/N4).

- Voters backing a candidate (a subject from cue list ``voter_noun``: voters, women, independents, the electorate)
  is a poll or ballot reading, no endorsement: "Women back him by almost 20 points", "Most independents favour
  Haley". "The union endorsed Biden" and "the NEA backed Clinton" (bodies) stay SUPPORT.
- A noun of support that is the object of a verb of seeking (cue list ``support_seeking``: "pursuing support from
  fellow lawmakers", "courting the backing of party elders") is asked for, not given; one that is the object of a
  verb of getting (``support_getting``: get, win, gain, secure) is not given either when that verb is negated,
  carries a modal or is itself an infinitive ("legislation that could not get the support of 67 senators", "hopes
  to win the endorsement of the union"). "She won the endorsement of the National Education Association" (done)
  stays SUPPORT.
- Support tallied or moving ("where each candidate's support came from", "her support slipped", "a lead in
  congressional endorsements") is a share, no act.
- Support given "with their vote" is a ballot.
- Money spent "to back" someone is campaign spending ("the super PAC spent $640,000 to back her").
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma, word_listed
from detente.analyze.events.lexicon import words

SHIFTING = {"come", "fall", "rise", "grow", "drop", "slip", "surge", "erode", "shrink", "climb", "dip", "decline",
            "increase", "soar", "plunge", "slide", "sag", "stall"}  # support that moves is a poll share
LEADS = {"lead", "edge", "advantage", "race", "gap"}  # "a lead in endorsements": a tally
SUPPORT_NOUNS = {"support", "backing", "endorsement", "blessing", "vote"}


def electoral_support(trigger, lang: str) -> bool:
    """The English SUPPORT trigger is voters' backing, or support only sought or out of reach (module docstring)."""
    if lang != "en" or trigger.cue.type != "SUPPORT":
        return False
    token: Token = trigger.token
    if trigger.is_nominal:
        return lemma(token, lang) in SUPPORT_NOUNS and (_ungiven(token) or _tallied(token))
    return token.pos_ in {"VERB", "AUX"} and (_voters_back(token) or _money_spent(token) or _by_ballot(token))


def _by_ballot(verb: Token) -> bool:
    """"started supporting him with their vote": support given by voting is a ballot."""
    return any(lemma(o, "en") in {"vote", "ballot"} for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for o in c.children if o.dep_ == "pobj")


def _money_spent(verb: Token) -> bool:
    """"spent $640,000 to back her": campaign spending, whose purpose is the backing."""
    return verb.dep_ in {"advcl", "xcomp"} and lemma(verb.head, "en") == "spend" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _voters_back(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in {"xcomp", "conj"}:  # "they continue to back Clinton"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_voter(s) for s in subjects)


def _voter(token: Token) -> bool:
    """"voters", "women", "independents"; "most of the voters" through its of-phrase."""
    if token.lower_ in {"most", "many", "some", "majority"}:
        token = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"), token)
    return word_listed(token, "voter_noun")


def _tallied(noun: Token) -> bool:
    """"each candidate's support came from", "support fell", "a lead in congressional endorsements": a share."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and lemma(noun.head, "en") in SHIFTING:
        return True
    if any(c.dep_ == "poss" and lemma(c, "en") in words("candidate_noun") for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and lemma(noun.head.head, "en") in LEADS


def _ungiven(noun: Token) -> bool:
    if noun.dep_ not in {"dobj", "obj"}:
        return False
    verb = noun.head
    own = lemma(verb, "en")
    if own in words("support_seeking"):
        return True
    if own not in words("support_getting"):
        return False
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
        or verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
