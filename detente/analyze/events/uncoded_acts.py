"""Acts whose trigger word is a cue but that the codebook does not code: a figurative attack, a ban or sanction
aimed at no one, administrative easing, budgeting at home, and civilians mobilizing.

- A legal, diplomatic or media "offensive" or "battle" is no use of force: it codes nothing as an ASSAULT.
- Money given or released through a funding word is AID only to a recipient abroad; at home it is budgeting.
- Lifting a requirement, quota, limit or emergency is a concession only towards a named recipient with a country
  ("waived the visa requirement for Chinese tourists"); "waived means-testing requirements" is administration.
"""
from __future__ import annotations

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.sector_groups import CIVILIAN_GROUPS
from detente.analyze.events.triggers import Trigger


def figurative_attack(trigger: Trigger, lang: str) -> bool:
    """An attack noun whose modifier makes it a non-violent campaign ("waged a legal offensive", "a charm
    offensive", "a diplomatic battle")."""
    if trigger.cue.type != "ASSAULT" or not trigger.is_nominal:
        return False
    noun = trigger.token
    return any(c.dep_ in {"amod", "compound"} and lemma(c, lang) in words("figurative") for c in noun.children)


def unaimed_measure(trigger: Trigger, frame) -> bool:
    """A verb that punishes or bans only when aimed at someone (cue list ``aimed_only``: "sanction", "ban") whose
    direct object names no one: "the bank sanctioned a loan" approves, "the council banned smoking in restaurants" is
    a rule for everyone; "the US sanctioned three banks", "Egypt banned the Brotherhood" stay events."""
    from detente.analyze.events.actor_lookup import actors_of

    if trigger.is_nominal or len(trigger.tokens) > 1 or lemma(trigger.token, frame.lang) not in words("aimed_only"):
        return False
    objects = [c for c in trigger.token.children if c.dep_ in {"dobj", "obj"}]
    named = {"PROPN"}
    return bool(objects) and not any(o.pos_ in named or o.ent_type_ or lemma(o, frame.lang) in words("bannable")
                                     or actors_of(o, frame, fallback=False) for o in objects)


def administrative_easing(trigger: Trigger, targets: list, lang: str) -> bool:
    """A lifted restriction of the kind governments also lift at home ("waived the requirement", "ended the
    emergency", cue list ``soft_restriction``) with no recipient that has a country: no political concession."""
    if trigger.cue.type != "CONCEDE" or "@restriction" not in trigger.cue.words:
        return False
    lifted = [lemma(t, lang) for t in trigger.tokens[1:] if lemma(t, lang) in words("restriction")]
    if not lifted or lifted[0] not in words("soft_restriction"):
        return False
    return not any(hit.actor.country for hit in targets)


def domestic_funding(trigger: Trigger, sources: list, targets: list) -> bool:
    """Money given, released or approved ("provided two-thirds of the requested funding", cue class ``funding``)
    with no recipient abroad: budgeting at home, not PLOVER AID to another party."""
    if trigger.cue.type != "AID" or "@funding" not in trigger.cue.words:
        return False
    own = {hit.actor.country for hit in sources}
    return not any(hit.actor.country and hit.actor.country not in own for hit in targets)


def civilian_mobilization(sources: list, targets: list) -> bool:
    """Everyone who moves or is moved is a civilian group (business, press, unions, students ...): no military or
    police posturing (PLOVER MOBILIZE)."""
    sides = [hit.actor for hit in sources + targets]
    return bool(sources) and all(a.sector in CIVILIAN_GROUPS for a in sides)
