"""Whom an objection, refusal, acceptance or condemnation is aimed at when its object is a thing someone made or
did ("a law passed by parliament", "the plan Israel announced", "reports in the Israeli press"): that maker."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.extra_roles import act_type
from detente.analyze.events.inner_clauses import content_clause
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.place_countries import named_or_placed

OBJECTED_PREPS = {"over", "against", "about", "at", "on", "into", "of", "for", "to"}
MAKER_PREPS = {"by", "from"}
REPORT_NOUNS = {"report", "claim", "allegation", "charge", "rumour", "rumor", "story"}  # what a medium carries
UNDERTAKING_TYPES = {"AGREE", "SUPPORT", "AID", "COOPERATE"}  # promises, pledges, commitments, agreements  # who made the thing objected to: "a law passed by parliament", "demands from Washington"


def objected_doers(head: Token, frame: Frame, reports: bool = True) -> list[ActorHit]:
    """Whom a protest, refusal or demand is aimed at when what it objects to is a thing someone did: "protested
    against a law passed by parliament", "stopped work over a bill signed by the labour minister", "demanded the
    return of property seized by government forces": the doer named in the thing's by-phrase."""
    things = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
    things += [o for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECTED_PREPS for o in prep_objects(c)[1]]
    # "the offering by Republicans was blocked by Democrats": a passive's subject is the thing objected to
    things += [c for c in head.children if c.dep_ in {"nsubjpass", "nsubj:pass"}]
    things += [o for t in list(things) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in prep_objects(c)[1]]
    agents = [c for t in things for c in t.children if c.dep_ in {"prep", "agent"} and c.lower_ in MAKER_PREPS]
    # "the demands that came from the European Union", "a law passed by parliament"
    agents += [g for t in things for c in t.children if c.dep_ in {"acl", "relcl"} for g in c.children
               if g.dep_ in {"agent", "prep"} and g.lower_ in MAKER_PREPS]
    # "the claims that came from Bolivia": a country the actor layer read only as a place stands for itself
    hits = [h for agent in agents for obj in prep_objects(agent)[1]
            for h in named_or_placed(obj, frame)]
    hits = hits or [h for t in things for h in clause_doers(t, frame)]
    # ``reports``: the medium a denied report appeared in (a refusal or protest, not an acceptance)
    return hits or [h for t in things for h in (_reporters(t, frame) if reports else []) + _promised_to(t, frame)]


def _reporters(thing: Token, frame: Frame) -> list[ActorHit]:
    """"denied reports which appeared in the Israeli press": the medium a report or claim appeared in made it."""
    if lemma(thing, frame.lang) not in words("communication") | REPORT_NOUNS:
        return []
    holders = [thing] + [c for c in thing.children if c.dep_ in {"acl", "relcl"}]
    return [h for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"
            for o in prep_objects(c)[1] for h in actors_of(o, frame, fallback=False)][:1]


def _promised_to(thing: Token, frame: Frame) -> list[ActorHit]:
    """"reneged on its promise to the miners", "backed out of its agreement with Russia": an undertaking is broken
    towards whom it was made to or with."""
    if act_type(thing, frame) not in UNDERTAKING_TYPES:
        return []
    holders = [thing] + ([thing.head] if thing.dep_ in {"dobj", "obj"} else [])  # "rejected its pledge to Togo": the
    holders += [thing.head.head] if thing.dep_ == "pobj" and thing.head.head.pos_ == "VERB" else []  # parser hangs
    return [h for holder in holders for c in holder.children  # "to Togo" on the verb ("reneged on its pledge to ...")
            if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "with"}
            for o in prep_objects(c)[1] for h in named_or_placed(o, frame)][:1]


def clause_doers(thing: Token, frame: Frame) -> list[ActorHit]:
    """The subject of a relative clause on ``thing`` that tells who made or did it ("the proposal, which North Korea
    made", "the plan Israel announced"): the one whose thing is objected to or condemned. Not a relative pronoun
    subject ("the law that bans ...": the thing itself) nor a personal pronoun. The parser labels some relative
    clauses acl with "that" as their object ("the plan that Washington proposed"); a content clause ("claims that Iran
    armed the rebels") has "that" as its mark and names no maker."""
    return [h for c in thing.children if (c.dep_ == "relcl" or c.dep_ == "acl" and _object_relative(c))
            and c.pos_ in {"VERB", "AUX"} and not content_clause(c)
            for s in c.children if s.dep_ in {"nsubj"} and s.pos_ != "PRON" and s.tag_ not in {"WDT", "WP"}
            for h in actors_of(s, frame, fallback=False)]


def _object_relative(clause: Token) -> bool:
    """An acl whose object is a relative word: a relative clause the parser did not label relcl."""
    return any(c.dep_ in {"dobj", "obj"} and c.tag_ in {"WDT", "IN"} and c.lower_ in {"that", "which"}
               for c in clause.children)
