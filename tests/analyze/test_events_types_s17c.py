"""Session 17c type rules: an act one does not rule out (or refuses to rule out) is a threat; "opposed" as a predicative
adjective is a refusal by its subject; approving a withdrawal or deployment is that act; a call "on" a party is a
request; projectiles landing and forces entering a place; a reaction drawn "from" a party. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


@pytest.mark.parametrize("text, source, target", [
    ("Canada did not rule out air strikes against the rebels in Haiti.", "CAN", "HTI"),
    ("Britain refused to rule out sanctions against Belarus.", "GBR", "BLR"),
    ("Israel has not ruled out an attack on Syrian air bases.", "ISR", "SYR"),
])
def test_an_act_not_ruled_out_is_a_threat(text, source, target):
    event = main(text)
    assert event.type == "THREATEN" and not event.negated
    assert countries(event.source) == {source} and target in countries(event.target)


def test_an_act_ruled_out_stays_a_refusal():
    assert main("Greece ruled out military action against Turkey.").type == "REJECT"


def test_a_meeting_not_ruled_out_is_no_threat():
    assert all(e.type != "THREATEN" for e in events("The president did not rule out a meeting with the Cuban leader."))


@pytest.mark.parametrize("text, source", [
    ("Brazil is strongly opposed to the trade plan.", "BRA"),
    ("Egypt remains firmly opposed to the dam project.", "EGY"),
])
def test_predicative_opposed_is_a_refusal_by_its_subject(text, source):
    event = main(text)
    assert event.type == "REJECT" and countries(event.source) == {source}


def test_as_opposed_to_refuses_nothing():
    assert all(e.type != "REJECT" for e in events("The talks with Vietnam focus on trade, as opposed to security."))


def test_approving_a_withdrawal_is_the_withdrawal():
    assert main("The Dutch parliament approved the withdrawal of its troops from Afghanistan.").type == "RETREAT"


def test_approving_a_named_partys_withdrawal_is_no_retreat():
    assert all(e.type != "RETREAT" for e in events("The Afghan parliament approved the withdrawal of Dutch troops."))


def test_a_call_on_a_party_is_a_request():
    event = main("Australia's call on Indonesia to free the fishermen went unanswered.")
    assert event.type == "REQUEST" and countries(event.source) == {"AUS"} and countries(event.target) == {"IDN"}


@pytest.mark.parametrize("text", [
    "A Syrian rocket landed in southern Turkey.",
    "Syrian mortar shells fell on a village in Lebanon.",
])
def test_projectiles_landing_are_attacks(text):
    assert main(text).type == "ASSAULT"


def test_snow_falling_attacks_no_one():
    assert events("Heavy snow fell on Kabul and Islamabad.") == []


def test_forces_entering_a_place_are_mobilized():
    event = main("Ethiopian troops entered the Somali town of Baidoa.")
    assert event.type == "MOBILIZE" and countries(event.source) == {"ETH"}


def test_a_treaty_entering_into_force_is_no_move():
    assert all(e.type != "MOBILIZE" for e in events("The treaty between Chile and Peru entered into force in 1999."))


@pytest.mark.parametrize("text, source, target", [
    ("Pakistan's missile test drew condemnation from India.", "IND", "PAK"),
    ("Hungary faced criticism from Sweden over the new media law.", "SWE", "HUN"),
])
def test_a_reaction_drawn_from_a_party_is_theirs(text, source, target):
    event = next(e for e in events(text) if e.type == "ACCUSE")
    assert countries(event.source) == {source} and countries(event.target) == {target}


def test_praise_drawn_accuses_no_one():
    assert all(e.type != "ACCUSE" for e in events("The Chilean film drew praise from critics in France."))


def test_a_landed_shell_has_no_firer_guessed_from_the_place():
    event = main("An artillery shell landed in a village in Pakistan's Punjab province on Monday.")
    assert event.type == "ASSAULT" and "PAK" not in countries(event.source)


def test_a_roadside_bombing_is_an_explosives_attack():
    event = main("A roadside bombing near Kandahar killed two Afghan soldiers on Monday.")
    assert (event.type, event.mode) == ("ASSAULT", "explosives")
