"""An arrest or charge told without its doer continues the law-enforcement case the article has just told with one:
"The FBI and federal prosecutors announced the arrests of two New Yorkers. Lu and Chen were charged with acting as
agents of a foreign government." The reader takes the police or prosecutors of the sentence before as the ones who
arrest, detain or charge next; news copy names the authority once and goes on in the passive.

Only acts of police and prosecutors (arrest, detain, charge, indict, prosecute) are carried, and only from an act of
the same kind just told (the same sentence or the two before) whose doer is police or a prosecutor or court the
text names. A conviction or sentence is a court's, not the arresting police's, and is not carried. English only.
"""
from __future__ import annotations


from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.model import ActorRef, Event

CARRIED_ACTS = {"arrest", "detain", "apprehend", "charge", "indict", "prosecute"}
CASE_ACTS = CARRIED_ACTS | {"arrests", "arrest", "detention", "charges", "indictment", "prosecution", "raid",
                            "investigate", "investigation", "probe", "inquiry"}
LAW_SECTORS = {"COP", "JUD"}
TYPES = {"COERCE", "ACCUSE"}
WINDOW = 2  # sentences back
LANGUAGES = {"en"}


def continue_authorities(analysis: Analysis, implied: set[str]) -> None:
    """Give each doerless arrest or charge the police or prosecutors of the case's act just told."""
    ordered = sorted(analysis.events, key=lambda e: e.evidence.trigger.start)
    for position, event in enumerate(ordered):
        if event.type not in TYPES or event.source or event.negated:
            continue
        found = analysis.trigger_of(event)
        if found is None or found[0].lang not in LANGUAGES or not _agentless_act(found[1], CARRIED_ACTS):
            continue
        here = analysis.sentence_index(event.evidence.trigger.start)
        patients = {a.id for a in event.target}
        for earlier in reversed(ordered[:position]):
            if here - analysis.sentence_index(earlier.evidence.trigger.start) > WINDOW:
                break
            doers = [a for a in earlier.source if a.sector in LAW_SECTORS and a.country and a.name not in implied
                     and a.id not in patients]
            if earlier.type not in TYPES or earlier.negated or not doers or not _case_act(analysis, earlier):
                continue
            event.source = [ActorRef(id=a.id, name=a.name, country=a.country, sector=a.sector) for a in doers]
            break


def _agentless_act(token: Token, acts: set[str]) -> bool:
    """A passive police or prosecution verb with no by-agent ("were charged with", "was arrested in")."""
    if token.lemma_.lower() not in acts or token.pos_ not in {"VERB", "AUX"}:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    return passive and not any(c.dep_ == "agent" for c in token.children)


def _case_act(analysis: Analysis, event: Event) -> bool:
    found = analysis.trigger_of(event)
    return found is not None and (found[1].lemma_.lower() in CASE_ACTS or found[1].lower_ in CASE_ACTS)
