"""Stop-22 dates and places of acts, on sentences written for these tests (published 2024-05-01 English,
2026-02-04 Spanish): an undated earlier act is not dated to the publication day (background_dates.py); a date or a
place of another clause is not the act's (other_dates.py, act_places.py); an attack's target site is its place."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en, coded_es


def _only(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.date, e.date_text, e.location) for e in events]
    return found[0]


FRAMED = "It also ordered the ministry to release the files on the fishing dispute."


def test_a_past_act_continues_the_past_period_its_paragraph_opened():
    event = _only(coded_en("In March, the Chilean parliament formally ended the state of emergency. " + FRAMED), "REQUEST")
    assert (event.date, event.date_precision, event.date_text) == ("2024-03-01", "month", "March")


@pytest.mark.parametrize("first", [
    "On April 20, the Chilean parliament formally ended the state of emergency.",  # a day frame: the story moves on
    "In this March photo, the Chilean minister speaks to reporters.",  # a present-tense caption frames nothing
])
def test_no_period_is_carried_from_a_day_or_a_present_tense_sentence(first):
    event = _only(coded_en(first + " The Chilean parliament ordered the ministry to release the files."), "REQUEST")
    assert event.date == "2024-05-01" and event.date_text is None


def test_an_act_months_ago_has_no_date():
    assert _only(coded_en("Chile closed its border with Peru months ago, citing smuggling."), "SANCTION").date is None
    assert _only(coded_es("Chile cerró su frontera con Perú hace meses, alegando contrabando."), "COERCE").date is None
    assert _only(coded_es("Chile cerró su frontera con Perú el lunes."), "COERCE").date == "2026-02-02"


def test_an_act_told_from_memory_has_no_date():
    assert _only(coded_en("In his testimony, the agent describes arresting a smuggler in Lima."), "COERCE").date is None


def test_a_date_before_another_noun_dates_that_noun_not_the_act():
    event = _only(coded_en("The Chilean senator blamed Peru for the March 3 attack on the embassy."), "ACCUSE")
    assert event.date == "2024-05-01" and event.date_text is None
    occasion = _only(coded_en("The Chilean senator criticized Peru during an exchange at Tuesday's debate."), "ACCUSE")
    assert (occasion.date, occasion.date_text) == ("2024-04-30", "Tuesday")


def test_a_present_tense_act_takes_no_date_of_another_clause_but_its_reporting_verbs():
    event = _only(coded_en("Peru, which rejects the accusation, closed its embassy in Santiago in 2012."), "REJECT")
    assert event.date == "2024-05-01" and not event.historical
    reported = _only(coded_en("The Chilean army said on Tuesday that it is sending troops to the border with Peru."),
                     "MOBILIZE")
    assert reported.date == "2024-04-30"


@pytest.mark.parametrize("text, event_type", [
    ("Chilean councillors urged the government to back a ceasefire in Gaza.", "REQUEST"),
    ("Chilean councillors asked the government to keep its troops in Arica.", "REQUEST"),
    ("The Chilean senator accused Peru of damaging a dam in Arica.", "ACCUSE"),
])
def test_a_place_in_the_content_of_a_statement_is_not_where_it_was_made(text, event_type):
    assert _only(coded_en(text), event_type).location is None


@pytest.mark.parametrize("text, event_type, place", [
    ("President Bashir on Thursday shortened the nightly curfew imposed in Khartoum.", "CONCEDE", "Khartoum"),
    ("In Muzaffarabad, a resident says that some people were wounded in the attack.", "ASSAULT", "Muzaffarābād"),
])
def test_a_material_acts_object_place_and_a_fronted_scene_stay(text, event_type, place):
    assert _only(coded_en(text), event_type).location.name == place


@pytest.mark.parametrize("text, place", [
    ("The attack on the Capitol shocked the nation.", "Washington"),
    ("The attack on Kyiv killed five people.", "Kyiv"),
])
def test_an_attack_on_a_place_happened_there(text, place):
    assert _only(coded_en(text), "ASSAULT").location.name == place
