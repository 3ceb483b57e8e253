"""What a country named in a sentence says about the bodies around it: a sentence's subject or the dateline is the
story's topic ("Moscow condemned the strikes on Yugoslavia. The defence ministry said ..." is Russia's ministry), a
destination only says where someone went ("El canciller viajó a Washington"), and a diplomat 'from'/'in' a capital
stands at his post there ("recalled its ambassador from New Delhi"), not in his own country."""
from __future__ import annotations

from spacy.tokens import Span, Token

from detente.knowledge.actors import diplomat_titles
from detente.knowledge.actors.words import motion_verbs

DESTINATION_PREPOSITIONS = {"to", "into", "a", "hacia"}
POST_PREPOSITIONS = {"from", "in", "to", "en", "ante"}


def is_topic_subject(span: Span) -> bool:
    """The phrase is the subject of its clause (conjuncts and appositions climbed), in the active voice."""
    token = span.root
    while token.dep_ in {"conj", "appos", "compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj"


def phrase_preposition(root: Token) -> Token | None:
    """The preposition a phrase's head hangs on: its head in the English parse ("to Washington"), its case marker in
    the Spanish one ("a Madrid"); None when the phrase is no prepositional object."""
    if root.dep_ == "pobj":
        return root.head
    if root.dep_ in {"obl", "nmod"}:
        return next((c for c in root.children if c.dep_ == "case"), None)
    return None


def is_destination(span: Span) -> bool:
    """'travelled to Washington', 'viajó a Madrid', 'llegó a Caracas': the object of a motion verb's to-phrase."""
    root = span.root
    preposition = phrase_preposition(root)
    if preposition is None or preposition.lower_ not in DESTINATION_PREPOSITIONS:
        return False
    verb = preposition.head if root.dep_ == "pobj" else root.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in motion_verbs()


def posted_diplomat(span: Span, titles: set[str]) -> bool:
    """'its ambassador from New Delhi', 'the envoy in Kabul': a diplomat title with a place of posting after it."""
    diplomats = diplomat_titles()
    if not any(title in diplomats or any(word in diplomats for word in title.split()) for title in titles):
        return False
    return any(t.lower_ in POST_PREPOSITIONS and t.dep_ in {"prep", "case"} and t.i > span.start for t in span)
