"""Who did it to whom: source and target actors of a trigger, read off the dependency parse.

The trigger's own arguments are read by verb_roles.py (subjects, objects, prepositional complements, passive "by"
agents, inherited subjects) or noun_roles.py ("the meeting between X and Y", "sanctions imposed by X on Y", "a US
attack on Z"); this module orders those readings and the fallbacks that follow them (complements, reciprocal and
joint acts, placed and countryless targets, the nearest actor of the clause).
"""
from __future__ import annotations

from dataclasses import fields, replace

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import OF_PREPS, PREP_DEPS, ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.addressed import addressee
from detente.analyze.events.border_sides import home_side
from detente.analyze.events.clause_shape import oblique
from detente.analyze.events.extra_roles import origin_doers, suffered_of
from detente.analyze.events.found_roles import Participants, unique_hits
from detente.analyze.events.judged_victims import not_victims, victim_spans
from detente.analyze.events.joint_parties import common_foes, conceded, reciprocal
from detente.analyze.events.linkage import (
    BENEFIT_TYPES, HOSTILE_TYPES, REFUGE_WORDS, carried_on_to, governing_subject, helped_in_purpose, needy_in_clause,
    refuge_country, sent_onward,
)
from detente.analyze.events.mobilized_targets import mobilized_against, own_forces_moved, sent_there
from detente.analyze.events.named_as import named_act_doers, protesting_crowd
from detente.analyze.events.noun_roles import noun_roles, struck_patient
from detente.analyze.events.objected_things import objected_doers
from detente.analyze.events.other_party import mutual_act, not_the_doer, not_the_venue, own_origin
from detente.analyze.events.place_countries import PLACED_TYPES, placed_aims, placed_objects, placed_targets
from detente.analyze.events.possessor_pronoun import reporter_possessor
from detente.analyze.events.proposed_things import proposer
from detente.analyze.events.protest_venues import not_venues
from detente.analyze.events.rival_pairs import named_rival
from detente.analyze.events.prep_roles import GIVING_TYPES, WITHDRAWN_TYPES, aim_preps, left_posting, prepositions
from detente.analyze.events.sector_groups import STATE_FORCES
from detente.analyze.events.sources import SPEAKER_TYPES, indefinite_speaker, inherit_source, named_before, subject_of
from detente.analyze.events.spanish_arguments import faced_institution, spanish_roles
from detente.analyze.events.spanish_doers import adjective_doer
from detente.analyze.events.spanish_lemmas import predicative_participle
from detente.analyze.events.spanish_subjects import predicative_roles
from detente.analyze.events.speaker_roles import answered_act_sides, unanswered_sides
from detente.analyze.events.stranded_agent import of_object_agent, stranded_agent
from detente.analyze.events.targets import (
    TARGET_PREPS, accused_doers, asked_for, complement_targets, condition_subject, embassy_aim, issuing_state,
    nearest_in_clause, protest_aim, purpose_aim, reached_receivers, where,
)
from detente.analyze.events.triggers import Trigger
from detente.analyze.events.verb_roles import verb_roles

SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
COMPLEMENT_TYPES = {"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "SUPPORT", "PROTEST"}
UNDIRECTED_TYPES = {"PROTEST", "RETREAT"}
OBJECTING_TYPES = {"PROTEST", "REJECT", "REQUEST"}
ACCEPTING_TYPES = {"AGREE", "CONCEDE"}  # "accepted a plan drawn up by France": the maker of what is accepted is the party
OWN_BODIES = {"PTY", "REB", "UAF", "INS"}  # parties and armed groups: sides of their own, never a thing of a state
GROUP_TYPES = {"PROTEST"}  # PLOVER protests are by civilian groups that often have no country of their own
READINGS_KEY = "events_participants"  # Analysis.once key of the readings cached per trigger
# every field of the frame but the analysis, and of the trigger but its tokens, is part of a reading's key (a field
# added later is keyed too)
FRAME_FIELDS = tuple(f.name for f in fields(Frame) if f.name != "analysis")
TRIGGER_FIELDS = tuple(f.name for f in fields(Trigger) if f.name not in {"token", "tokens"})


def participants(trigger: Trigger, frame: Frame) -> Participants:
    """Source and target actors of ``trigger`` (may be empty: the caller drops actorless events)."""
    frame.groups = trigger.cue.type in GROUP_TYPES
    frame.mediating = trigger.cue.mode == "third-party"
    frame.mode = trigger.cue.mode
    try:
        return _read_once(trigger, frame)
    finally:
        frame.groups = False
        frame.mediating = False
        frame.mode = None


def _read_once(trigger: Trigger, frame: Frame) -> Participants:
    """The trigger's participants, read once per article: the coder asks again for the same trigger (the last-resort
    guard, the implicit protests), and a reading made while the article's actors stayed as they are (no fallback
    actor added) is what a new reading would give, so a copy of it is returned."""
    cache: dict[tuple, tuple] = frame.analysis.once(READINGS_KEY, dict)
    key = (id(trigger.token.doc), trigger.token.i, tuple(t.i for t in trigger.tokens),
           tuple(getattr(frame, name) for name in FRAME_FIELDS), tuple(getattr(trigger, name) for name in TRIGGER_FIELDS))
    try:
        hash(key)
    except TypeError:  # a field that cannot key a dict: read afresh
        return speaker_sides(trigger, frame, _participants(trigger, frame))
    index, count = frame.analysis.actors_state()
    entry = cache.get(key)
    if entry is not None and entry[0] is index and entry[1] == count:
        return _copied(entry[2])
    found = speaker_sides(trigger, frame, _participants(trigger, frame))
    after_index, after_count = frame.analysis.actors_state()
    if after_index is index and after_count == count:
        cache[key] = (index, count, _copied(found), trigger.token.doc)  # the Doc kept alive: its id stays its own
    return found


def _copied(found: Participants) -> Participants:
    """A copy the caller may change (its lists and hits are its own)."""
    return replace(found, sources=[ActorHit(h.actor, h.start, h.end) for h in found.sources],
                   targets=[ActorHit(h.actor, h.start, h.end) for h in found.targets])


def speaker_sides(trigger: Trigger, frame: Frame, found: Participants) -> Participants:
    """"said X's actions will not go unpunished": the speaker threatens X; "retaliate against X for attacks": X attacked."""
    sides = unanswered_sides(trigger.token, frame) if trigger.cue.type == "THREATEN" and not trigger.is_nominal else None
    if sides is None and trigger.is_nominal and (sides := answered_act_sides(trigger.token, frame)) is not None \
            and {h.actor.id for h in found.sources} - {h.actor.id for h in sides[0]}:
        # "for the attacks by Islamic Jihad": the act names its own doer; the retaliators still suffered it
        found.targets = sides[1] if not found.targets or found.fallback_target else found.targets
        return found
    if sides is not None and (sides[0] or sides[1]):
        named = {h.actor.id for h in sides[1]}  # no speaker found: keep a source read otherwise, unless it is the one named
        found.sources = sides[0] or [h for h in found.sources if h.actor.id not in named]
        found.targets, found.fallback_target = sides[1], False
    return found


def _participants(trigger: Trigger, frame: Frame) -> Participants:
    found = Participants()
    event_type = trigger.cue.type
    heads = [trigger.token] + [t for t in trigger.tokens[1:] if t.pos_ in {"NOUN", "PROPN"}]
    if trigger.is_nominal:
        anchor = trigger.token  # "joint *exercise": a cue whose first word modifies the event noun reads from the noun
        if anchor.dep_ in {"amod", "compound"} and any(t.i == anchor.head.i for t in trigger.tokens):
            anchor = anchor.head
        noun_roles(anchor, event_type, frame, found)
        if event_type == "ASSAULT" and (struck := struck_patient(anchor, frame)):
            found.targets = struck
    elif frame.lang == "es" and predicative_participle(trigger.token):
        found.sources, found.targets = predicative_roles(trigger.token, frame)  # "murieron baleados por la policía"
    elif event_type == "PROTEST" and frame.lang == "en" and (crowd := protesting_crowd(trigger.token)) is not None:
        found.sources += actors_of(crowd, frame)  # "Kiev overrun by protesting crowds": the crowd protests
    else:
        verb_roles(trigger.token, event_type, frame, found)
        if event_type in WITHDRAWN_TYPES:
            left_posting(trigger.token, frame, found)  # "recalled its ambassador from Mali": Mali
    for extra in heads[1:]:
        _cue_noun(extra, trigger, event_type, frame, found)
    if trigger.cue.pos == "A" and not found.sources and trigger.token.dep_ in {"acomp", "amod", "ROOT", "xcomp"}:
        found.sources += subject_of(trigger.token.head if trigger.token.dep_ != "ROOT" else trigger.token, frame)
    if not found.targets and event_type == "REQUEST" and frame.lang == "en":
        found.targets += asked_for(trigger.token, frame)  # "called for the Security Council to impose sanctions"
    if not found.targets and event_type in COMPLEMENT_TYPES:
        found.targets += complement_targets(trigger.token, frame)
    if not found.targets and event_type in COMPLEMENT_TYPES and frame.lang == "en":  # "voiced concern that NATO ..."
        found.targets += [h for noun in heads[1:] for h in complement_targets(noun, frame)]
    if not found.targets and event_type in COMPLEMENT_TYPES and trigger.is_nominal and trigger.token.dep_ in {"dobj", "obj"}:
        found.targets += complement_targets(trigger.token.head, frame)  # "reiterated its demand that Israel ease ..."
    if not found.targets and event_type == "THREATEN":
        found.targets += condition_subject(trigger.token, frame)
    if not found.targets and event_type in COMPLEMENT_TYPES and not trigger.is_nominal:
        found.targets += addressee(trigger.token, frame)  # "sent a letter to Wray demanding answers"
    if event_type in JUDGED_TYPES and frame.lang == "en":
        # the doer of the condemned or investigated act is accused ("launched an investigation into crimes by X"),
        # the doer of the welcomed act is supported ("welcomed the release by the United States of ..."), but only
        # from the act's own by-phrase ("approved the nomination of a judge named by X" backs the judge)
        doers = [h for head in heads for h in accused_doers(head, frame, clauses=event_type == "ACCUSE")]
        doers = doers or (named_act_doers(trigger.token, frame) if not trigger.is_nominal else [])  # "what it called X strikes"
        found.targets = doers or found.targets
    victims = victim_spans(trigger.token, frame) if event_type == "ACCUSE" and not trigger.is_nominal else []
    found.targets = not_victims(found.targets, victims)  # "condemned the attack on journalists": not the journalists
    if event_type in COMPLEMENT_TYPES and found.targets and all(h.actor.sector in PRESS_SECTORS for h in found.targets):
        # "told reporters that Iran must stop": the press hears the demand, the complement's subject is asked
        found.targets = complement_targets(trigger.token, frame) or found.targets
    if trigger.is_nominal and frame.lang == "es":
        spanish_roles(trigger.token, event_type, frame, found)  # "la ola de protestas contra X", "enfrenta protestas"
    if event_type == "PROTEST" and frame.lang == "es" and not found.targets:
        found.targets += faced_institution(trigger.token, frame)  # "protestaron frente al Congreso"
    if not found.sources and event_type == "SANCTION":
        found.sources += issuing_state(trigger, frame)  # "the revocation of Petro's US visa": the US revoked it
    if not found.sources:  # "condemned in a vote by the Security Council", "the expulsion of X by the United States"
        found.sources += of_object_agent(trigger.token, frame) if trigger.is_nominal else stranded_agent(trigger.token, frame)
    if not found.sources:
        inherit_source(trigger, event_type, frame, found)
        if trigger.is_nominal and found.sources and found.targets:  # "villagers were the victims of a drone strike"
            suffered = {h.start for h in found.targets}
            found.sources = [h for h in found.sources if h.start not in suffered]
    if not found.sources and trigger.is_nominal and frame.lang == "es":
        found.sources = adjective_doer(trigger.token, event_type, frame)  # "la represión policial", "el bloqueo cocalero"
    if trigger.is_nominal and found.sources and suffered_of(trigger.token, frame.lang):
        # "the victims of a drone strike": those struck are no doers (the phrase is no actor of the attack)
        governor = trigger.token.head.head
        low, high = frame.offset + governor.left_edge.idx, frame.offset + governor.idx + len(governor.text)
        found.sources = [h for h in found.sources if not low <= h.start < high]
    sole = event_type == "AGREE" and len(unique_hits(found.sources)) == 1
    foes = common_foes(trigger.token, frame, sole) if event_type in JOINT_TYPES else set()
    # "agreed to extend the mandate despite Israel's wish": Israel is no party; a refusal "despite pressure by X"
    # is aimed at X (REJECT)
    overridden = conceded(trigger.token, frame) if frame.lang == "en" and event_type != "REJECT" else set()
    foes |= overridden
    found.sources = [h for h in found.sources if h.start not in overridden]
    found.targets = [h for h in found.targets if h.start not in foes]
    if len(unique_hits(found.sources)) > 1 and (reciprocal(trigger.token, frame)
                                           or not found.targets and mutual_act(trigger.token, event_type, found.sources)):
        parties = sorted(unique_hits(found.sources), key=lambda h: h.start)  # "India and Pakistan traded accusations"
        found.sources, found.targets = parties[:1], parties[1:] + found.targets
    if event_type in SYMMETRIC_TYPES and len(countries := {h.actor.country for h in found.sources} - {None}) > 1:
        # "Russia and Ukraine agreed to divide the Black Sea fleet": a party's own thing is not the other party
        # (a party or armed group is a side of its own: "the British and Irish governments invited Sinn Fein")
        found.targets = [h for h in found.targets if h.actor.country not in countries or h.actor.sector in OWN_BODIES]
    if event_type in SYMMETRIC_TYPES and not found.targets and len(unique_hits(found.sources)) > 1:
        found.sources = sorted(unique_hits(found.sources), key=lambda h: h.start)  # in text order: "Indian and Pakistani officials"
        found.sources, found.targets = found.sources[:1], found.sources[1:]  # "X and Y met": X with Y
    # "reneged on his commitment to the Kenyan people": a phrase that names the source again ("his") is no target,
    # so the readings below still look for one (not the last resorts: the argument was read, it named the source)
    if frame.lang == "en" and found.sources and found.targets:
        found.targets = not_the_doer(found.targets, found.sources, trigger.token.sent, frame)  # "its neighbour"
    named_again = [h for h in found.targets if h.actor.id in {s.actor.id for s in found.sources}]
    found.targets = [h for h in found.targets if h not in named_again]
    if event_type in GIVING_TYPES and found.sources and found.targets and frame.lang == "en":
        _own_means(trigger.token, frame, found)  # "India sent two navy ships with relief supplies to Sri Lanka"
    if found.sources and not found.targets and event_type in OBJECTING_TYPES | ACCEPTING_TYPES and frame.lang == "en":
        # "protested against a law passed by parliament": the doer of what is objected to
        found.targets += [h for head in heads for h in objected_doers(head, frame, event_type in OBJECTING_TYPES)]
    if found.sources and not found.targets and event_type in OBJECTING_TYPES | ACCEPTING_TYPES | {"ACCUSE"} \
            and not trigger.is_nominal and frame.lang == "en":
        found.targets += [h for h in proposer(trigger.token, frame) if h.actor.id not in {s.actor.id for s in found.sources}]
    if found.sources and not found.targets and not trigger.is_nominal and frame.lang == "en":
        found.targets += reporter_possessor(trigger.token, frame)  # "officials said X had rejected their demand"
    if found.sources and not found.targets and frame.lang == "en":
        found.targets += placed_aims(trigger.token, aim_preps(event_type), frame)
    if found.sources and not found.targets and event_type in PLACED_TYPES and not trigger.is_nominal and frame.lang == "en":
        found.targets += [h for h in placed_objects(trigger.token, frame)
                          if h.actor.country not in {s.actor.country for s in found.sources}]
    if found.sources and not found.targets and event_type in GIVING_TYPES and frame.lang == "en":
        found.targets += reached_receivers(trigger, frame, {h.actor.id for h in found.sources})  # "aid reached the refugees"
    if found.sources and not found.targets and frame.lang == "en" and not trigger.is_nominal:
        found.targets += named_before(trigger.token, frame, {h.actor.id for h in found.sources})  # "left the country"
    if found.sources and not found.targets and frame.lang == "en":  # "India and Pakistan ...: strikes on its arch-rival"
        found.targets += named_rival(trigger.token, {h.actor.country for h in found.sources} - {None}, frame)
    if found.sources and not found.targets and event_type not in UNDIRECTED_TYPES and not named_again:
        exclude = {h.actor.id for h in found.sources}
        exclude |= {a.id for start in foes if (a := frame.analysis.actor_at(start, start + 1)) is not None}
        if event_type in GIVING_TYPES:  # what is given is no fallback target either
            exclude |= {h.actor.id for c in trigger.token.children if c.dep_ in {"dobj", "obj"}
                        for h in actors_of(c, frame, fallback=False)}
        nearest = nearest_in_clause(trigger.token, frame, exclude, hostile=event_type in HOSTILE_TYPES)
        # "would suspend a protest at the crossing with Ukraine": where the protest is, not the recipient
        nearest = not_venues(nearest, trigger.token, event_type, frame)
        found.targets += not_the_venue(nearest, found.sources, event_type)
        found.fallback_target = bool(found.targets)
    found.targets = [h for h in found.targets if not _is_trigger(h, trigger, frame)]  # "demonstrations" is no actor
    if event_type == "MOBILIZE":
        mobilized_against(trigger.token, frame, found)
    elif event_type == "RETREAT" and trigger.cue.mode == "withdraw" and not trigger.is_nominal and not found.sources:
        own_forces_moved(trigger.token, frame, found)  # "Israeli troops were withdrawn from Gaza": their own forces
    elif event_type == "RETREAT" and trigger.cue.mode == "withdraw" and not found.sources:
        # "the withdrawal of Syrian troops from Lebanon": the forces withdrawn are their country's, the doer's, when
        # the place they leave is named (else they stay the only side read)
        forces = [h for h in found.targets if h.actor.sector in STATE_FORCES and h.actor.country]
        left = [h for h in found.targets if h not in forces and h.actor.country not in {f.actor.country for f in forces}]
        if forces and left:
            found.sources, found.targets = forces, left
    if event_type == "PROTEST" and found.sources and not found.targets and frame.lang == "en":
        found.targets += embassy_aim(trigger.token, frame, {h.actor.id for h in unique_hits(found.sources)})
    if event_type == "PROTEST" and found.sources and not found.targets:
        found.targets += protest_aim(trigger, frame, {h.actor.id for h in unique_hits(found.sources)})
    if found.sources and not found.targets and not named_again:
        found.targets += not_the_venue(where(trigger.token, frame, {h.actor.id for h in unique_hits(found.sources)},
                                             event_type), found.sources, event_type)
        found.fallback_target = bool(found.targets)
    if frame.lang == "en" and found.fallback_target:  # "strikes ... executed from Indian territory": not India
        found.targets = [h for h in found.targets if not own_origin(h, found.sources, trigger.token.sent, frame)]
    if frame.lang == "en" and found.sources:
        # "aid to refugees fleeing the war in Liberia": a target with no country stands for its place's country
        # (not the country across a border: "fought the rebels near the Chadian border" are the doers' own rebels)
        found.targets = home_side(found.targets, placed_targets(found.targets, found.sources, trigger.token.sent, frame),
                                  trigger.token.sent, frame)
    if frame.lang == "en" and found.sources and not any(h.actor.country for h in found.targets):
        _countryless_targets(trigger, event_type, frame, found)
    if event_type == "AID" and found.sources and not found.targets and frame.lang == "en":
        found.targets += needy_in_clause(trigger.token, frame, {h.actor.id for h in found.sources})
    if event_type in GIVING_TYPES and found.sources and not found.targets and frame.lang == "en":
        found.targets += carried_on_to(trigger.token, frame, {h.actor.id for h in found.sources})
    if event_type in BENEFIT_TYPES and found.sources and not found.targets and frame.lang == "en":
        found.targets += helped_in_purpose(trigger.token, frame, {h.actor.id for h in found.sources})
    if event_type == "REQUEST" and found.sources and not found.targets and frame.lang == "en" \
            and any(t.lemma_.lower() in REFUGE_WORDS for t in trigger.tokens):
        found.targets += refuge_country(trigger, frame)  # "800,000 Iraqi Kurds sought refuge in Germany": of Germany
    if event_type == "ASSAULT" and not found.sources and frame.lang == "en":
        struck = {t.actor.id for t in found.targets}
        found.sources += [h for h in origin_doers(trigger.token, frame) if h.actor.id not in struck]
    if frame.link_up and not found.sources and not found.targets:
        found.sources += governing_subject(trigger.token, frame)
    if not found.sources and event_type in SPEAKER_TYPES and not trigger.is_nominal and indefinite_speaker(trigger.token):
        found.targets = []  # "many have voiced concerns that officials ...": no actor speaks, no event
    found.targets = not_victims(found.targets, victims)  # nor as a last-resort target
    _finish(found, event_type)
    return found


JOINT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
JUDGED_TYPES = {"ACCUSE", "SUPPORT", "PROTEST"}  # judging an act aims at its doer ("protested the detention of X by Y")
PRESS_SECTORS = {"JRN", "MED"}


def _cue_noun(noun: Token, trigger: Trigger, event_type: str, frame: Frame, found: Participants) -> None:
    """Roles named on a noun of a multiword cue. In a verb+noun cue the verb's subject acts, so the noun's of/de
    phrase is only a description ("took to the streets of Paris", "salieron a las calles de Madrid"); a clause on
    the noun may name whom the act concerns ("lifted the sanctions it had imposed on Colombian officials")."""
    if trigger.is_nominal:
        prepositions(noun, event_type, frame, found, nominal=True)
        return
    for child in noun.children:
        if child.dep_ in PREP_DEPS or oblique(child):
            if prep_objects(child)[0] not in OF_PREPS:
                prepositions(noun, event_type, frame, found, nominal=True, only=child)
        elif child.dep_ in {"relcl", "acl"} and child.pos_ == "VERB" and not found.targets:
            found.targets += [h for c in child.children if c.dep_ in PREP_DEPS or oblique(c)
                              for prep, objects in [prep_objects(c)] if prep in TARGET_PREPS
                              for o in objects for h in actors_of(o, frame)]


def _is_trigger(hit: ActorHit, trigger: Trigger, frame: Frame) -> bool:
    """An actor mention that is the trigger word itself (the actor layer sometimes keeps "demonstrations"); the other
    words of a cue may name the target ("expelled two Russian diplomats")."""
    return hit.start <= frame.offset + trigger.token.idx < hit.end


def _countryless_targets(trigger: Trigger, event_type: str, frame: Frame, found: Participants) -> None:
    """Targets read so far name no country ("sent 21 personnel to Bosnia", "opened the Friendship Bridge to allow the
    delivery of grain to Afghanistan"): the place the act is aimed at, else the one its purpose clause names, joins."""
    exclude = {h.actor.id for h in found.sources} | {h.actor.id for h in found.targets}
    extra = placed_aims(trigger.token, aim_preps(event_type), frame) if found.targets else []
    extra = extra or [h for h in purpose_aim(trigger, frame, exclude, {"advcl"}, places=True) if h.actor.country]
    if extra := extra or sent_there(trigger, frame, exclude):  # "sent personnel to Bosnia to investigate": Bosnia
        found.targets += extra
        found.fallback_target = True


def _own_means(verb: Token, frame: Frame, found: Participants) -> None:
    """Aid the sender's own ships or forces carry goes to where they take it: the sender's own are no recipient
    when another country receives it (else the destination of a to-phrase hung on the object or cargo)."""
    own = {h.actor.country for h in found.sources} - {None}
    means = [h for h in found.targets if h.actor.country in own]
    if not means:
        return
    if others := [h for h in found.targets if h.actor.country and h not in means]:
        found.targets = others
    elif len(means) == len(found.targets):
        found.targets = sent_onward(verb, frame, {h.actor.id for h in found.sources}, own) or found.targets


def _finish(found: Participants, event_type: str) -> None:
    found.sources = unique_hits(found.sources)
    source_ids = {h.actor.id for h in found.sources}
    found.targets = [h for h in unique_hits(found.targets) if h.actor.id not in source_ids]
    if event_type in SYMMETRIC_TYPES and not found.targets and len(found.sources) > 1:
        found.sources, found.targets = found.sources[:1], found.sources[1:]
