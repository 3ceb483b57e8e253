"""A place name that modifies an act noun ("the Capitol attack", "the New York arrests", "the Paris talks") tells
where the act happened, not who did it: a city, region or building is no doer. A country name or a demonym in
that slot ("the Russia sanctions", "the Israeli strikes") still names the side that acts."""
from __future__ import annotations

from spacy.tokens import Token

from detente.knowledge.actors import default_knowledge
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.words import site_nouns

SITE_ENTITIES = {"FAC", "GPE", "LOC"}
STATE_KINDS = {"country", "demonym"}


def names_site(modifier: Token) -> bool:
    """``modifier`` is a compound place name (not a country's) or site noun ("the school shooting", "the mosque
    attack", "the consulate attack"; site_nouns.txt) on the act noun it modifies."""
    if modifier.dep_ == "compound" and modifier.pos_ == "NOUN":
        return modifier.lemma_.lower() in site_nouns() or modifier.lower_ in site_nouns()
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN" or modifier.ent_type_ not in SITE_ENTITIES:
        return False
    words = [t for t in modifier.subtree if t.pos_ == "PROPN"]
    text = " ".join(t.text for t in words)
    knowledge = default_knowledge()  # short acronyms ("U.S.", "UK") sit in the case-sensitive table
    entries = knowledge.phrases.get(phrase_key(text), []) + knowledge.exact.get(text, []) \
        + knowledge.exact.get(text.replace(".", ""), [])
    return not any(e.kind in STATE_KINDS for e in entries)
