"""The by-agent of a passive that the parser hangs on a noun of an earlier phrase ("were condemned on Tuesday in
a unanimous vote by the Security Council", "was promised $3 billion at a meeting in Jakarta by the United
States"): wire leads put the agent last, after the time and place phrases, and the parser attaches it to the
nearest noun. The agent is taken only when it closes the clause and names an actor."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.charged_doers import charged_doers

PASSIVE_MARKS = {"auxpass", "nsubjpass", "aux:pass", "nsubj:pass"}
MAX_DEPTH = 3  # verb → in/at phrase → its noun → a phrase of that noun → its noun


def stranded_agent(verb: Token, frame: Frame) -> list[ActorHit]:
    """Actors of a by-phrase inside the passive verb's prepositional phrases that ends the verb's clause."""
    if frame.lang != "en" or not any(c.dep_ in PASSIVE_MARKS for c in verb.children) \
            or any(c.dep_ in {"agent", "obl:agent"} for c in verb.children):
        return []
    clause_end = max((c.right_edge.i for c in verb.children if c.dep_ != "punct"), default=verb.i)
    for by in _inner_by_phrases(verb, MAX_DEPTH):
        if by.right_edge.i != clause_end:
            continue
        return [h for o in by.children if o.dep_ == "pobj" for h in actors_of(o, frame)]
    return []


def _inner_by_phrases(head: Token, depth: int) -> list[Token]:
    """"by" phrases below ``head``'s prepositional phrases, through nouns only (no clause or participle between:
    "a rally organised by X" names X's act, not the passive's agent)."""
    found = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}):
            found += [c for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
            if depth > 1:
                found += _inner_by_phrases(noun, depth - 1)
    return found


def of_object_agent(noun: Token, frame: Frame) -> list[ActorHit]:
    """"the expulsion of four Russian diplomats by the United States": the by-phrase of an act noun that the parser
    hangs on the noun's of-object (where it closes the of-phrase) names the doer, as "the shelling of Grozny by
    Russian artillery" does when it hangs on the act noun itself. Failing that, the one convicted, jailed or
    suspected for the act did it ("was convicted of the 1988 bombing": ``charged_doers``)."""
    if frame.lang != "en":
        return []
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in of.children if o.dep_ == "pobj"):
            for by in (c for c in obj.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"):
                if by.right_edge.i == obj.right_edge.i:
                    return [h for o in by.children if o.dep_ == "pobj" for h in actors_of(o, frame)]
    return charged_doers(noun, frame) if CHARGED_DOERS else []


CHARGED_DOERS = True  # switch for paired before/after measurement
