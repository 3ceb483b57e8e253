"""Shared helpers for the event tests: code a sentence with the real pipeline up to the events stage and read
the coded events' types and countries."""
from __future__ import annotations

from detente.analyze.events.evaluation import code_text, main_event
from detente.model import Event

ENGLISH_PUBLISHED = "2024-05-01"
SPANISH_PUBLISHED = "2026-02-04"


def coded_en(text: str) -> list[Event]:
    return code_text(text, ENGLISH_PUBLISHED, "en")


def coded_es(text: str) -> list[Event]:
    return code_text(text, SPANISH_PUBLISHED, "es")


def main_en(text: str) -> Event:
    """The sentence's main event (what the GSR evaluation scores)."""
    return main_event(coded_en(text))


def countries(actors) -> set:
    return {a.country for a in actors}


def names(actors) -> set:
    return {a.name for a in actors}


def first_en(text: str, event_type: str) -> Event:
    """The first English event of ``event_type`` (fails the test with every coded event and its countries otherwise)."""
    found = [e for e in coded_en(text) if e.type == event_type]
    assert found, [(e.type, countries(e.source), countries(e.target)) for e in coded_en(text)]
    return found[0]


def at_trigger(text: str, event_type: str, trigger: str) -> list[Event]:
    """The English events of ``event_type`` whose trigger is the word(s) ``trigger``."""
    found = []
    for event in coded_en(text):
        evidence = event.evidence
        start, end = evidence.trigger.start - evidence.start, evidence.trigger.end - evidence.start
        if event.type == event_type and evidence.sentence[start:end] == trigger:
            found.append(event)
    return found


def event_at(text: str, event_type: str, trigger: str) -> Event:
    """The first English event of ``event_type`` at the trigger word(s) ``trigger`` (fails the test with every coded
    event, its sides' names and countries otherwise)."""
    found = at_trigger(text, event_type, trigger)
    assert found, [(e.type, [(a.name, a.country) for a in e.source], [(a.name, a.country) for a in e.target])
                   for e in coded_en(text)]
    return found[0]


def types_es(text: str) -> list[str]:
    return sorted(e.type for e in coded_es(text))


def single_es(text: str, event_type: str) -> Event:
    """The one Spanish event of ``event_type`` (fails the test with every coded event otherwise)."""
    found = [e for e in coded_es(text) if e.type == event_type]
    assert len(found) == 1, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in coded_es(text)]
    return found[0]
