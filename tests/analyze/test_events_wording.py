"""General wordings of demands, accusations, strikes and breaks in relations (session 8): telling or wanting
someone to act, saying another actor did wrong, the targets of nominal demands and threats, "ties with X over Y",
being on strike, and cues that must not fire on look-alike words. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text, main_event

PUBLISHED = "2024-05-01"


def main(text: str):
    return main_event(code_text(text, PUBLISHED, "en"))


def sides(event) -> tuple[set, set]:
    return {a.country for a in event.source}, {a.country for a in event.target}


@pytest.mark.parametrize("text, source, target", [
    ("India told Pakistan to dismantle the militant camps on its soil.", "IND", "PAK"),
    ("Washington pushed Israel to allow more aid into Gaza.", "USA", "ISR"),
    ("Tehran wants Washington to lift all sanctions.", "IRN", "USA"),
])
def test_telling_or_wanting_someone_to_act_is_a_request(text, source, target):
    event = main(text)
    assert event.type == "REQUEST" and sides(event) == ({source}, {target})


@pytest.mark.parametrize("text", [
    "The guidance told citizens how to prepare for a crisis.",
    "We want customers to be able to use the service.",
])
def test_advice_and_wishes_about_no_named_actor_are_no_request(text):
    event = main(text)
    assert event is None or event.type != "REQUEST"


@pytest.mark.parametrize("text, source, target", [
    ("Kyiv said Moscow was behind the drone attack.", "UKR", "RUS"),
    ("The minister said Russia had violated the treaty by refusing inspections.", None, "RUS"),
    ("Iran said Israel was responsible for the assassination of the Hamas leader in Tehran.", "IRN", "ISR"),
])
def test_saying_another_actor_did_wrong_is_an_accusation(text, source, target):
    event = main(text)
    assert event.type == "ACCUSE" and target in sides(event)[1]
    assert source is None or source in sides(event)[0]


def test_saying_one_did_no_wrong_is_no_accusation():
    found = code_text("Russia said it had not violated the treaty.", PUBLISHED, "en")
    assert not [e for e in found if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, event_type, target", [
    ("South Korea renewed its call for Japan to compensate victims of wartime forced labour.", "REQUEST", "JPN"),
    ("China's threat to use force against Taiwan alarmed its neighbours.", "THREATEN", "TWN"),
    ("China downgraded diplomatic ties with Lithuania over Taiwan.", "SANCTION", "LTU"),
    ("Canada pulled its diplomats out of India.", "SANCTION", None),
])
def test_targets_of_nominal_demands_threats_and_broken_ties(text, event_type, target):
    event = main(text)
    assert event.type == event_type
    assert target is None or target in sides(event)[1]


def test_being_on_strike_is_a_strike_by_the_subject():
    event = main("Nurses in Kenya remain on strike.")
    assert (event.type, event.mode) == ("PROTEST", "strike") and sides(event)[0] == {"KEN"}


def test_fighting_that_erupts_in_a_city_is_located_there():
    event = main("Heavy fighting erupted in Tripoli on Sunday.")
    assert event.type == "ASSAULT" and "LBY" in sides(event)[1]


@pytest.mark.parametrize("text, event_type", [
    ("Colombia's government and the ELN rebels struck an agreement on a six-month ceasefire.", "AGREE"),
    ("Israel struck an ambulance convoy in Gaza, killing at least 13, according to the World Health Organization.", "ASSAULT"),
    ("Russia conceded that its forces had retreated from Lyman.", "CONCEDE"),
    ("The World Bank approved a 500 million dollar loan to Pakistan.", "AID"),
])
def test_multiword_cues_and_outer_concessions(text, event_type):
    assert main(text).type == event_type


def test_admitting_differences_is_no_concession():
    found = code_text("He admitted that they still had differences on trade.", PUBLISHED, "en")
    assert not [e for e in found if e.type == "CONCEDE"]


@pytest.mark.parametrize("text", [
    "In March, Kenya held elections.",
    "Kenya held elections in March.",
])
def test_a_month_is_no_march(text):
    assert [e.type for e in code_text(text, PUBLISHED, "en") if e.type == "PROTEST"] == []


def test_a_march_in_the_street_is_still_a_protest():
    text = "Thousands of Kenyans joined a march against the government of President William Ruto in Nairobi."
    assert main(text).type == "PROTEST"
