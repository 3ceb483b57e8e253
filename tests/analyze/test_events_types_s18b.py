"""Session 18 (second part): measures that need someone to aim at, threatened cuts of ties, borders sealed "with" a
state, weapons readied, refused aid, officials' closures and returns, refugees accepted. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


@pytest.mark.parametrize("text", [
    "The regional bank sanctioned a loan of two million dollars for the new bridge.",
    "The town council banned smoking in bars and cafes on Monday.",
])
def test_sanction_or_ban_aimed_at_no_one_codes_nothing(text):
    assert not events(text)


@pytest.mark.parametrize("text, event_type", [
    ("The European Union sanctioned four Belarusian banks on Friday.", "SANCTION"),
    ("Bangladesh banned the Jamaat party on Thursday.", "COERCE"),
    ("Pakistan banned the Tehreek-e-Labbaik for inciting violence.", "COERCE"),
])
def test_sanction_or_ban_aimed_at_someone_stays_an_event(text, event_type):
    assert main(text).type == event_type


def test_a_threatened_cut_of_ties_threatens_relations():
    event = main("Chile said it would sever ties with Bolivia if the border incursions continued.")
    assert (event.type, event.mode) == ("THREATEN", "relations")
    event = main("China said it would halt imports of Australian wine if Canberra did not drop the inquiry.")
    assert (event.type, event.mode) == ("THREATEN", "restrict")


def test_a_border_sealed_with_another_state_is_a_sanction():
    event = main("Azerbaijan sealed its border with Iran on Saturday.")
    assert (event.type, event.mode) == ("SANCTION", "discontinue") and "IRN" in countries(event.target)


@pytest.mark.parametrize("text", [
    "Moscow placed its nuclear forces on high alert on Monday.",
    "China positioned new missiles along its coast, Taiwanese officials said.",
])
def test_weapons_readied_are_mobilize_weapons(text):
    event = main(text)
    assert (event.type, event.mode) == ("MOBILIZE", "weapons")


def test_refusing_to_send_aid_is_a_refusal():
    event = main("Poland said it would not send fighter jets to Ukraine.")
    assert (event.type, event.mode, event.negated) == ("REJECT", "assist", False)


@pytest.mark.parametrize("text, event_type", [
    ("The United States barred imports of Cuban cigars on Monday.", "SANCTION"),
    ("Spain ordered the closure of the Venezuelan embassy in Madrid.", "SANCTION"),
    ("Saudi Arabia froze all new trade and investment with Sweden.", "SANCTION"),
    ("Iran returned the seized Greek tanker on Friday.", "RETREAT"),
    ("Germany accepted 10,000 Afghan refugees last year.", "AID"),
    ("Ukraine strengthened its forces near Kharkiv after the shelling.", "MOBILIZE"),
])
def test_wire_wordings_of_sanctions_returns_aid_and_mobilization(text, event_type):
    assert main(text).type == event_type


@pytest.mark.parametrize("text", [
    "Engineers blamed the collapse of the bridge on heavy rains and poor maintenance.",
    "Firefighters rescued 40 guests trapped in the burning hotel.",
    "The governor ordered an inquiry into the stampede at the football stadium.",
])
def test_mishaps_blamed_on_hazards_and_relief_at_home_code_nothing(text):
    assert not events(text)


def test_a_collapse_blamed_on_a_state_stays_an_accusation():
    event = main("Georgia blamed the collapse of the tunnel on Russian saboteurs.")
    assert event.type == "ACCUSE" and "GEO" in countries(event.source)


@pytest.mark.parametrize("text", [
    "A minibus carrying workers hit a fuel truck on the motorway, killing 14 people.",
    "Police charged the lorry driver with dangerous driving after the crash that killed six people.",
    "Fishermen accused the oil company of causing the spill that fouled the bay.",
])
def test_collisions_and_liability_for_mishaps_code_nothing(text):
    assert not events(text)


def test_a_missile_hitting_a_train_stays_an_attack():
    assert main("A Russian missile hit a passenger train near Kharkiv, killing 20 people.").type == "ASSAULT"


@pytest.mark.parametrize("text, mode", [
    ("The Red Cross pulled its staff out of Yemen after the attack on its office.", "withdraw"),
    ("Eritrea ordered all UN monitors out of the country on Tuesday.", "expel"),
    ("Qatar ended its role as mediator between the two factions.", "discontinue"),
    ("Canada reduced its diplomatic presence in Caracas.", "withdraw"),
])
def test_missions_pulled_or_ordered_out_and_mediation_ended_are_sanctions(text, mode):
    event = main(text)
    assert (event.type, event.mode) == ("SANCTION", mode)


def test_a_note_of_protest_is_an_official_complaint():
    event = main("Chile sent a note of protest to Peru over the maritime border.")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove") and countries(event.target) == {"PER"}


def test_aircraft_striking_a_building_stays_an_attack():
    event = main("Israeli jets struck a building in Gaza City, killing 12 people.")
    assert (event.type, event.mode) == ("ASSAULT", "aerial")


def test_an_act_coordinated_with_a_promise_is_not_its_content():
    coded = events("The militia agreed to a truce and stopped shelling the town on Sunday.")
    assert not any(e.type == "THREATEN" for e in coded)
    assert any((e.type, e.mode) == ("RETREAT", "ceasefire") for e in coded)
    assert main("Hezbollah vowed to attack and destroy any Israeli ship in its waters.").type == "THREATEN"
