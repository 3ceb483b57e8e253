"""Participants of a verb trigger: its subjects (or the doers they stand for), objects and prepositional
complements, with passives, stative participles, commands and permissions, and inherited or dropped subjects."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame, actors_of
from detente.analyze.events.carried_subject import pair_antecedent, pair_stand_in
from detente.analyze.events.bound_possessor import bound_possessor
from detente.analyze.events.others_of import not_owners
from detente.analyze.events.place_topics import topic_hit, topic_partners
from detente.analyze.events.clause_sides import borrows_no_doer, captive_predicates, relative_patient
from detente.analyze.events.clause_shape import (
    has_agent, has_recipient, is_passive, misparsed_subject, oblique, own_subject,
)
from detente.analyze.events.extra_roles import act_agents, act_type, harm_doers, participle_agents
from detente.analyze.events.found_roles import Participants
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.listed_members import listed_members
from detente.analyze.events.lexicon import words
from detente.analyze.events.prep_roles import GIVING_TYPES, OF_IS_SOURCE, prepositions
from detente.analyze.events.sector_groups import STATE_FORCES
from detente.analyze.events.sources import inherited_subject, object_antecedent, pronoun_antecedent, subject_of
from detente.analyze.events.partitive_patients import owned_partitive
from detente.analyze.events.passive_conjuncts import own_patient, passive_conjunct
from detente.analyze.events.raised_subjects import raised_subject
from detente.analyze.events.summoned_envoys import summoned, summoning_purpose
from detente.analyze.events.spanish_subjects import postposed_subject, pro_drop_subject
from detente.analyze.events.witnessed_acts import witnessed_doers
from detente.analyze.events.country_anaphor import country_antecedent
from detente.analyze.events.denied_charges import apposed_denier, charge_maker
from detente.analyze.events.targets import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, relative_antecedent


# hostile acts whose reduced passive participle ("civilians killed in ...", "diplomats expelled by ...") is said of
# the one acted on (not aid or troops "sent to ...", who are the doer's own)
PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"}


def verb_roles(verb: Token, event_type: str, frame: Frame, found: Participants) -> None:
    """Add to ``found`` the sources and targets of the event verb ``verb``."""
    postposed = postposed_subject(verb, frame.lang)  # Spanish "..., acusó la policía": the parser's obj is the subject
    for child in verb.children:
        dep = child.dep_
        if dep in SUBJECT_DEPS:
            subject = relative_antecedent(child)
            if event_type == "REJECT" and (denier := apposed_denier(subject, frame)):
                found.sources += denier  # "..., a charge Athens denied": the parser hangs the denier on the charge
                continue
            if frame.lang == "en" and (subject_type := act_type(subject, frame)) is not None:
                # "the bombing of a school by Israeli jets killed 20": the act's doer, not its object, did it
                found.sources += act_agents(subject, frame, subject_type in OF_IS_SOURCE)
                continue
            if frame.lang == "en" and sum(c.dep_ in SUBJECT_DEPS for c in verb.children) > 1 and _whose_antecedent(child, frame):
                found.targets += _whose_antecedent(child, frame)  # "Merkel, whose policies Trump criticized": the
                continue  # parser makes the fronted object a second subject
            if frame.lang == "en" and (bound := bound_possessor(subject, verb, frame)):
                found.targets += bound  # "Trump's rivals criticized him": "him" is Trump, the rivals act on him
                continue
            # "the two sides" stands for the pair named before, over any country the actor layer guessed for it
            own = [] if pair_stand_in(subject) is not None else actors_of(subject, frame)  # "negotiators": the pair's
            own = not_owners(own, subject, frame.offset) if frame.lang == "en" else own  # "U.S. allies": not the US
            found.sources += pair_antecedent(subject, frame) or own \
                or pronoun_antecedent(subject, frame) \
                or (participle_agents(subject, frame) if frame.lang == "en" else []) \
                or listed_members(subject, frame)  # "Kyiv's allies, including France's Macron, condemned"
            if not found.sources:  # "According to the Jordanian government, the country had admitted"
                found.sources += country_antecedent(subject, frame)
        elif postposed is not None and child.i == postposed.i:
            found.sources += actors_of(child, frame)
        elif dep in OBJECT_DEPS and oblique(child):
            continue  # "contra el gobierno", "por militares" labelled obj: read as prepositions below
        elif dep in OBJECT_DEPS and frame.lang == "en" and child.i in captive_predicates(verb):
            continue  # "a store owner they took hostage": the noun is the one taken, "hostage" no side
        elif dep in PASSIVE_SUBJECT_DEPS or dep in OBJECT_DEPS:
            if (event_type in GIVING_TYPES or frame.mode == "return") and dep in {"dobj", "obj"} and has_recipient(verb):
                continue  # "providing military intelligence to Macedonia", "returned the Benin bronzes to Nigeria":
                # what is given or returned is not the target
            # "the body, which was criticized by insiders": the relative pronoun stands for the body criticized
            hits = actors_of(relative_antecedent(child) if dep in PASSIVE_SUBJECT_DEPS else child, frame)
            if event_type == "CONSULT" and dep in OBJECT_DEPS and frame.lang == "en":
                topical = [h for h in hits if topic_hit(child, h, frame.offset)]  # "discussed the Iraq crisis with X"
                hits = [h for h in hits if h not in topical] or (topic_partners(child, frame) if topical else hits)
            found.targets += hits \
                or _whose_antecedent(child, frame) \
                or (owned_partitive(child, frame) if _done_to_people(event_type, frame) else [])  # "one of its generals"
    passive = is_passive(verb)  # read once: the parse does not change while the roles are read
    if passive and lemma(verb, frame.lang) in words("stative") and not has_agent(verb):
        # "Vietnam is committed to opening up": the subject of a stative participle is the one committed
        found.sources, found.targets = found.sources + found.targets, []
    elif passive:
        # Spanish passives ("fue atacado por X") label the patient nsubj: it is the target.
        if frame.lang == "es":
            found.targets, found.sources = found.sources + found.targets, []
    if not found.sources and frame.lang == "en" and (named := misparsed_subject(verb)) is not None:
        found.sources += actors_of(named, frame)  # "Turkey massed troops ..." parsed with Turkey as npadvmod
    if not found.sources and frame.lang == "en" and (named := _name_taken_for_head(verb)) is not None:
        found.sources += actors_of(named, frame)  # "Trump imposed tariffs ..." parsed as a noun phrase "Trump [imposed tariffs]"
    prepositions(verb, event_type, frame, found, nominal=False)
    if event_type == "REJECT" and found.sources and not found.targets:
        found.targets += charge_maker(verb, frame)  # "X accused Y of ..., a charge Y rejected": aimed at X
    if frame.lang == "en" and found.targets and passive:  # "Santos was expelled by his colleagues": not Santos
        patients = {h.actor.id for h in found.targets}
        found.sources = [h for h in found.sources if h.actor.id not in patients or not _possessed_agent(verb)]
    if not found.targets and lemma(verb, frame.lang) in words("permissive"):
        # "allowed opposition leader X to hold a rally": the one allowed (the complement's subject) is the target
        found.targets += [h for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
                          for s in c.children if s.dep_ in SUBJECT_DEPS for h in actors_of(s, frame)]
    if not found.sources and verb.dep_ == "xcomp" and lemma(verb.head, frame.lang) in words("command"):
        # "the government ordered the newspaper to suspend publication": the commander acts on the one ordered
        found.sources += subject_of(verb.head, frame)
        if event_type in {"COERCE", "SANCTION", "ASSAULT"}:  # the commander's own forces are its means, not its target
            found.targets += [h for c in verb.head.children if c.dep_ in OBJECT_DEPS for h in actors_of(c, frame)
                              if h.actor.sector not in STATE_FORCES]
    if frame.lang == "en" and (summoner := summoning_purpose(verb, frame.lang)) is not None:
        # "summoned India's envoy to lodge a protest": the summoner protests, the envoy hears it
        envoys = [h for o in summoned(summoner) for h in actors_of(o, frame)]
        envoy_ids = {h.actor.id for h in envoys}
        found.sources = [h for h in found.sources if h.actor.id not in envoy_ids]
        found.targets = found.targets or envoys
    if frame.lang == "en" and passive_conjunct(verb):
        if not own_patient(verb) and not found.targets:  # "Lawmakers protested and were arrested": the lawmakers
            doers = {h.actor.id for h in found.sources}
            found.targets += [h for h in inherited_subject(verb, frame) if h.actor.id not in doers]
    elif not found.sources and not own_subject(verb) and not (frame.lang == "en" and borrows_no_doer(verb)):
        # not "X bombed towns since Y was expelled" (Y's expulsion is not X's act), nor "the owner they took hostage"
        witnessed = witnessed_doers(verb, event_type, frame) if frame.lang == "en" else None
        raised = raised_subject(verb) if frame.lang == "en" else None  # "X is expected to meet Y": X meets
        if raised is not None and found.targets:  # a forecast is coded only when it names the other side
            found.sources += actors_of(relative_antecedent(raised), frame) or pronoun_antecedent(raised, frame)
        found.sources += [] if found.sources else inherited_subject(verb, frame) if witnessed is None else witnessed  # not "X said, injuring ten"
    if not found.sources and frame.lang == "en" and lemma(verb, frame.lang) in words("needs_source"):
        found.sources += harm_doers(verb, frame)  # "were killed when an IED emplaced by militants detonated"
    if found.sources and frame.lang == "en" and event_type in PATIENT_TYPES and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        found.targets += actors_of(verb.head, frame)  # "Palestinians killed in Israeli strikes": the noun is the patient
    if not found.targets and frame.lang == "en":
        found.targets += relative_patient(verb, frame)  # "a store owner they took hostage": the owner was taken
    if found.sources and not found.targets and frame.lang == "en":  # "Iran said American warships had attacked it"
        found.targets += [h for h in object_antecedent(verb, frame) if h.actor.id not in {s.actor.id for s in found.sources}]
    if not found.sources and frame.lang == "es":
        found.sources += pro_drop_subject(verb, frame)  # "Los estudiantes marcharon. Exigieron la renuncia de X."


def _done_to_people(event_type: str, frame: Frame) -> bool:
    """An act done to the people it names (not a recall or withdrawal of the doer's own envoys or forces)."""
    return event_type in PATIENT_TYPES and frame.mode not in {"withdraw", "recall"} \
        or event_type == "RETREAT" and frame.mode == "release"


def _name_taken_for_head(verb: Token) -> Token | None:
    """The name that opens a sentence the parser read as one noun phrase: the root is the name, and the past verb
    right after it was taken for a modifier ("Trump imposed tariffs on ...": "imposed" an amod of "tariffs", itself
    hung on "Trump"), while no other finite verb makes the sentence a clause."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.i == verb.sent.start:
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "ROOT" or name.pos_ not in {"NOUN", "PROPN", "ADJ"} or name.left_edge.i != verb.sent.start:
        return None
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.i != verb.i for t in verb.sent):
        return None
    return name


def _possessed_agent(verb: Token) -> bool:
    """The by-agent is a common noun owned by a pronoun ("by his colleagues", "by their neighbours"): the possessor
    the actor layer reads for it is the patient's, not the doers'."""
    return any(o.pos_ == "NOUN" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)
               for c in verb.children if c.dep_ in {"agent", "obl:agent"} for o in c.children if o.dep_ == "pobj")


def _whose_antecedent(obj: Token, frame: Frame) -> list:
    """"Obama, whose golfing Trump criticized": the object owned by "whose" is the antecedent's, who is aimed at."""
    clause = obj.head
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in obj.children) or clause.dep_ != "relcl":
        return []
    return actors_of(clause.head, frame)
