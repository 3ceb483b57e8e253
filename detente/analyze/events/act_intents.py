"""What an act not done yet is, read off its clause: forces readying an attack or ordered to it mobilize, an act
announced on a condition threatens, a promised act against no one but the promiser's own country is a commitment,
and a deployment for relief work is aid. The coder's type rules ask these; split out of coder.py (no behaviour
change)."""
from __future__ import annotations

from detente.analyze.events.actor_lookup import Frame, actors_of
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_of, words
from detente.analyze.events.sector_groups import ARMED
from detente.analyze.events.triggers import Trigger, is_stative


def forces_preparing(token, found, lang: str) -> bool:
    """Armed forces actively preparing the act ("the army prepared to resume shelling"), not stating their
    readiness ("the army is prepared to attack", a threat)."""
    if not found.sources or not all(hit.actor.sector in ARMED for hit in found.sources):
        return False
    current = token
    for _ in range(3):
        if current.dep_ not in {"xcomp", "dobj", "obj", "ccomp"} or current.head.i == current.i:
            return False
        current = current.head
        if lemma(current, lang) in {"prepare", "preparar", "alistar"}:
            return not is_stative(current)
    return False


def ordered_forces(token, frame: Frame) -> set[str]:
    """Sectors of the armed forces or police a command verb orders to do ``token``'s act ("ordered the army to
    attack"); empty when the one ordered is not a force."""
    if token.dep_ != "xcomp" or lemma(token.head, frame.lang) not in words("command"):
        return set()
    ordered = [h for c in token.head.children if c.dep_ in {"dobj", "obj"} for h in actors_of(c, frame)]
    sectors = {hit.actor.sector for hit in ordered}
    return sectors if ordered and sectors <= {"MIL", "COP"} else set()


def on_condition(token) -> bool:
    """The trigger's clause carries an "unless" / "a menos que" / "salvo que" condition."""
    for child in token.children:
        if child.dep_ in {"advcl", "ccomp"}:
            marks = " ".join(c.lower_ for c in child.children if c.dep_ in {"mark", "advmod", "case"})
            if "unless" in marks or "menos" in marks or "salvo" in marks:
                return True
    return False


def self_directed_promise(trigger: Trigger, found, lang: str) -> bool:
    """A promise verb (an AGREE cue read as a threat by ``outermost``) whose sources and targets all have one and
    the same country."""
    cues = cues_of(trigger.token, lang)
    if trigger.is_nominal or not any(c.type == "AGREE" for c in cues) or any(c.type == "THREATEN" for c in cues):
        return False
    countries = {hit.actor.country for hit in found.sources + found.targets}
    return bool(found.sources) and bool(found.targets) and len(countries) == 1 and None not in countries


def for_relief(token, lang: str) -> bool:
    """The trigger's purpose clause is relief work ("deployed to rescue residents", "para ayudar a los damnificados")."""
    relief = words("relief")
    if any(child.dep_ in {"advcl", "xcomp", "acl"} and lemma(child, lang) in relief for child in token.children):
        return True
    # "dispatched rescue teams", "deployed medical staff": what is sent is relief
    sent = [t for child in token.children if child.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"} for t in child.subtree]
    # "sent four air force planes with tents and medicine": what the deployment carries
    sent += [t for child in token.children if child.dep_ == "prep" and child.lower_ == "with" for t in child.subtree]
    return any(lemma(t, lang) in words("relief_goods") for t in sent)
