"""Sides of real-news events (stop 24): where a protest is held is not whom it is against, a person's possessive on
the noun of an act done to them is the one it is done to, and no one is their own recipient. Sentences written for
these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import countries, event_at, names


def test_a_home_rally_is_against_the_authorities_not_the_city():
    event = event_at("Activists staged a rally in Lahore on Friday.", "PROTEST", "rally")
    assert countries(event.target) == {"PAK"} and "Lahore" not in names(event.target)


def test_home_demonstrations_in_two_cities_are_against_the_authorities():
    event = event_at("Thousands of people joined demonstrations in Tbilisi on Sunday.", "PROTEST", "demonstrations")
    assert countries(event.target) == {"GEO"} and "Tbilisi" not in names(event.target)


def test_a_protest_abroad_keeps_the_place_country():  # neighbour: prisoners of one country riot in another
    event = event_at("Palestinian prisoners rioted on Monday at a jail in northern Israel.", "PROTEST", "rioted")
    assert countries(event.target) == {"ISR"}


def test_a_protest_outside_a_body_keeps_the_body():  # neighbour: not a place mention
    event = event_at("Farmers protested outside Parliament in Warsaw.", "PROTEST", "protested")
    assert any(a.sector == "LEG" for a in event.target)


def test_the_place_of_a_suspended_protest_is_no_recipient():
    text = "Lithuanian farmers said on Saturday that they would suspend a protest at the border crossing with Belarus from Sunday."
    event = event_at(text, "CONCEDE", "suspend")
    assert "BLR" not in countries(event.target)


def test_a_persons_arrest_is_done_to_that_person():
    event = event_at("Navalny's arrest drew condemnation from Germany.", "COERCE", "arrest")
    assert "Alexei Navalny" in names(event.target) and "Alexei Navalny" not in names(event.source)


def test_a_persons_extradition_is_done_to_that_person():
    event = event_at("Assange's extradition was approved by the court.", "COOPERATE", "extradition")
    assert "Julian Assange" in names(event.target) and "Julian Assange" not in names(event.source)


def test_a_possessor_with_an_of_patient_is_the_doer():  # neighbour: "X's arrest of Y"
    event = event_at("Dozens of journalists protested Maduro's arrest of the reporter.", "COERCE", "arrest")
    assert "VEN" in countries(event.source) and any(a.sector == "GOV" for a in event.source)


def test_an_accuser_is_not_the_target_of_their_own_allegations():
    event = event_at("Maria Lopez's allegations have been investigated by the FBI.", "ACCUSE", "allegations")
    assert not set(names(event.source)) & set(names(event.target))


def test_an_anti_country_rally_is_against_that_country_not_held_by_it():
    text = "Activists of the Pakistan Markazi Muslim League shout slogans during an anti-India protest rally in Karachi on Friday."
    event = event_at(text, "PROTEST", "rally")
    assert countries(event.source) == {"PAK"} and countries(event.target) == {"IND"}


def test_anti_american_protests_held_by_students_are_against_the_us():
    event = event_at("Students held anti-American protests in Cairo.", "PROTEST", "held")
    assert countries(event.target) == {"USA"} and countries(event.source) == {"EGY"}


def test_an_anti_government_rally_names_no_country():  # neighbour: no country after "anti-"
    event = event_at("Students joined an anti-government rally in Tbilisi on Sunday.", "PROTEST", "rally")
    assert "USA" not in countries(event.target)
