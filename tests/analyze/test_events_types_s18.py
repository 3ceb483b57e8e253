"""Session 18 type and mode rules (English). Sentences written for these tests: force held out as an option is a
threat of violence; a plea in court codes neither an appeal nor the act pleaded to; threats of curfews and martial law
are THREATEN restrict (manual); harm after a weapon goes off is an attack with the weapon's mode; hunger strikes by a
light verb; officials expelled, talks called off, pulling out of an accord; food refused; disasters and mishaps."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


@pytest.mark.parametrize("text, source", [
    ("Japan did not rule out military action against the pirates on Friday.", "JPN"),
    ("Spain has not ruled out an armed intervention in the crisis.", "ESP"),
    ("Kenya refused to rule out the use of force against the militia.", "KEN"),
])
def test_force_not_ruled_out_is_a_threat_of_violence(text, source):
    event = main(text)
    assert (event.type, event.mode, event.negated) == ("THREATEN", "violence", False)
    assert source in countries(event.source)


def test_force_ruled_out_and_other_acts_not_ruled_out_stay_as_they_were():
    assert main("Chile ruled out military action against the smugglers.").type == "REJECT"
    assert all(e.type != "THREATEN" for e in events("The judge did not rule out a new trial for the former mayor."))


def test_a_plea_in_court_is_no_appeal_and_no_aid():
    coded = events("The two brothers pleaded guilty to conspiring to provide weapons to a rebel group in Chad.")
    assert not any(e.type in {"AID", "REQUEST"} for e in coded)
    assert not events("The farmer pleaded not guilty to attacking a police officer.")


def test_a_plea_for_help_stays_a_request():
    assert main("The mayor of Kherson pleaded with the government for more aid.").type == "REQUEST"


@pytest.mark.parametrize("text", [
    "The governor said he would impose martial law if the looting spread.",
    "The mayor warned that he would impose a curfew on the port if the riots went on.",
])
def test_threats_of_curfew_or_martial_law_are_threaten_restrict(text):
    event = main(text)
    assert (event.type, event.mode) == ("THREATEN", "restrict")


@pytest.mark.parametrize("text, mode", [
    ("A car bomb exploded outside the central bank, killing nine people.", "explosives"),
    ("A grenade exploded near the bus station on Monday, wounding six people.", "explosives"),
])
def test_harm_after_a_weapon_goes_off_is_an_attack(text, mode):
    event = main(text)
    assert (event.type, event.mode) == ("ASSAULT", mode)


def test_an_accident_explosion_is_no_attack():
    assert not events("A fuel truck exploded on the ring road, killing eleven people and injuring dozens.")
    assert not events("A boiler exploded at the textile factory, killing three workers.")


def test_a_staged_hunger_strike_has_the_hunger_mode():
    assert (main("Jailed Basque activists staged a hunger strike in Spanish prisons.").mode) == "hunger"
    assert main("Dock workers staged a strike at the port of Antwerp.").mode == "strike"
    event = main("Inmates refused food for a fifth day in protest at their treatment.")
    assert (event.type, event.mode) == ("PROTEST", "hunger")


def test_officials_expelled_are_a_sanction_nationals_a_deportation():
    event = main("Mali expelled five senior United Nations officials on Monday.")
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert main("Ghana expelled 200 Nigerian nationals on Tuesday.").type == "COERCE"


def test_talks_called_off_and_an_accord_left_are_sanctions():
    assert main("Japan cancelled a round of fishery talks with South Korea.").type == "SANCTION"
    event = main("Brazil pulled out of the regional trade accord on Friday.")
    assert (event.type, event.mode) == ("SANCTION", "withdraw")
    assert main("Russian troops pulled out of the village on Monday.").type == "RETREAT"


def test_strafing_is_an_air_attack():
    event = main("Syrian helicopter gunships strafed rebel positions near Idlib.")
    assert (event.type, event.mode) == ("ASSAULT", "aerial")


@pytest.mark.parametrize("text", [
    "Rescuers evacuated hundreds of families as floodwaters rose in the valley.",
    "A ferry capsized on the lake; the navy rescued 80 passengers.",
    "The army flew food to mountain villages cut off by the avalanche.",
    "Officials warned residents to leave their homes as the river burst its banks.",
])
def test_disaster_relief_and_warnings_at_home_code_nothing(text):
    assert not events(text)


def test_relief_sent_abroad_after_a_disaster_stays_aid():
    event = main("Greece sent rescue teams to Albania after the earthquake.")
    assert event.type == "AID" and countries(event.target) == {"ALB"}
