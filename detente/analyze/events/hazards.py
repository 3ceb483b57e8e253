"""Disasters are not political events: hazards (earthquakes, floods, storms, fires, viruses) and accidents are never
the doer of an act, and the emergency measures they bring are not coercion.

"Typhoon Haiyan struck the Philippines", "floods in Pakistan displaced thousands", "a Russian plane crashed,
killing all 70 passengers" and "the government declared a state of emergency after the floods" code nothing:
PLOVER codes what political actors do to each other. Nor is a warning of what may happen a threat. Word lists: ``natural_agent`` and ``accident_verb`` in
knowledge/plover/cues.tsv.
"""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.lexicon import words
from detente.analyze.events.sector_groups import STATE_BODIES

SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
OBJECTS = {"dobj", "obj"}
FIRING = {"open", "return", "exchange", "cease", "abrir", "responder"}  # "opened fire": a weapon, not a blaze
FIGHTING = {"battle", "fight", "combat", "tackle", "combatir", "luchar"}  # fought the blaze
EMERGENCY_MODES = {"martial-law", "ban"}  # states of emergency; bans of civilians (curfews stay events)
# a cordon or closure with no adversary named ("police cordoned off the area after the gas explosion") is also relief
COLLIDING = {"hit", "strike", "collide"}  # with a road vehicle as subject and a vehicle as object: a collision
EVACUATION = {"evacuate", "evacuar", "evacuation", "evacuación"}
CIVILIANS = {"CVL", "REF", "EDU", "MED", "LAB", "AGR", "BUS", None}


def names_hazard(text: str) -> bool:
    """An actor mention that names a hazard ("Typhoon Haiyan", "the storm"), not a political actor."""
    hazards = words("natural_agent")
    return any(word in hazards for word in re.findall(r"[\w-]+", text.lower()))


def hazard_agent(trigger: Token, lang: str) -> bool:
    """The trigger's own subject or by-agent is a hazard ("floods in Pakistan displaced", "killed by the
    earthquake"), whatever the actor layer made of its modifiers."""
    hazards = words("natural_agent")
    for child in trigger.children:
        if child.dep_ in SUBJECTS and lemma(child, lang) in hazards and not weapon_fire(child, lang):
            return True
        if child.dep_ in {"agent", "obl:agent"} or (child.dep_ == "prep" and child.lower_ == "by"):
            if any(lemma(o, lang) in hazards and not weapon_fire(o, lang) for o in child.children if o.dep_ in {"pobj", "obj"}) \
                    or lemma(child, lang) in hazards:
                return True
    return False


def accident_harm(trigger: Token, lang: str) -> bool:
    """Harm told as the outcome of an accident: "the bus plunged off a bridge, killing 19", "two trains collided,
    killing 32", "an oil tanker collided with a cargo ship" (the accident verb has no object of its own)."""
    accidents = words("accident_verb")
    if _struck_by_thing(trigger, lang):
        return True  # "she was hit by a falling tree", "a boulder struck the car": nature or a structure, no one attacks
    current = trigger
    for _ in range(3):  # "a tanker exploded, killing 16 and injuring dozens": injuring < killing < exploded
        if lemma(current, lang) in accidents and not any(c.dep_ in OBJECTS for c in current.children) \
                and not armed_subject(current, lang):
            return True
        if lemma(current, lang) in COLLIDING and _wrecked(current, lang, "road_vehicle") and any(
                c.dep_ in OBJECTS and lemma(c, lang) in words("wreckable") for c in current.children):
            return True  # "a bus hit a tanker truck, killing 30": a road collision (not "jets struck a building")
        if current.dep_ not in {"advcl", "conj", "xcomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _struck_by_thing(verb: Token, lang: str) -> bool:
    """The verb's doer is a falling or natural thing (cue list ``falling_thing``): its by-agent, or its subject when
    the verb is active. Vehicles are left out: "a car hit the crowd" may be a ramming attack."""
    doers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(lemma(d, lang) in words("falling_thing") for d in doers)


def armed_subject(verb: Token, lang: str) -> bool:
    """The verb's subject is a weapon ("a car bomb exploded", "a mortar round landed"): an attack, no accident."""
    weapons = words("weapon")
    return any(c.dep_ in SUBJECTS and (lemma(c, lang) in weapons or any(
        g.dep_ == "compound" and lemma(g, lang) in weapons for g in c.children)) for c in verb.children)


def harm_by_hazard(trigger: Token, lang: str) -> bool:
    """The harm's stated cause is a hazard or a mishap: "killed in a helicopter crash", "killed in the blaze",
    "killed when a landslide hit their vehicle"."""
    causes = words("natural_agent") | words("mishap")
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "by", "from", "en", "por"}:
            if any(lemma(o, lang) in causes and not weapon_fire(o, lang) for o in child.children if o.dep_ == "pobj"):
                return True
        elif child.dep_ in {"obl", "nmod"} and lemma(child, lang) in causes:
            return True
        elif child.dep_ == "advcl" and any(s.dep_ in SUBJECTS and lemma(s, lang) in causes and not weapon_fire(s, lang)
                                           for s in child.children) and not _condition(child):
            return True
    return False


