"""Stop 18 (events-en3): killings named as nouns, fire aimed past a path phrase, resolutions adopted or passed,
accords signed in a city, protest notes handed or received, and work stopped by no workforce. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries


def _of_type(text: str, event_type: str):
    found = [e for e in events(text) if e.type == event_type]
    assert len(found) == 1, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in events(text)]
    return found[0]


def test_a_killing_named_as_a_noun_is_an_attack_by_its_by_phrase():
    event = _of_type("The killing of two Kenyan policemen by Somali militants near Garissa shocked the nation.", "ASSAULT")
    assert countries(event.target) == {"KEN"} and event.source


@pytest.mark.parametrize("text", [
    "Indian troops fired across the line of control at Pakistani bunkers overnight.",
    "Syrian gunners fired over the frontier at Turkish villages on Sunday.",
])
def test_fire_aimed_past_a_path_phrase_is_an_attack(text):
    event = _of_type(text, "ASSAULT")
    assert event.source and event.target


def test_a_worker_fired_from_a_job_at_a_bank_is_no_attack():
    assert not [e for e in events("The clerk was fired from his job at the bank in March.") if e.type == "ASSAULT"]


@pytest.mark.parametrize("verb", ["adopted", "passed"])
def test_a_body_that_adopts_or_passes_a_resolution_is_its_source(verb):
    event = _of_type(f"The Security Council {verb} a resolution calling on Ethiopia to withdraw from the border town.",
                     "REQUEST")
    assert countries(event.source) == {"UNO"} and countries(event.target) == {"ETH"}


def test_the_city_an_accord_was_signed_in_is_no_target():
    event = _of_type("Armenia and Azerbaijan signed a border agreement in Almaty on Monday.", "SUPPORT")
    assert countries(event.source) == {"ARM", "AZE"} and not event.target


def test_an_accord_signed_with_a_partner_keeps_the_partner():
    event = _of_type("Chile signed a fisheries agreement with Argentina in Santiago.", "SUPPORT")
    assert countries(event.target) == {"ARG"}


@pytest.mark.parametrize("text", [
    "Greece handed Turkey a protest note over the airspace violations.",
    "Turkey received a protest note from Greece over the airspace violations.",
])
def test_a_protest_note_accuses_the_receiver(text):
    event = _of_type(text, "ACCUSE")
    assert countries(event.source) == {"GRC"} and countries(event.target) == {"TUR"}


@pytest.mark.parametrize("text", [
    "The clinic stopped working after the shelling.",
    "The generators stopped working during the storm.",
    "The engineer stopped working at the plant in 2015.",
])
def test_stopping_work_without_a_workforce_is_no_strike(text):
    assert not [e for e in events(text) if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Port workers stopped work on Wednesday over unpaid wages.",
    "Thousands of nurses stopped working to demand better pay.",
])
def test_a_workforce_stopping_work_is_a_strike(text):
    assert _of_type(text, "PROTEST").mode == "strike"
