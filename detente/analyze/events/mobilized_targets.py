"""Whom forces set in motion are aimed at: the country they are sent into, massed near or mobilized against (not
the doer's own forces, which are what moves), and the country an act is done in when its doers were sent there to do
it. Split out of targets.py (no behaviour change)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import PREP_DEPS, ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.place_countries import named_or_placed
from detente.analyze.events.targets import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SENT_TO_PREPS
from detente.analyze.events.triggers import Trigger

if TYPE_CHECKING:
    from detente.analyze.events.found_roles import Participants


BORDER_WORDS = {"border", "frontier", "boundary", "frontera", "límite"}


def mobilized_against(head: Token, frame: Frame, found: Participants) -> None:
    """"Britain mobilized army reservists for a possible war against Iraq": the forces set in motion are the
    actor's own, not the target; the target is whom they are mobilized against (PLOVER)."""
    own_forces_moved(head, frame, found)
    moved = OBJECT_DEPS | PASSIVE_SUBJECT_DEPS  # "troops were sent to Liberia by Nigeria": the troops are Nigeria's
    forces = {h.actor.id for c in head.children if c.dep_ in moved for f in (c, *c.conjuncts)
              for h in actors_of(f, frame, fallback=False)}  # "sent warships to the Gulf and troops to Saudi Arabia"
    found.targets = [h for h in found.targets if h.actor.id not in forces or h.actor.sector not in {"MIL", "COP", None}]
    own = {h.actor.country for h in found.sources}
    if found.sources and all(h.actor.country in own and h.actor.sector in {"MIL", "COP"} for h in found.targets):
        # then the country they are sent into ("deployed to Chad"), not the doer's own forces
        into = sent_into(head, frame, {h.actor.id for h in found.sources} | forces, frozenset(own))
        if into or not found.targets:
            found.targets, found.fallback_target = into, bool(into)
    if found.targets and not found.fallback_target:
        return
    bordering: list[ActorHit] = []
    for token in head.subtree:
        if token.dep_ in PREP_DEPS:
            prep, objects = prep_objects(token)
            if prep in {"against", "contra"}:
                hits = [h for obj in objects for h in actors_of(obj, frame)]
                if hits:
                    found.targets = hits
                    found.fallback_target = False
                    return
            after_border = token.i > 0 and lemma(token.doc[token.i - 1], frame.lang) in BORDER_WORDS  # parser hangs it on the verb
            if prep in {"with", "con"} and (lemma(token.head, frame.lang) in BORDER_WORDS or after_border) and not bordering:
                bordering = [h for obj in objects for h in actors_of(obj, frame)]  # "to its border with Iraq"
    if bordering:
        found.targets = bordering
        found.fallback_target = False
    elif not found.targets and found.sources:
        found.targets += staged_near(head, frame, {h.actor.country for h in found.sources})


STAGING_PREPS = {"near", "around", "outside", "along", "at", "on"}


def staged_near(head: Token, frame: Frame, own: set) -> list[ActorHit]:
    """"Serb forces massed tanks outside the Bosnian town of Bihac", "massed troops near the Kuwaiti border": forces
    gathered at another country's place are mobilised against that country (not at a place of their own)."""
    phrases = [c for c in head.children if c.dep_ in PREP_DEPS] + [
        g for c in head.children if c.dep_ in {"dobj", "obj"} for g in c.children if g.dep_ in PREP_DEPS]
    return [h for phrase in phrases if prep_objects(phrase)[0] in STAGING_PREPS
            for obj in prep_objects(phrase)[1] for h in named_or_placed(obj, frame)
            if h.actor.country and h.actor.country not in own][:1]


def own_forces_moved(head: Token, frame: Frame, found: Participants) -> None:
    """"The army was deployed", "Israeli troops were withdrawn": the passive subject, a force, is the actor."""
    moved = [h for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS for h in actors_of(c, frame, fallback=False)]
    moved = [h for h in moved if h.actor.sector in {"MIL", "COP"}]
    if moved and not found.sources:  # "the army was deployed": the force mobilised is the actor
        found.sources = moved
        found.targets = [h for h in found.targets if h.actor.id not in {m.actor.id for m in moved}]


SENDING_VERBS = {"deploy", "dispatch", "rush", "fly", "airlift", "post", "station"}  # besides the ``giving`` list


def sent_into(verb: Token, frame: Frame, exclude: set[str], own: frozenset = frozenset()) -> list[ActorHit]:
    """The actor, or the country of the place, in the to/into phrase of a verb of sending or deploying (or of what it
    sends: the parser often hangs "a delegation to Angola" on the noun)."""
    holders = [verb] + [o for c in verb.children if c.dep_ in OBJECT_DEPS for o in (c, *c.conjuncts)]
    holders += [g for h in holders[1:] for g in _sent_forces(h)]
    return [h for holder in holders for child in holder.children if child.dep_ in PREP_DEPS
            for prep, objects in [prep_objects(child)] if prep in SENT_TO_PREPS
            for o in objects for h in named_or_placed(o, frame)
            if h.actor.country and h.actor.id not in exclude and h.actor.country not in own][:1]


def _sent_forces(thing: Token) -> list[Token]:
    """"sent thousands of troops backed by jets into Iraq": the parser hangs the destination on the counted noun
    or on a participle describing what is sent."""
    counted = [o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return counted + [a for t in (thing, *counted) for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"]


def sent_there(trigger: Trigger, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"sent 21 personnel to Bosnia to investigate ...", "deployed troops to Chad to monitor the truce": an act in the
    purpose clause of a verb of sending is done in the country they were sent to (PLOVER's target), when nobody else
    is named."""
    clause = trigger.token
    if clause.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []  # cheap test first: only a to-infinitive purpose clause
    verb = clause.head
    if verb.pos_ != "VERB" or lemma(verb, frame.lang) not in words("giving") | SENDING_VERBS:
        return []
    return sent_into(verb, frame, exclude)
