""""Pakistan summoned India's envoy to lodge a protest": the infinitive after a verb of summoning tells why the
summoner called the envoy in, so the summoner protests (demands, warns) and the one summoned hears it. Other verbs
with an object and an infinitive ("urged Iran to halt", "ordered troops to fire") leave the act to their object."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

OBJECT_DEPS = {"dobj", "obj"}


def summoning_purpose(verb: Token, lang: str) -> Token | None:
    """The summoning verb whose purpose infinitive ``verb`` is, else None."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.i == verb.i or lemma(head, lang) not in words("summoning"):
        return None
    if not any(c.dep_ in {"aux", "mark"} and c.lower_ in {"to", "para"} for c in verb.children) and lang == "en":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return head


def summoned(head: Token) -> list[Token]:
    """Those the summoning verb calls in (its objects)."""
    return [c for c in head.children if c.dep_ in OBJECT_DEPS]
