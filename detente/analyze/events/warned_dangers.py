"""A warning of, about or against a thing, addressed to no one, is an opinion, no threat (PolNeAR train audit s24,
class N1 "speech or opinion described": "Cruz warned against the fevered dreams of a brokered convention").

PLOVER THREATEN is the source holding out an act of its own against a recipient. "warned against the fevered dreams
of a brokered convention", "says she warned about surprises", "the sort of demographic change the party warned about
in its 2013 report" caution against an idea or a danger: no addressee, no act of the speaker, and what is warned of
is a plain thing (no actor, no event word). "Russia warned against any deployment of NATO troops" (an act warned
against), "Iran warned of war", "the US warned Russia against an invasion" (an addressee) and "warned that it would
retaliate" (a clause) stay.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame, actor_at_token
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_by_trigger
from detente.analyze.events.triggers import Trigger

ADDRESSED = {"dobj", "obj", "dative", "iobj", "ccomp", "xcomp", "advcl"}
TOPIC_PREPS = {"of", "about", "against"}


def warned_danger(trigger: Trigger, frame: Frame) -> bool:
    """An English "warn" of, about or against a plain thing, with no addressee or clause (module docstring)."""
    token = trigger.token
    if frame.lang != "en" or trigger.cue.type != "THREATEN" or trigger.is_nominal or lemma(token, "en") != "warn":
        return False
    if any(c.dep_ in ADDRESSED for c in token.children):
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
    if not preps:
        return False
    topics = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if not topics and token.dep_ == "relcl":
        topics = [token.head]  # "the sort of change the party warned about"
    return bool(topics) and all(_plain_thing(t, frame) for t in topics)


def _plain_thing(noun: Token, frame: Frame) -> bool:
    """A common noun that is no event word and no actor ("dreams", "surprises", "change")."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or cues_by_trigger("en").get(lemma(noun, "en")):
        return False
    return actor_at_token(noun, frame) is None
