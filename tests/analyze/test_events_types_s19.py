"""Session 19 type and mode rules (English), from the blind CAMEO sweep. Sentences written for these tests: territory
occupied (COERCE seize, CAMEO 192) against a town seized by force (ASSAULT); boycotts and clashes by civilians are
protests; forces offered are help offered (AGREE); the act threatened sets the threat's mode; CAMEO wordings of trade
cut, aid workers expelled, nerve gas released, human shields, bombs dropped, roadblocks set up, freedoms granted,
shuttle diplomacy; what a request or refusal asks for sets its mode."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


def test_territory_occupied_is_held_not_taken_by_force():
    event = main("Turkish forces occupied Cyprus in the summer of 1974.")
    assert (event.type, event.mode) == ("COERCE", "seize")
    assert "TUR" in countries(event.source) and "CYP" in countries(event.target)
    assert main("Rebel fighters seized the town of Bunia on Sunday.").type == "ASSAULT"


def test_occupying_a_post_or_a_square_is_unchanged():
    assert main("Demonstrators occupied the main square of the capital on Monday.").type == "PROTEST"
    assert not any(e.type == "COERCE" for e in events("Germany occupies the top spot in the rankings."))


def test_a_boycott_by_civilians_is_a_protest_by_a_state_a_sanction():
    event = main("Ugandan journalists boycotted the minister's news conferences on Monday.")
    assert (event.type, event.mode) == ("PROTEST", "boycott")
    assert main("Canada boycotted the summit in Colombo over human rights.").type == "SANCTION"


@pytest.mark.parametrize("text", [
    "University students clashed with riot police in Caracas on Tuesday.",
    "Kashmiri youths clashed with Indian troops in Srinagar on Friday.",
])
def test_students_and_youths_clashing_with_police_riot(text):
    event = main(text)
    assert (event.type, event.mode) == ("PROTEST", "riot")


def test_troops_clashing_with_rebels_fight():
    assert main("Government troops clashed with rebels near Goma.").type == "ASSAULT"


def test_forces_offered_are_help_offered_not_a_threat():
    event = main("Portugal offered on Friday to send troops to East Timor to protect the population.")
    assert event.type == "AGREE"
    assert main("Russia vowed to send more troops to the border with Georgia.").type == "THREATEN"


@pytest.mark.parametrize("text, mode", [
    ("Washington threatened to cut aid to Cambodia over the war in the north.", "relations"),
    ("The miners' union threatened to stage a strike against the government.", "restrict"),
    ("Egypt threatened to sever ties with Qatar.", "relations"),
    ("The rebels threatened to seize the town of Kindu within days.", "territory"),
])
def test_the_act_threatened_sets_the_mode(text, mode):
    event = main(text)
    assert (event.type, event.mode) == ("THREATEN", mode)


@pytest.mark.parametrize("text, kind, mode", [
    ("Britain cut all trade with Rhodesia in 1965.", "SANCTION", "discontinue"),
    ("Ethiopia expelled foreign aid workers from the Ogaden on Tuesday.", "SANCTION", "expel"),
    ("Iraqi agents released nerve gas in a crowded market in Tehran.", "ASSAULT", "unconventional"),
    ("Serbian forces used U.N. peacekeepers as human shields.", "ASSAULT", "abduct"),
    ("NATO planes dropped bombs on a Serb ammunition depot.", "ASSAULT", "aerial"),
    ("Chilean farmers set up roadblocks on the main highway on Monday.", "PROTEST", "obstruct"),
    ("Tanzania granted greater freedom of the press to private newspapers.", "CONCEDE", None),
    ("The American envoy shuttled between Cairo and Jerusalem on Monday.", "CONSULT", None),
])
def test_cameo_wordings(text, kind, mode):
    event = main(text)
    assert event.type == kind
    if mode:
        assert event.mode == mode


def test_released_prisoners_stay_released():
    assert main("Morocco released 20 Polisario prisoners on Friday.").type == "RETREAT"


@pytest.mark.parametrize("text, mode", [
    ("Chad asked Libya on Monday to extradite two suspects in the bombing.", "assist"),
    ("Senegal urged Gambia and Guinea-Bissau to settle their dispute through mediation.", "meet"),
    ("Zambia rejected a Zimbabwean offer of cooperation on border security.", "assist"),
    ("Burundi rejected the peace plan drafted by Tanzania.", "meet"),
])
def test_what_is_asked_or_refused_sets_the_mode(text, mode):
    assert main(text).mode == mode


@pytest.mark.parametrize("text", [
    "Croatian troops drove tens of thousands of Serbs out of the Krajina region on Saturday.",
    "Iraqi forces forced more than 5,000 Kurds out of their villages near Kirkuk.",
])
def test_thousands_driven_out_are_a_mass_expulsion(text):
    event = main(text)
    assert (event.type, event.mode) == ("ASSAULT", "cleansing")


def test_deportations_and_a_car_driven_out_stay_as_they_were():
    assert main("Malaysia deported 3,000 Indonesian migrants last year.").type == "COERCE"
    assert main("Kenya expelled 3,000 Somali refugees on Monday.").type == "COERCE"
    assert not events("The farmer drove his tractor out of the barn on Monday.")


def test_a_threat_to_crush_unrest_threatens_violence_not_a_strike():
    event = main("Beijing warned that it would crush any unrest in Xinjiang.")
    assert (event.type, event.mode) == ("THREATEN", "violence")


def test_embargoes_discontinue_and_a_threat_to_end_mediation_threatens_relations():
    assert main("The Security Council imposed an arms embargo on Liberia on Friday.").mode == "discontinue"
    assert main("Egypt threatened to end its mediation between the two factions.").mode == "relations"
