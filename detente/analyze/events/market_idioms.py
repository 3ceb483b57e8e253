"""Trigger words in an everyday sense read off their own subject or object (blind wire sweep s25, nothing-to-code
sentences that share an event word): the markets' "rally" and "strike" with an object of finding or of manner.

- Prices, shares, currencies and indices that "rally" (cue list ``market_mover``) recover, nobody demonstrates:
  "Shares rallied on the Tokyo stock exchange", "oil prices rallied", "a stock market rally". "Supporters rallied in
  Nairobi" and "a rally against the reform" stay protests.
- "strike" with an object it finds or adopts (cue list ``struck_idiom``: oil, gas, gold, a tone, a balance, a chord,
  a pose) is no attack: "a British company struck oil off Namibia", "the president struck a conciliatory tone".
  "Rebels struck a convoy" stays an attack; "struck a deal" is AGREE by its own multiword cue.
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
    return False


def _market_rally(token: Token, nominal: bool) -> bool:
    """"shares rallied", "the dollar's rally", "a stock market rally", "a rally in oil prices"."""
    movers = words("market_mover")
    if not nominal:
        return any(c.dep_ in SUBJECTS and _mover(c, movers) for c in token.children)
    if any(c.dep_ in MODIFIERS | {"poss"} and _mover(c, movers) for c in token.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(_mover(g, movers) for g in p.children if g.dep_ == "pobj")
               for p in token.children)


def _mover(token: Token, movers: frozenset[str]) -> bool:
    """A market word itself or one named by its compound ("oil prices", "Tokyo shares")."""
    return lemma(token, "en") in movers or any(c.dep_ == "compound" and lemma(c, "en") in movers for c in token.children)
