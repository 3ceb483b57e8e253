"""Session 17b type rules: CAMEO-category wordings of ACCUSE (calls to isolate a state, people branded criminals,
fingers pointed), SANCTION (mediation halted, talks boycotted, trade stopped, aid cancelled), MOBILIZE (forces
concentrated, readiness, naval presence, gunboats, shows of strength), AID (refugees let in, debts waived, forces
sent to guard foreigners), COERCE (land occupied by the part, clampdowns), a threat on a condition that names weapon
fire, and the Spanish participle of result as a trigger. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


def test_a_call_to_isolate_a_state_opposes_it():
    event = main("Iraq urged Arab states to isolate Egypt over its peace treaty with Israel.")
    assert event.type == "ACCUSE" and countries(event.target) == {"EGY"}


def test_a_call_to_isolate_patients_accuses_no_one():
    assert all(e.type != "ACCUSE" for e in events("The health ministry urged hospitals to isolate the infected patients."))


def test_branding_a_named_person_a_criminal_accuses():
    event = main("Iran branded the American president a criminal.")
    assert event.type == "ACCUSE" and countries(event.source) == {"IRN"}


def test_calling_a_film_a_masterpiece_accuses_no_one():
    assert all(e.type != "ACCUSE" for e in events("French critics called the Iranian film a masterpiece."))


def test_pointing_the_finger_accuses():
    assert main("Kenya pointed the finger at Somali militants for the attack on the mall.").type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "Kenya pulled out of the mediation between the two Sudanese factions.",
    "The rebels boycotted the peace talks in Nairobi.",
    "India stopped all trade with Pakistan.",
    "Washington cancelled its aid to Nicaragua.",
])
def test_halted_mediation_talks_trade_and_aid_are_sanctions(text):
    assert main(text).type == "SANCTION"


def test_an_election_boycott_stays_a_protest():
    assert main("The opposition parties boycotted the presidential election in Togo.").type == "PROTEST"


@pytest.mark.parametrize("text", [
    "Iraq has concentrated troops near the Iranian border.",
    "Egypt placed its forces in a state of readiness.",
    "The United States increased its naval presence in the Gulf.",
    "China sent gunboats to the disputed islands.",
    "The army staged a show of strength in the streets of Bangkok.",
])
def test_forces_concentrated_readied_or_shown_are_mobilized(text):
    assert main(text).type == "MOBILIZE"


def test_forces_sent_to_guard_foreigners_give_protection():
    event = main("France sent troops to protect the foreign nationals in Ivory Coast.")
    assert event.type == "AID" and countries(event.source) == {"FRA"}


def test_forces_sent_to_guard_villagers_at_home_stay_a_deployment():
    assert main("Nigeria deployed troops to protect villagers in Plateau State.").type == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "Pakistan allowed the Afghan refugees to stay until the end of the year.",
    "Jordan evacuated wounded Palestinians from Gaza to its hospitals.",
    "Britain waived the debts of the poorest African countries.",
])
def test_refuge_evacuation_of_the_wounded_and_waived_debts_are_aid(text):
    assert main(text).type == "AID"


def test_occupying_part_of_a_country_is_a_seizure():
    event = main("Turkish troops occupied the northern part of Cyprus in 1974.")
    assert (event.type, event.mode) == ("COERCE", "seize")


def test_clamping_down_on_the_press_is_coercion():
    assert main("The military government clamped down on the press.").type == "COERCE"


def test_an_attack_announced_on_a_condition_of_rocket_fire_is_a_threat():
    event = main("Israel said it would attack Hezbollah if the rocket fire continued.")
    assert event.type == "THREATEN"


def test_a_blaze_stated_as_the_cause_still_is_no_attack():
    assert all(e.type != "ASSAULT" for e in events("Three villagers died when the fire swept through the camp."))


def test_a_spanish_participle_of_result_is_a_trigger():
    from detente.analyze.nlp import load_pipeline
    from detente.analyze.events.triggers import find_triggers

    doc = load_pipeline("es")("Dos manifestantes murieron baleados por la policía en Caracas.")
    sent = next(iter(doc.sents))
    assert any(t.token.text == "baleados" and t.cue.type == "ASSAULT" for t in find_triggers(sent, "es"))


@pytest.mark.parametrize("text", [
    "China said it would not hesitate to use force against Taiwan.",
    "Britain would not shy away from imposing sanctions on Russia.",
])
def test_an_act_one_would_not_hesitate_to_do_is_a_threat(text):
    assert main(text).type == "THREATEN"


def test_hesitating_without_a_negation_is_no_threat():
    assert all(e.type != "THREATEN" for e in events("China hesitated to use force against Taiwan."))


def test_ridiculing_a_state_is_disapproval():
    assert main("Iran ridiculed the American offer of talks.").type == "ACCUSE"


def test_a_state_quitting_an_organization_cuts_ties():
    assert main("Qatar quit OPEC.").type == "SANCTION"


@pytest.mark.parametrize("text", [
    "The United States withheld its dues to UNESCO.",
    "Ecuador ordered the American ambassador out of the country.",
    "Poland reduced its diplomatic staff in Moscow.",
])
def test_dues_withheld_envoys_ordered_out_and_staff_cut_are_sanctions(text):
    assert main(text).type == "SANCTION"