CONDITIONS = {"if", "unless", "si"}  # "would attack if the rocket fire continued": a condition, not the harm's cause


def _condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def weapon_fire(noun: Token, lang: str) -> bool:
    """"Russian artillery fire", "sniper fire", "enemy fire": the fire of a weapon or of a side is no hazard."""
    if lemma(noun, lang) not in {"fire", "fuego"}:
        return False
    armed = words("weapon") | words("armed_fire")
    return any(c.dep_ in {"compound", "amod", "nmod", "poss"} and (lemma(c, lang) in armed or c.ent_type_ in {"NORP", "GPE"})
               for c in noun.children)


def hazard_fought(trigger: Token, lang: str) -> bool:
    """"Firefighters battled the blaze", "fought the floods": a fight against a hazard attacks no one."""
    hazards = words("natural_agent") | words("mishap")
    if lemma(trigger, lang) not in FIGHTING:
        return False  # "set fire to houses" is arson, "opened fire" a weapon's fire
    aims = [c for c in trigger.children if c.dep_ in OBJECTS]
    aims += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"against", "contra"} for o in c.children
             if o.dep_ == "pobj"]
    return bool(aims) and all(lemma(a, lang) in hazards for a in aims)


def hazard_blamed(trigger: Token, lang: str) -> bool:
    """"Blamed the heavy rains for the collapse": an accusation aimed at a hazard accuses no one; nor does one that
    lays a mishap "on" a hazard ("blamed the collapse of the dam on heavy rains")."""
    hazards = words("natural_agent")
    if any(c.dep_ in OBJECTS and lemma(c, lang) in hazards for c in trigger.children):
        return True
    objects = [c for c in trigger.children if c.dep_ in OBJECTS]
    near = [*trigger.children, *(t for o in objects for t in o.subtree)]  # "on" may hang off the object's noun
    laid_on = [o for c in near if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
    mishap = any(lemma(c, lang) in words("mishap") for c in objects)
    return mishap and any(lemma(o, lang) in hazards for o in laid_on)


def blame_for_mishap(event_type: str, trigger: Token, targets: list, lang: str) -> bool:
    """A charge or blame for a mishap or disaster named in the accusation itself ("police charged the bus driver after
    the crash", "blamed the shipping company for the spill"), laid on people or firms of no named state, is about
    liability, not a political accusation. A hazard word that only modifies ("a flu vaccine fact-check") is no mishap."""
    if event_type != "ACCUSE" or not targets or any(hit.actor.country or hit.actor.sector in STATE_BODIES for hit in targets):
        return False
    hazards = words("natural_agent") | words("mishap")
    return any(lemma(t, lang) in hazards and t.pos_ == "NOUN" and t.dep_ not in {"compound", "amod", "nmod", "poss"}
               for t in trigger.subtree if t.i != trigger.i)


def relief_at_home(trigger: Token, targets: list, lang: str) -> bool:
    """"Firefighters rescued 30 people trapped in the hotel": relief workers (cue list ``relief_goods``) helping
    people of no named state give no aid between political actors."""
    if any(hit.actor.country for hit in targets):
        return False
    return any(c.dep_ in SUBJECTS and lemma(c, lang) in words("relief_goods") for c in trigger.children)


def disaster_sentence(sent: SpacySpan, lang: str) -> bool:
    """The sentence names a natural hazard or a mishap as a noun (not "opened fire", "under fire")."""
    hazards = words("natural_agent") | words("mishap")
    lemmas, tags = sentence_words(sent, lang)
    if any(own in words("accident_verb") and tags[position] == "VERB" and _wrecked(sent[position], lang)
           for position, own in enumerate(lemmas)):
        return True  # "a ferry capsized", "the mine collapsed"
    for position, own in enumerate(lemmas):
        if tags[position] == "ADJ" and own.endswith("ed"):
            own = own[:-2]  # "flooded" roads: the adjective's verb
        if own not in hazards:
            continue
        token = sent[position]
        named = token.pos_ in {"NOUN", "PROPN"} or (token.dep_ == "amod" and token.pos_ in {"ADJ", "VERB"})  # "flooded roads"
        if not named:
            continue
        if token.dep_ in OBJECTS and lemma(token.head, lang) in FIRING:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in {"under", "with"} or weapon_fire(token, lang):
            continue
        return True
    return False


def _wrecked(verb: Token, lang: str, kind: str = "wreckable") -> bool:
    """An accident verb whose subject is a vehicle or a structure (cue list ``wreckable``): "the ferry capsized",
    not "the talks collapsed". For a collision (``kind`` road_vehicle) the vehicle may be anywhere in the subject's
    phrase (the parser may make "a bus carrying pilgrims" a phrase headed by "pilgrims")."""
    listed = words(kind)
    return any(c.dep_ in SUBJECTS and any(lemma(t, lang) in listed for t in (c.subtree if kind != "wreckable" else [c]))
               for c in verb.children)


def emergency_response(event_type: str, mode: str | None, trigger: Token, targets: list, lang: str) -> bool:
    """In a disaster, a state of emergency, a ban with no adversary named, an evacuation or a call on residents
    ("urged residents to stay indoors") protects people: it coerces, withdraws from or demands of no adversary."""
    civilians_only = all(hit.actor.sector in CIVILIANS for hit in targets)
    if event_type == "COERCE" and (mode == "martial-law" or mode in EMERGENCY_MODES | {"restrict"} and civilians_only):
        return True  # the parse often makes "state" (of emergency) the target: no civilians test for martial law
    if event_type in {"REQUEST", "THREATEN"} and (targets or event_type == "THREATEN") and civilians_only:
        return True  # "urged residents to stay indoors", "warned residents to leave their homes"
    if event_type == "AID" and not any(hit.actor.country for hit in targets):
        return True  # "the army sent helicopters to drop food to cut-off villages": relief at home, no recipient state
    if event_type == "REQUEST" and any(c.dep_ in OBJECTS and lemma(c, lang) in EVACUATION for c in trigger.children):
        return True  # "ordered the evacuation of coastal villages as the cyclone approached"
    return lemma(trigger, lang) in EVACUATION and not any(hit.actor.sector in {"MIL", "REB"} for hit in targets)


def source_is_hazard(hit, sent: SpacySpan, offset: int) -> bool:
    """The source's phrase is a hazard: its head noun ("the storm") or, for a name, its title ("Typhoon Haiyan").
    ``hit`` is an ActorHit (article offsets); ``offset`` the article offset of the sentence's Doc."""
    inside = _tokens_starting_in(sent, hit.start - offset, hit.end - offset)
    heads = [t for t in inside if t.head not in inside or t.head.i == t.i]
    for head in heads:
        named = [head] + ([c for c in head.children if c.dep_ in {"compound", "flat"}] if head.pos_ == "PROPN" else [])
        if any(names_hazard(t.text) for t in named):
            return True
    return False


def _tokens_starting_in(sent: SpacySpan, start: int, end: int) -> list:
    """The sentence's tokens whose first character (Doc offsets) lies in [start, end), found by binary search."""
    doc = sent.doc
    low, high = sent.start, sent.end
    while low < high:  # first token with idx >= start
        middle = (low + high) // 2
        if doc[middle].idx < start:
            low = middle + 1
        else:
            high = middle
    inside = []
    while low < sent.end and doc[low].idx < end:
        inside.append(doc[low])
        low += 1
    return inside


def forecast(trigger, frame) -> bool:
    """A warning of what may happen, by no one's doing ("analysts warn that disagreements could strain the
    relationship"): its clause is hypothetical (could/may/might) and its subject is neither an actor nor an act.
    Like a hazard, it names no political act: a threat is the speaker's own act."""
    from detente.analyze.events.actor_lookup import actors_of
    from detente.analyze.events.lexicon import cues_by_trigger

    if trigger.is_nominal:
        return False
    for clause in (c for c in trigger.token.children if c.dep_ == "ccomp"):
        if not any(a.dep_ == "aux" and a.lower_ in {"could", "may", "might", "podría", "podrían"} for a in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}]
        acts = cues_by_trigger(frame.lang)
        return bool(subjects) and all(s.pos_ == "NOUN" and not actors_of(s, frame, fallback=False)
                                      and lemma(s, frame.lang) not in acts for s in subjects)
    return False
