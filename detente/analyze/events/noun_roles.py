"""Participants of a nominal trigger ("the meeting between X and Y", "a US attack on Z", "sanctions imposed by X"):
its possessors and modifiers, prepositional complements, the light verb or governor that carries it ("held talks
with", "came under attack", "received aid from"), and those who took part in it."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, preposition, quantity_anchor
from detente.analyze.events.caption_verbs import caption_subject
from detente.analyze.events.clause_shape import agents_of, joined_by, light_governor, possessive_pronoun, state_of
from detente.analyze.events.extra_roles import harmed_in, under_attack
from detente.analyze.events.found_roles import Participants, unique_hits
from detente.analyze.events.joint_parties import RECIPROCAL_VERBS
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import cues_of, words
from detente.analyze.events.linkage import (
    HOSTILE_TYPES, carrier_aims, made_in_clause, received_act, received_aid, resisted_act,
)
from detente.analyze.events.patient_nouns import possessed_patient
from detente.analyze.events.place_topics import invaded_modifier
from detente.analyze.events.planner_nouns import planned_by
from detente.analyze.events.prep_roles import GIVING_TYPES, prepositions
from detente.analyze.events.recorded_acts import recording_clause
from detente.analyze.events.site_modifiers import names_site
from detente.analyze.events.stance_modifiers import in_stance
from detente.analyze.events.sources import subject_of
from detente.analyze.events.targets import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, relative_antecedent

PARTICIPANT_PREPS = {"during", "at", "in", "for", "durante", "en"}
PARTICIPANT_TYPES = {"PROTEST", "CONSULT"}
# "used / fired / launched missiles in an attack": the means verb's subject made the attack it serves
MEANS_PREPS = {"in", "during"}
MEANS_VERBS = {"use", "fire", "launch", "deploy", "employ", "drop"}


def noun_roles(noun: Token, event_type: str, frame: Frame, found: Participants) -> None:
    """Add to ``found`` the sources and targets of the event noun ``noun``."""
    sites: list[Token] = []
    for child in noun.children:
        if child.dep_ in {"poss", "nmod:poss"} and possessed_patient(noun, child, frame.lang):
            found.targets += actors_of(child, frame)  # "Trump's impeachment", "Navalny's arrest": done to them
        elif child.dep_ in {"poss", "nmod:poss"}:
            found.sources += actors_of(child, frame)
        elif child.dep_ == "amod" and agents_of(child):
            found.sources += [h for agent in agents_of(child) for h in actors_of(agent, frame)]  # "una concentración organizada por X"
        elif child.dep_ in {"compound", "amod", "nmod"} and not preposition(child):
            if invaded_modifier(child, noun, frame.lang):
                found.targets += actors_of(child, frame)  # "the Kuwait invasion": Kuwait was invaded
                continue
            if frame.lang == "en" and names_site(child):
                sites += [child] if child.pos_ == "NOUN" else []  # a building, not a town ("the Orlando shootings")
                continue  # "the Capitol attack", "the New York arrests": where, not who
            if frame.lang == "en" and in_stance(child):
                continue  # "an anti-India rally": whom it is against (implied_sides), not who holds it
            found.sources += actors_of(child, frame)
        elif child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and lemma(child, frame.lang) in words("pit"):
            sides = [h for c in child.children if c.dep_ in OBJECT_DEPS for h in _group_actors(c, frame)]
            found.sources += sides[:1]
            found.targets += sides[1:]
        elif child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and not recording_clause(child, frame.lang):
            prepositions(child, event_type, frame, found, nominal=False)  # not "arrests documented by Fusion"
    prepositions(noun, event_type, frame, found, nominal=True)
    if not found.sources:
        found.sources += caption_subject(noun, frame, own=True)  # "Rep. X, left, talks with Rep. Y": a caption's verb
    if not found.sources and event_type == "ASSAULT" and noun.dep_ == "pobj" and preposition(noun) in MEANS_PREPS \
            and lemma(noun.head.head, frame.lang) in MEANS_VERBS:
        found.sources += subject_of(noun.head.head, frame)  # "Russia used missiles during an attack on Kyiv"
    if not found.sources and frame.lang == "en":
        found.sources += planned_by(noun, frame)  # "Sinwar, the mastermind behind the attack": Sinwar's attack
    if not found.targets and frame.lang == "en":
        found.targets += under_attack(noun, frame, event_type)  # "Kharkiv came under heavy Russian bombardment"
    if not found.targets and frame.lang == "en" and event_type == "ASSAULT":
        found.targets += harmed_in(noun, frame)  # "Three Israeli soldiers died in a Palestinian ambush"
    if not found.targets and event_type == "ASSAULT":
        found.targets += site_targets(sites, frame)  # "the mosque attack left 12 dead": the mosque was hit
    if not found.targets and frame.lang == "en" and event_type in HOSTILE_TYPES:
        found.targets += [h for h in resisted_act(noun, frame) if h.actor.id not in {s.actor.id for s in found.sources}]
    for child in noun.children:  # "una manifestación de protesta contra el gobernador": the inner noun's complements
        if child.dep_ in {"nmod", "compound"} and _same_event(child, event_type, frame):
            prepositions(child, event_type, frame, found, nominal=True)
    if not found.sources and noun.dep_ in {"dobj", "obj"} and possessive_pronoun(noun):
        found.sources += subject_of(noun.head, frame)  # "los profesores radicalizaron su protesta"
    anchor = quantity_anchor(noun)  # "provide 25,000 tons of food aid", "una ola de protestas"
    if event_type in GIVING_TYPES and frame.lang == "en":
        givers, receivers = received_aid(noun, frame)  # "Cuba received military aid from the Soviet Union"
        if receivers:
            found.sources, found.targets = givers + found.sources, receivers + found.targets
            return
    elif frame.lang == "en" and not found.sources:
        doers, receivers = received_act(noun, frame)  # "Russia faced sharp criticism from the United States"
        if doers and receivers:
            found.sources, found.targets = doers, receivers + found.targets
            return
    # "handed Japan a protest note": a verb that hands the act noun to someone (its dative) is a light verb too
    handed = frame.lang == "en" and any(c.dep_ in {"dative", "iobj"} for c in anchor.head.children)
    if not found.sources and anchor.dep_ in {"dobj", "obj"} and (lemma(anchor.head, frame.lang) in words("light")
                                                                or lemma(anchor.head, frame.lang) in RECIPROCAL_VERBS or handed):
        _verbal_light(anchor.head, event_type, frame, found)
    if handed and not found.targets:  # "Washington gave Israel its full backing": the dative receives the act
        found.targets += [h for c in anchor.head.children if c.dep_ in {"dative", "iobj"} for h in actors_of(c, frame)]
    if frame.lang == "en" and not found.sources:
        found.sources += made_in_clause(noun, frame)  # "the aid that France sent to Rwanda"
    if frame.lang == "en" and not found.targets and anchor.dep_ in {"dobj", "obj"} and (aims := carrier_aims(anchor.head, frame)):
        found.targets += aims  # "flew bombing raids into northern Iraq": the carrier's subject did it
        found.sources += [] if found.sources else subject_of(anchor.head, frame)
    governor = light_governor(anchor, frame)
    if not found.sources and governor is not None:
        _verbal_light(governor, event_type, frame, found)  # "convocan a protesta", "called for a strike"
    if not found.sources and noun.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS and lemma(noun.head, frame.lang) in words("light"):
        prepositions(noun.head, event_type, frame, found, nominal=False)
    on_strike = event_type == "ASSAULT" and noun.lower_ == "strike"  # the labour sense: precedence.labour_strike retypes it
    if not found.sources and (event_type == "PROTEST" or on_strike) and state_of(noun) is not None:
        found.sources += actors_of(state_of(noun), frame)  # "médicos en huelga", "workers on strike"
    if not found.sources and joined_by(noun, frame.lang) is not None:
        # "took part in joint exercises", "is involved in the fighting", "responded with sanctions": the one who did
        verb = joined_by(noun, frame.lang)
        found.sources += [h for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                          for h in actors_of(relative_antecedent(c), frame)] or subject_of(verb, frame)
    if not found.sources and event_type in PARTICIPANT_TYPES and preposition(noun) in PARTICIPANT_PREPS:
        found.sources += caption_subject(noun, frame, own=False)  # "Sinwar greets his supporters during a meeting with"
    if not found.sources and event_type in PARTICIPANT_TYPES and noun.dep_ in {"pobj", "obl", "nmod"}:
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if preposition(noun) in PARTICIPANT_PREPS and governor.pos_ in {"VERB", "AUX"} and _acts_on_crowd(governor, frame):
            # "police hit a demonstrator during a demonstration": those acted on took part, not the police
            acted_on = OBJECT_DEPS | (PASSIVE_SUBJECT_DEPS if frame.lang == "en" else set())  # "protesters were killed
            found.sources += [h for c in governor.children if c.dep_ in acted_on  # during demonstrations": they took part
                              for h in actors_of(c, frame)]
        elif preposition(noun) in PARTICIPANT_PREPS and governor.pos_ in {"VERB", "AUX"}:
            found.sources += subject_of(governor, frame)
            if not found.sources and event_type == "PROTEST":
                # "protesters were killed / activists were detained during demonstrations": they took part in them
                found.sources += [h for c in governor.children if c.dep_ in PASSIVE_SUBJECT_DEPS for h in actors_of(c, frame)]


def _acts_on_crowd(verb: Token, frame: Frame) -> bool:
    """The verb is a use of force or coercion (its subject acts on others)."""

    cues = cues_of(verb, frame.lang)
    return any(c.type in {"ASSAULT", "COERCE"} and c.pos == "V" and len(c.words) == 1 for c in cues)


def _same_event(token: Token, event_type: str, frame: Frame) -> bool:

    return any(c.type == event_type and c.pos == "N" for c in cues_of(token, frame.lang))


def _group_actors(token: Token, frame: Frame) -> list[ActorHit]:
    """Groups named by ``token`` and by nouns coordinated anywhere below it (the small parser often hangs "y
    estudiantes" on the previous adjective)."""
    groups, frame.groups = frame.groups, True
    try:
        members = [token] + [t for t in token.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"} and t.head.i != token.i]
        return unique_hits([h for member in members for h in actors_of(member, frame)])
    finally:
        frame.groups = groups


def _verbal_light(verb: Token, event_type: str, frame: Frame, found: Participants) -> None:
    """"held a meeting with X", "launched an attack on X": the light verb's subject and preps count."""
    if "Inf" in verb.morph.get("VerbForm") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "al decretar el sindicato un paro": the small parser labels the postposed subject of an infinitive obj
        objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
        if len(objects) > 1:
            found.sources += actors_of(objects[0], frame)
    if not found.sources:
        found.sources += subject_of(verb, frame)
    found.targets += [h for c in verb.children if c.dep_ in {"dative", "iobj"} for h in actors_of(c, frame)]  # "give Tanzania a grant"
    prepositions(verb, event_type, frame, found, nominal=False)


def struck_patient(noun: Token, frame: Frame) -> list[ActorHit]:
    """"Haniyeh was killed by an airstrike in Tehran": an attack noun that is a passive verb's by-agent is the means;
    the one it struck is the verb's passive subject, not the place of the attack."""
    if frame.lang != "en" or noun.dep_ != "pobj" or noun.head.dep_ not in {"agent", "obl:agent"}:
        return []
    return [h for c in noun.head.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS
            for h in actors_of(relative_antecedent(c), frame)]


def site_targets(sites: list[Token], frame: Frame) -> list:
    """The site named on an attack noun is what was struck ("the mosque attack", "the embassy bombing"): no doer
    (names_site), but the attack's target when nothing else is, so the attack stays coded without a doer."""
    return [h for site in sites for h in actors_of(site, frame)]
