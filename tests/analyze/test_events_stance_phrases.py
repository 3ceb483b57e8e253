"""Sides fixed by a phrase around the trigger. In an "in X of Y" stance phrase ("a statement in support of Ukraine")
Y is what the stance is for, the target, and the doer comes from the governing clause; an of-phrase elsewhere keeps
naming the doer ("the support of France"). Those who "took turns" doing something do it."""
from __future__ import annotations

from tests.analyze.event_helpers import countries, first_en


def test_a_statement_in_support_of_a_country_targets_it():
    event = first_en("The Canadian government released a statement in support of Ukraine.", "SUPPORT")
    assert countries(event.source) == {"CAN"} and countries(event.target) == {"UKR"}


def test_the_support_of_a_country_is_its_own():
    event = first_en("The support of France was decisive for the Malian government.", "SUPPORT")
    assert countries(event.source) == {"FRA"}


def test_a_meeting_one_takes_part_in_keeps_its_members_as_doers():
    event = first_en("Japan is participating in a meeting of states parties to the treaty.", "CONSULT")
    assert "JPN" in countries(event.source) and not event.target


def test_those_who_took_turns_do_the_act():
    event = first_en("Russian officials took turns criticizing the United States at the meeting.", "ACCUSE")
    assert countries(event.source) == {"RUS"} and countries(event.target) == {"USA"}


def test_candidates_taking_turns_attacking_a_rival_accuse_her():
    event = first_en("Mr. Ramaswamy and Mr. DeSantis took turns attacking Ms. Haley, the former governor.", "ACCUSE")
    assert event.source and event.target
