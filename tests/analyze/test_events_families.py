"""Word families and speech-act precision (session 9): one verb covers its whole family of objects ("froze development
assistance", "released a loan", "banned the rallies"), peacekeepers sent are help, an order to one's own forces is a
mobilisation, and implied demands or charges need a real addressee or wrongdoer. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text, main_event
from detente.analyze.events.implied_sides import ATTACKERS

PUBLISHED = "2024-05-01"


def events(text: str):
    return code_text(text, PUBLISHED, "en")


def main(text: str):
    return main_event(events(text))


def sides(event) -> tuple[set, set]:
    return {a.country for a in event.source}, {a.country for a in event.target}


@pytest.mark.parametrize("text, source, target", [
    ("Germany froze development assistance to Rwanda on Tuesday.", "DEU", "RWA"),
    ("Japan halted new loans to Myanmar after the coup.", "JPN", "MMR"),
])
def test_cutting_any_kind_of_funding_is_a_sanction_withdraw(text, source, target):
    event = main(text)
    assert (event.type, event.mode) == ("SANCTION", "withdraw") and sides(event) == ({source}, {target})


def test_releasing_funds_is_aid_not_a_release_of_captives():
    event = main("The IMF released a $1 billion loan to Pakistan.")
    assert event.type == "AID" and "PAK" in sides(event)[1]


def test_banning_a_protest_is_coercion_by_the_state_not_a_protest():
    event = main("The Belarusian government prohibited all demonstrations in Minsk.")
    assert (event.type, event.mode) == ("COERCE", "restrict") and sides(event)[0] == {"BLR"}


def test_easing_any_restriction_is_a_concession():
    assert main("China scrapped its quarantine requirements for foreign travellers.").type == "CONCEDE"


def test_returning_looted_property_is_a_retreat_return():
    event = main("Germany returned the looted artefacts to Nigeria.")
    assert (event.type, event.mode) == ("RETREAT", "return") and sides(event) == ({"DEU"}, {"NGA"})


def test_peacekeepers_arriving_are_help_from_their_country():
    event = main("Russian peacekeepers arrived in Armenia.")
    assert event.type == "AID" and sides(event) == ({"RUS"}, {"ARM"})


def test_a_test_firing_is_a_weapons_test_not_an_attack_on_sunday():
    event = main("North Korea test-fired a ballistic missile on Sunday.")
    assert (event.type, event.mode) == ("MOBILIZE", "weapons")


def test_an_order_to_ones_own_forces_is_a_mobilisation_not_a_done_attack():
    event = main("Putin ordered the military to retaliate against Ukraine.")
    assert event.type == "MOBILIZE" and sides(event) == ({"RUS"}, {"UKR"})
    reported = events("Putin said he ordered the Russian military to retaliate.")
    assert reported and all(e.type != "ASSAULT" for e in reported)


def test_an_order_to_a_newspaper_still_coerces_the_newspaper():
    assert main("The government ordered the newspaper to suspend publication.").type == "COERCE"


@pytest.mark.parametrize("text", [
    "It tells people to have enough cash for at least one week.",
    "The minister said collective punishment was a breach of international law.",
])
def test_implied_demands_and_charges_need_an_addressee_or_a_wrongdoer(text):
    assert all(e.type not in {"REQUEST", "ACCUSE"} for e in events(text))


@pytest.mark.parametrize("text, event_type, source, target", [
    ("India told Pakistan to dismantle the camps.", "REQUEST", "IND", "PAK"),
    ("Russia said Sudan must return the helicopter.", "REQUEST", "RUS", "SDN"),
    ("Kyiv said Moscow was behind the drone attack.", "ACCUSE", "UKR", "RUS"),
])
def test_implied_demands_and_charges_with_named_parties_stay(text, event_type, source, target):
    event = main(text)
    assert event.type == event_type and sides(event) == ({source}, {target})


@pytest.mark.parametrize("text, target", [
    ("A Turkish convoy was hit by an air strike near Idlib.", "TUR"),
    ("Pakistani police were the target of a suicide attack in Peshawar.", "PAK"),
    ("Afghan villagers were the victims of a drone strike.", "AFG"),
])
def test_those_an_attack_noun_befalls_are_its_target_not_its_doers(text, target):
    event = main(text)
    # no named doer: at most the implied unidentified attackers of a local bombing (implied_sides), never the victims
    assert event.type == "ASSAULT" and sides(event)[1] == {target}
    assert all(actor.name == ATTACKERS for actor in event.source)


def test_a_word_class_is_matched_in_the_verbs_own_phrase_only():
    # "ending" and "sanctions" lie within a few words but in different clauses: no lifting of sanctions
    text = "The administration fulfilled their agendas: ending the reset, upping sanctions against Russians."
    assert all(e.type != "CONCEDE" for e in events(text))


def test_forces_withdrawn_in_the_passive_are_their_countrys_own():
    event = main("Israeli troops were withdrawn from the Gaza Strip on Monday.")
    assert (event.type, event.mode) == ("RETREAT", "withdraw") and sides(event)[0] == {"ISR"}


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Goma on Tuesday.",
    "Russian troops captured the city of Bakhmut.",
])
def test_armed_forces_taking_a_town_is_an_assault_not_a_police_seizure(text):
    assert main(text).type == "ASSAULT"


def test_combatants_captured_are_abducted_but_arrests_stay_arrests():
    event = main("Ukrainian forces captured dozens of Russian soldiers near Kharkiv.")
    assert (event.type, event.mode) == ("ASSAULT", "abduct") and sides(event) == ({"UKR"}, {"RUS"})
    assert main("Kenyan police captured three suspected al-Shabab militants.").type == "COERCE"


def test_saying_a_proposal_is_out_of_the_question_is_a_refusal():
    event = main("US officials said that lifting the sanctions on Cuba is out of the question.")
    assert event.type == "REJECT" and sides(event) == ({"USA"}, {"CUB"})


def test_an_event_noun_a_light_verb_announces_is_as_sure_as_its_verb():
    # the suspension is the main clause's act; the downing in the "after" clause is background
    event = main("Germany announced a suspension of arms exports to Turkey on Monday, two days after Turkish jets "
                 "bombed a Kurdish village.")
    assert event.type == "SANCTION" and sides(event) == ({"DEU"}, {"TUR"})


@pytest.mark.parametrize("text", [
    "Pakistan pledged to crack down on militant groups.",
    "Mexico promised to deploy troops to its border with the United States.",
])
def test_a_promise_to_act_against_ones_own_country_is_a_commitment_not_a_threat(text):
    assert main(text).type == "AGREE"


def test_a_promise_to_strike_another_country_stays_a_threat():
    event = main("Russia promised to retaliate against Ukraine.")
    assert event.type == "THREATEN" and sides(event) == ({"RUS"}, {"UKR"})
