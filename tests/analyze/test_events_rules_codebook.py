"""Codebook rules of the second rule pass: promises of force are threats, orders are the act ordered, signing is
SUPPORT, stative commitments, mediation, mobilisation targets, set phrases, and Spanish argument patterns."""
from __future__ import annotations

from tests.analyze.test_events import analyse, countries, only


def test_promise_of_force_is_a_threat():
    event = only(analyse("Venezuela vowed to attack Colombia."), "THREATEN")
    assert event.mode == "violence" and countries(event.source) == ["VEN"] and countries(event.target) == ["COL"]


def test_offer_after_an_attack_is_not_a_threat():
    types = [e.type for e in analyse("Colombia offered to negotiate with Venezuela after the attack.").events]
    assert "THREATEN" not in types and "AGREE" in types


def test_subject_of_a_stative_commitment_is_the_source():
    event = only(analyse("Colombia is committed to cooperating with Venezuela."), "AGREE")
    assert countries(event.source) == ["COL"]


def test_ordered_arrest_is_the_arrest_by_whoever_ordered_it():
    analysis = analyse("Venezuela ordered the arrest of Gustavo Petro.")
    assert "REQUEST" not in [e.type for e in analysis.events]
    event = only(analysis, "COERCE")
    assert countries(event.source) == ["VEN"] and countries(event.target) == ["COL"]


def test_mediation_between_two_countries_targets_both():
    event = only(analyse("Brazil launched a mediation effort between Colombia and Venezuela."), "CONSULT")
    assert event.mode == "third-party" and countries(event.source) == ["BRA"]
    assert sorted(countries(event.target)) == ["COL", "VEN"]


def test_mobilised_forces_are_not_the_target():
    event = only(analyse("Venezuela mobilized army reservists for a possible war against Colombia."), "MOBILIZE")
    assert countries(event.source) == ["VEN"] and countries(event.target) == ["COL"]


def test_people_named_in_a_multiword_cue_stay_the_target():
    event = only(analyse("Colombia expelled two Venezuelan diplomats."), "SANCTION")
    assert event.mode == "expel" and countries(event.target) == ["VEN"]


def test_signing_is_support_and_a_promise_to_sign_is_agree():
    assert [e.type for e in analyse("Colombia and Venezuela signed a trade agreement.").events] == ["SUPPORT"]
    assert [e.type for e in analyse("Colombia said it will sign a trade agreement with Venezuela.").events] == ["AGREE"]


def test_aid_counted_in_tons_is_promised_by_the_provider():
    event = only(analyse("The United States will provide 25,000 tons of food aid to Colombia."), "AGREE")
    assert countries(event.source) == ["USA"] and countries(event.target) == ["COL"]


def test_press_release_is_no_release():
    types = [e.type for e in analyse("Colombia criticised Venezuela in a press release by its foreign ministry.").events]
    assert "RETREAT" not in types and "ACCUSE" in types


def test_threat_received_by_others_is_not_the_reporters_threat():
    analysis = analyse("Venezuela said that witnesses in Colombia received death threats.")
    assert not [e for e in analysis.events if e.type == "THREATEN" and countries(e.source) == ["VEN"]]


def test_spanish_clashes_that_pit_two_groups_are_one_assault():
    analysis = analyse("Los enfrentamientos que opusieron a policías colombianos y estudiantes venezolanos dejaron diez heridos.",
                       lang="es")
    assert "REJECT" not in [e.type for e in analysis.events]
    event = only(analysis, "ASSAULT")
    assert countries(event.source) == ["COL"] and countries(event.target) == ["VEN"]


def test_spanish_protest_organised_by_a_group_has_that_source():
    event = only(analyse("Una marcha organizada por los sindicatos colombianos recorrió Bogotá.", lang="es"), "PROTEST")
    assert countries(event.source) == ["COL"]


def test_spanish_in_protest_is_the_motive_of_the_strike_not_a_second_protest():
    analysis = analyse("Los camioneros colombianos iniciaron un paro en protesta por los peajes.", lang="es")
    protests = [e for e in analysis.events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].mode == "strike" and countries(protests[0].source) == ["COL"]


def test_spanish_group_on_strike_is_the_protest_source():
    analysis = analyse("Los médicos venezolanos, en huelga desde hace diez semanas, rechazaron la oferta.", lang="es")
    event = only(analysis, "PROTEST")
    assert event.mode == "strike" and countries(event.source) == ["VEN"]


def test_spanish_confront_codes_only_as_a_reflexive_clash():
    assert "ASSAULT" not in [e.type for e in analyse("El gobierno de Colombia enfrenta una crisis.", lang="es").events]


def test_harm_by_a_weapon_is_an_attack_but_harm_by_a_blast_is_not():
    event = only(analyse("A roadside bomb killed two Colombian soldiers in Cauca."), "ASSAULT")
    assert event.mode == "explosives" and set(countries(event.target)) == {"COL"}
    assert not analyse("Officials said the blast injured 30 Colombian workers at the factory.").events


def test_investigating_an_accident_accuses_no_one():
    assert not analyse("Colombian police are investigating the cause of the fire in Bogota.").events
    event = only(analyse("Colombian prosecutors are investigating Venezuelan officials for corruption."), "ACCUSE")
    assert event.mode == "investigate" and countries(event.target) == ["VEN"]


def test_troops_sent_to_rescue_residents_are_aid_not_mobilisation():
    analysis = analyse("The Colombian army was deployed to rescue stranded residents after the floods.")
    assert [e.type for e in analysis.events] == ["AID"]
    assert countries(analysis.events[0].source) == ["COL"]


def test_conditional_threat_is_aimed_at_whoever_must_meet_the_condition():
    event = only(analyse("Venezuela threatened to close the border if Colombia expelled its diplomats."), "THREATEN")
    assert countries(event.source) == ["VEN"] and countries(event.target) == ["COL"]


def test_soldiers_killed_by_an_unnamed_attacker_are_an_assault_but_farmers_are_not():
    event = only(analyse("Two Colombian soldiers were killed in Cauca on Monday."), "ASSAULT")
    assert event.source == [] and set(countries(event.target)) == {"COL"}
    assert not [e for e in analyse("Two Colombian farmers were killed in Cauca on Monday.").events if e.type == "ASSAULT"]


def test_spanish_crowd_that_protests_is_a_civilian_group():
    event = only(analyse("Varias decenas de seguidores protestaron delante de la embajada de Colombia.",
                         lang="es"), "PROTEST")
    assert [a.sector for a in event.source] == ["CVL"]


def test_spanish_ser_passive_with_por_agent():
    event = only(analyse("El presidente venezolano fue atacado por militares colombianos.", lang="es"), "ASSAULT")
    assert countries(event.source) == ["COL"] and countries(event.target) == ["VEN"]


def test_spanish_reflexive_protest_with_a_contra_target():
    event = only(analyse("Miles de campesinos bolivianos se manifestaron contra el gobierno de Colombia.", lang="es"), "PROTEST")
    assert countries(event.source) == ["BOL"] and countries(event.target) == ["COL"]
