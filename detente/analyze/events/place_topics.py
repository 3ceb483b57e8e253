"""Places, occasions and topics that name no side of an act (stop 26, wire news). A phrase that tells where
someone was held, at what occasion an act happened, what a talk was about, or which land an invasion took is
not read as the act's doer or recipient:

- "Keating was released from prison": a place of holding is where the released one leaves, not a party.
- "the assassination of Rabin at a Tel Aviv peace rally": an at-phrase whose noun is itself an event (a rally, a
  meeting) is the occasion; the place name on it is no one aimed at.
- "Clinton discussed the Iraq crisis with Blair": a discussion's object named only by a country modifier on a
  thing ("the Iraq crisis") is the topic; the partner is the one met or talked with.
- "the Kuwait invasion": a country name modifying an invasion noun is the land invaded (the doer is an adjective,
  "the Iraqi invasion", or a possessor, "Iraq's invasion"); not an abbreviation ("the U.S. invasion"), which news
  copy uses as an adjective, and not when an of-phrase names the land ("the U.S. invasion of Panama").
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.lemmas import lemma, word_listed
from detente.analyze.events.lexicon import cues_of, words


def holding_place(obj: Token) -> bool:
    """The object of a from-phrase is a place of holding ("from prison", "from custody")."""
    return obj.lemma_.lower() in words("holding_place") or obj.lower_ in words("holding_place")


def occasion(obj: Token, lang: str) -> bool:
    """The object of an at-phrase is an event noun (a cue of any type: "at a peace rally", "at the summit")."""
    return lang == "en" and obj.pos_ == "NOUN" and bool(cues_of(obj, lang))


def topic_hit(obj: Token, hit: ActorHit, offset: int) -> bool:
    """The actor of a discussion's direct object lies only in a modifier before the object's head noun, which is
    not itself an actor, as a compound name ("the Iraq crisis", "the Gaza ceasefire"), so the object is a topic; not an
    adjective on a person ("his South Korean counterpart")."""
    if obj.pos_ != "NOUN" or hit.end > offset + obj.idx or lemma(obj, "en") in words("role"):
        return False  # "telephoned his South Korean counterpart": a person the modifier gives a country
    named = [t for t in obj.children if t.dep_ == "compound" and offset + t.idx < hit.end and offset + t.idx + len(t) > hit.start]
    return bool(named) and all(t.pos_ == "PROPN" for t in named)


def invaded_modifier(modifier: Token, noun: Token, lang: str) -> bool:
    """``modifier`` is a country name compounded on an invasion noun, with no of-phrase naming the land."""
    if lang != "en" or modifier.dep_ != "compound" or modifier.pos_ != "PROPN":
        return False
    if not word_listed(noun, "invaded_noun", lang):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "the U.S. invasion of Panama": the of-phrase is the land
    text = "".join(t.text for t in modifier.subtree)
    return not ("." in text or text.isupper())  # "U.S.", "UK", "USSR": used as adjectives of the doer


def topic_partners(obj: Token, frame: Frame) -> list[ActorHit]:
    """The with-phrase the parser hangs on a discussion's topic ("discussed [the Syria crisis with Macron]"): the
    partner."""
    return [h for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in prep_objects(c)[1] for h in actors_of(o, frame)]
