"""Sides that belong to the speaker of a reported clause, not to the party the clause is about: "said X's actions
will not go unpunished" (the speaker threatens X), a quoted "we ask he resign" (the speaker asks), and "retaliate
against Israel for recent attacks" (Israel made the attacks the retaliators answer)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.targets import SUBJECT_DEPS, relative_antecedent

FIRST_PERSON = {"we", "i"}
REPORTED_DEPS = {"ccomp", "conj", "xcomp", "advcl", "parataxis"}
# a reprisal verb's (cues.tsv "reprisal") aim and the act it answers: "retaliate against X for attacks"
REPRISAL_AIM_PREPS = {"against", "on", "upon", "at"}
ANSWERED_PREPS = {"for", "over"}


def reporting_speaker(verb: Token, frame: Frame) -> list[ActorHit] | None:
    """The subject of the nearest clause above ``verb`` that states it as its content (a verb of saying, or any verb
    whose ccomp it is: "'we banned it,' DeSantis responded"), through coordinated and adverbial clauses, whose own
    subjects are passed over; None when no such clause governs it."""
    current = verb
    for _ in range(4):
        if current.dep_ not in REPORTED_DEPS or current.head.i == current.i:
            return None
        content = current.dep_ in {"ccomp", "parataxis"}
        current = current.head
        if content or lemma(current, frame.lang) in words("communication"):
            return [h for c in current.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                    for h in actors_of(relative_antecedent(c), frame)]
    return None


def first_person_speaker(subject: Token, frame: Frame) -> list[ActorHit] | None:
    """A quoted "we"/"I" is the one who says it, never the subject of a clause it is coordinated with ("said Starmer
    had failed and therefore 'we ask he resign'"): the speaker, or nothing (None: not a first-person subject)."""
    if subject.pos_ != "PRON" or subject.lower_ not in FIRST_PERSON or frame.lang != "en":
        return None
    return reporting_speaker(subject.head, frame) or []


def unanswered_sides(verb: Token, frame: Frame) -> tuple[list[ActorHit], list[ActorHit]] | None:
    """"X's actions will not go unpunished" (a reprisal held out): the one whose acts are named is threatened, the
    speaker threatens (sources, targets); None when ``verb`` is not that idiom's "go"."""
    if frame.lang != "en" or lemma(verb, frame.lang) != "go" or not any(
            c.lower_ in words("unanswered") for c in verb.children):
        return None
    subjects = [relative_antecedent(c) for c in verb.children if c.dep_ in SUBJECT_DEPS]
    owners = [p for s in subjects for p in s.children if p.dep_ in {"poss", "nmod:poss"}]
    named = [h for o in owners for h in actors_of(o, frame)] or [h for s in subjects for h in actors_of(s, frame)]
    speaker = reporting_speaker(verb, frame) or []
    return speaker, [h for h in named if h.actor.id not in {s.actor.id for s in speaker}]


def answered_act_sides(noun: Token, frame: Frame) -> tuple[list[ActorHit], list[ActorHit]] | None:
    """The act a reprisal answers ("will retaliate against Israel for recent attacks"): the reprisal's aim made it
    and the retaliators suffered it (sources, targets); None when ``noun`` is not in such a for/over phrase."""
    if frame.lang != "en" or noun.dep_ != "pobj" or noun.head.lower_ not in ANSWERED_PREPS:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or lemma(verb, frame.lang) not in words("reprisal"):
        return None
    aims = [h for c in verb.children if c.dep_ == "prep" and c.lower_ in REPRISAL_AIM_PREPS
            for o in prep_objects(c)[1] for h in actors_of(o, frame)]
    if lemma(verb, frame.lang) in words("punishing"):
        aims += [h for c in verb.children if c.dep_ in {"dobj", "obj"} for h in actors_of(c, frame)]
    if not aims:
        return None  # "retaliate for the attacks": whose attacks is not said here
    from detente.analyze.events.sources import subject_of  # sources imports this module

    doers = subject_of(verb, frame)
    aimed = {h.actor.id for h in aims}
    return aims, [h for h in doers if h.actor.id not in aimed]
