"""Trigger words in an everyday sense read off their own subject or object (blind wire sweep s25, nothing-to-code
sentences that share an event word): the markets' "rally" and "strike" with an object of finding or of manner.

- Prices, shares, currencies and indices that "rally" (cue list ``market_mover``) recover, nobody demonstrates:
  "Shares rallied on the Tokyo stock exchange", "oil prices rallied", "a stock market rally". "Supporters rallied in
  Nairobi" and "a rally against the reform" stay protests.
- "strike" with an object it finds or adopts (cue list ``struck_idiom``: oil, gas, gold, a tone, a balance, a chord,
  a pose) is no attack: "a British company struck oil off Namibia", "the president struck a conciliatory tone".
  "Rebels struck a convoy" stays an attack; "struck a deal" is AGREE by its own multiword cue.
- Prices, shares and indices that "decline" by a measure fall, nobody refuses: "Japan's Nikkei declined 0.3%",
  "shares declined 12 cents" (a number, a percentage or a market word as subject); "declined to comment" stays.
- "charge" in the accounting sense (TimeBank dev audit s26, class N7: a cost booked, no accusation): a sum charged
  ("charged $46 million against earnings") or a charge of a sum or of a bookkeeping kind (cue list
  ``booked_charge``: "a one-time charge of $14.8 million", "a pretax restructuring charge"). "charged the
  minister with fraud" and "charges of corruption" stay accusations.
Read as triggers are found (triggers.py), so that no step codes these words.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
OBJECTS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
MODIFIERS = {"compound", "amod", "nmod"}


def everyday_sense(token: Token, event_type: str, nominal: bool) -> bool:
    """The English trigger word ``token`` is used in a market or idiom sense (module docstring)."""
    own = lemma(token, "en")
    if event_type == "PROTEST" and own == "rally":
        return _market_rally(token, nominal)
    if event_type == "ASSAULT" and own == "strike" and not nominal:
        return any(lemma(o, "en") in words("struck_idiom") for o in token.children if o.dep_ in OBJECTS)
    if event_type == "REJECT" and own == "decline" and not nominal:
        return _market_fall(token)
    if event_type == "ACCUSE" and own == "charge":
        return accounting_charge(token, nominal)
    return False


def accounting_charge(token: Token, nominal: bool) -> bool:
    """"charged $46 million against earnings", "a one-time charge of $14.8 million": a cost booked."""
    booked = words("booked_charge")
    if nominal and any(c.dep_ in MODIFIERS and c.lower_ in booked for c in token.children):
        return True
    parts = [c for c in token.children if c.dep_ in OBJECTS | {"prep"}] if not nominal else \
        [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    for part in parts:
        below = list(part.subtree)
        if any(t.tag_ == "$" or t.lower_ in {"million", "billion"} for t in below):
            return True
        if part.lower_ == "against" and any(lemma(t, "en") in booked for t in below):
            return True
    return False


def _market_rally(token: Token, nominal: bool) -> bool:
    """"shares rallied", "the dollar's rally", "a stock market rally", "a rally in oil prices"."""
    movers = words("market_mover")
    if not nominal:
        return any(c.dep_ in SUBJECTS and _mover(c, movers) for c in token.children)
    if any(c.dep_ in MODIFIERS | {"poss"} and _mover(c, movers) for c in token.children):
        return True
    if any(p.dep_ == "prep" and p.lower_ == "in" and any(_mover(g, movers) for g in p.children if g.dep_ == "pobj")
           for p in token.children):
        return True
    following = token.doc[token.i + 1: token.i + 5]  # "the rally in bank stocks", the "in" hung on the verb
    return len(following) > 1 and following[0].lower_ == "in" \
        and any(_mover(t, movers) for t in following[1:] if t.pos_ == "NOUN")


def _market_fall(token: Token) -> bool:
    """"the Nikkei declined 0.3%", "shares declined 12 cents": a measured fall, or a market word falling."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return False  # "declined to comment"
    measures = {"npadvmod", "dobj", "obj", "advmod", "prep"}
    if any(c.dep_ in measures and any(t.like_num or t.text == "%" for t in c.subtree) for c in token.children):
        return True
    movers = words("market_mover")
    return any(c.dep_ in SUBJECTS and _mover(c, movers) for c in token.children)


def _mover(token: Token, movers: frozenset[str]) -> bool:
    """A market word itself or one named by its compound ("oil prices", "Tokyo shares")."""
    return lemma(token, "en") in movers or any(c.dep_ == "compound" and lemma(c, "en") in movers for c in token.children)
