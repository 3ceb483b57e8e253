"""Stop-23 dates and places of acts, on sentences written for these tests (published 2024-05-01 English,
2026-02-04 Spanish): the dateline places the day's statements of its country's actors (dateline_places.py); a
statement's topic place is not its place (statement_places.py); an attack's goal is its site (attack_sites.py); an
"ago" in the act's "when" clause and an "at the time" date the act as background (background_dates.py)."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en, coded_es


def _of_type(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.date, e.location) for e in events]
    return found[0]


def _place(event):
    return event.location.name if event.location is not None else None


def test_the_dateline_places_the_days_statement_of_its_countrys_actors():
    event = _of_type(coded_en("LIMA — Peruvian senators harshly criticized the Chilean government on Tuesday."), "ACCUSE")
    assert _place(event) == "Lima"


@pytest.mark.parametrize("text", [
    "LIMA — Chilean senators harshly criticized the Peruvian government on Tuesday.",  # foreign actors: said elsewhere
    "LIMA — Peruvian senators harshly criticized the Chilean government in Santiago on Tuesday.",  # a place of its own
])
def test_the_dateline_is_not_given_to_foreign_actors_habits_or_acts_placed_elsewhere(text):
    event = _of_type(coded_en(text), "ACCUSE")
    assert _place(event) in (None, "Santiago")


def test_a_habit_is_not_the_days_act_at_the_dateline():
    coded = coded_en("LIMA — The Peruvian president criticizes the Chilean government every week.")
    assert all(_place(event) != "Lima" for event in coded)  # a habit is no event (generic_cases), nor the day's act


def test_a_place_in_a_statements_topic_is_not_where_it_was_made():
    topic = _of_type(coded_en("The Peruvian senator criticized the Chilean minister over his birth in Tacna."), "ACCUSE")
    assert _place(topic) is None
    venue = _of_type(coded_en("The Peruvian senator criticized Chile at a press conference in Arequipa."), "ACCUSE")
    assert _place(venue) == "Arequipa"


@pytest.mark.parametrize("text, place", [
    ("Peru launched missiles into Chile on Monday.", "Chile"),
    ("Chilean forces shot down two Peruvian drones over Arica on Monday.", "Arica"),
    ("Peruvian militants stormed from Bolivia into Chile and killed five soldiers.", "Chile"),
    ("Peru continued the bombardment of Arica on Monday.", "Arica"),
])
def test_an_attacks_goal_is_its_site(text, place):
    event = _of_type(coded_en(text), "ASSAULT")
    assert _place(event) == place


def test_the_origin_of_an_attack_is_not_its_site():
    killed = [e for e in coded_en("Peruvian militants stormed from Bolivia into Chile and killed five soldiers.")
              if e.type == "ASSAULT"]
    assert killed and all(_place(e) != "Bolivia" for e in killed)


def test_an_ago_in_the_acts_when_clause_leaves_it_undated():
    event = _of_type(coded_es("Cuando se presentó la propuesta hace años, el Gobierno de Perú la rechazó."), "REJECT")
    assert event.date is None
    today = _of_type(coded_es("Cuando se presentó la propuesta el lunes, el Gobierno de Perú la rechazó."), "REJECT")
    assert today.date == "2026-02-02"


def test_at_the_time_takes_the_storys_last_date():
    # a day is no paragraph frame (stop 22): only "at the time" carries it
    event = _of_type(coded_en("On March 3, Chilean police arrested two Peruvian diplomats. The Peruvian "
                              "minister harshly criticized Chile at the time."), "ACCUSE")
    assert (event.date, event.date_precision) == ("2024-03-03", "day")
    later = _of_type(coded_en("On March 3, Chilean police arrested two Peruvian diplomats. The Peruvian "
                              "minister harshly criticized Chile at the time of the vote."), "ACCUSE")
    assert later.date == "2024-05-01"


def test_the_passive_subject_of_an_attack_by_airstrikes_is_their_site():
    event = [e for e in coded_en("Arica has been hit by Peruvian airstrikes for a second day.") if e.type == "ASSAULT"]
    assert event and any(_place(e) == "Arica" for e in event)


def test_there_refers_back_to_the_place_named_before():
    events = coded_en("Peruvian troops entered Arica on Monday. They arrested two Chilean officials there.")
    assert _place(_of_type(events, "COERCE")) == "Arica"
    # a "there" inside another clause ("officials who live there") does not locate the act
    other = coded_en("Peruvian troops entered Arica on Monday. Officials who live there said Chile arrested two "
                     "Peruvian soldiers.")
    assert _place(_of_type(other, "COERCE")) != "Arica"


def test_a_spanish_wire_dateline_places_the_days_statement():
    event = _of_type(coded_es("Lima, 3 feb (EFE).- El Gobierno de Perú criticó duramente al de Chile este martes."),
                     "ACCUSE")
    assert _place(event) == "Lima"
