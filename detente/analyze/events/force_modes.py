"""The codebook mode of an attack or a mobilization where the trigger word's usual one is not it: the weapon used,
or the kind of force that moves.

- Missiles fired by planes are an aerial attack; a bombing by rebels or gangs with no aircraft named is explosives.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import mode_hints, words
from detente.analyze.events.sector_groups import ARMED
from detente.analyze.events.triggers import Trigger

IRREGULARS = {"REB", "PRM", "UAF", "CRM"}  # armed groups without air forces


def weapon_or_force_mode(event_type: str, mode: str | None, trigger: Trigger, sources: list, targets: list,
                         lang: str) -> str | None:
    """The codebook's mode where the trigger word's usual one is not it: the weapon of an attack, the force mobilized."""
    if event_type == "ASSAULT" and mode in {"aerial", "heavy-weapons"}:
        return _weapon_mode(mode, trigger, sources, lang)
    if event_type == "ASSAULT" and mode is None and trigger.token.dep_ == "advcl":
        return _cause_mode(trigger.token.head, lang)  # "a car bomb exploded, killing twelve": the bomb's mode
    if event_type == "PROTEST" and mode == "strike" and any(
            lemma(c, lang) == "hunger" for t in trigger.tokens for c in t.children if c.dep_ in {"compound", "amod", "nmod"}):
        return "hunger"  # "staged a hunger strike": the light verb's strike is a hunger strike
    if event_type == "MOBILIZE" and mode in {None, "troops"} and _weapons_readied(trigger, lang):
        return "weapons"  # "placed its nuclear forces on alert", "positioned missiles in Kaliningrad" (codebook)
    if event_type == "MOBILIZE" and mode in {None, "troops"}:
        return _mobilized_mode(mode, sources, targets)  # "soldiers patrolled the streets", "police were deployed"
    return mode


def _weapon_mode(mode: str, trigger: Trigger, sources: list, lang: str) -> str:
    """Missiles fired by planes are an aerial attack; a "bombing" by rebels, militias or gangs (no air force) with no
    aircraft in the clause is a bomb (explosives)."""
    clause = list(trigger.token.subtree) if not trigger.is_nominal else list(trigger.token.head.subtree)
    aircraft = any(lemma(t, lang) in words("aircraft") for t in clause)
    if mode == "heavy-weapons" and aircraft and lemma(trigger.token, lang) in {"fire", "launch"} and any(
            c.dep_ == "nsubj" and any(lemma(t, lang) in words("aircraft") for t in c.subtree) for c in trigger.token.children):
        return "aerial"  # "U.S. planes fired missiles at Iraqi radar sites"
    if mode == "aerial" and lemma(trigger.token, lang) in {"bomb", "bombing"} and not aircraft \
            and sources and all(hit.actor.sector in IRREGULARS for hit in sources):
        return "explosives"  # "Basque separatists bombed a police barracks"
    return mode


def _weapons_readied(trigger: Trigger, lang: str) -> bool:
    """The verb's object is a weapons system (MOBILIZE weapons hints: missiles, nuclear forces)."""
    hints = next((h for name, h in mode_hints().get("MOBILIZE", ()) if name == "weapons"), frozenset())
    return not trigger.is_nominal and any(lemma(t, lang) in hints for c in trigger.token.children
                                          if c.dep_ in {"dobj", "obj"} for t in c.subtree)


def _cause_mode(verb: Token, lang: str) -> str | None:
    """The mode hinted by the subject of the verb whose outcome the harm is ("a mortar round hit the market, killing")."""
    said = {lemma(t, lang) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return next((mode for mode, hints in mode_hints().get("ASSAULT", ()) if said & hints), None)


def _mobilized_mode(mode: str | None, sources: list, targets: list) -> str | None:
    """The MOBILIZE mode read off the forces that move or are moved: police only (police), militias or rebels only
    (militia), else troops; unchanged when no force is named."""
    forces = {hit.actor.sector for hit in sources + targets} & ARMED
    if forces == {"COP"}:
        return "police"
    if forces and forces <= IRREGULARS:
        return "militia"
    return "troops" if mode or sources else mode
