"""Leaving is an event only by its arguments: a force leaving a place is RETREAT, a state leaving an organization
or agreement is SANCTION withdraw, a person leaving a city after a visit (or a meeting "leaving" gestures) is none."""
from __future__ import annotations

from tests.analyze.test_events import analyse, countries, only


def test_leaving_a_city_after_a_visit_is_no_retreat():
    analysis = analyse("Gustavo Petro left Washington with the impression of having found common ground with Trump.")
    assert "RETREAT" not in [e.type for e in analysis.events]


def test_a_meeting_that_left_gestures_is_no_retreat():
    analysis = analyse("The meeting between Colombia and Venezuela has left gestures of cooperation.")
    assert "RETREAT" not in [e.type for e in analysis.events]


def test_troops_leaving_a_city_is_a_retreat():
    event = only(analyse("Russian troops left Kherson on Friday."), "RETREAT")
    assert event.mode == "withdraw" and countries(event.source) == ["RUS"]


def test_troops_leaving_for_a_country_is_no_retreat():
    assert "RETREAT" not in [e.type for e in analyse("British troops left for Iraq on Monday.").events]


def test_leaving_an_organization_is_sanction_withdraw():
    event = only(analyse("Venezuela quit the Organization of American States."), "SANCTION")
    assert event.mode == "withdraw" and countries(event.source) == ["VEN"]


def test_withdrawing_from_an_agreement_is_no_agreement():
    types = [e.type for e in analyse("Colombia withdrew from the trade agreement with Venezuela.").events]
    assert "SANCTION" in types and "AGREE" not in types and "RETREAT" not in types


def test_spanish_troops_abandoning_a_city_retreat_but_a_president_leaving_does_not():
    event = only(analyse("Las tropas rusas abandonaron la ciudad de Jersón.", lang="es"), "RETREAT")
    assert event.mode == "withdraw"
    visit = analyse("El presidente Gustavo Petro salió de Washington con la impresión de haber encontrado un terreno común.", lang="es")
    assert "RETREAT" not in [e.type for e in visit.events]


def test_event_days_before_the_dated_main_clause_takes_its_month_and_no_borrowed_place():
    analysis = analyse("Petro spoke at a rally in Bogotá on January 7, 2026, days after the United States attacked Venezuela.")
    event = only(analysis, "ASSAULT")
    assert event.date == "2026-01-01" and event.date_precision == "month" and event.location is None


def test_spanish_event_weeks_before_the_dated_main_clause():
    analysis = analyse("Petro habló en Bogotá el 7 de febrero de 2026, tres semanas después de que Estados Unidos atacara "
                       "Venezuela.", lang="es")
    event = only(analysis, "ASSAULT")
    assert event.date == "2026-01-01" and event.date_precision == "month" and event.location is None


def test_different_acts_listed_side_by_side_stay_two_events():
    analysis = analyse("The crisis included the revocation of Gustavo Petro's visa, sanctions imposed by the Treasury "
                       "Department and accusations by Donald Trump.")
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert len(sanctions) == 2


def test_announced_withdrawal_is_a_concession():
    analysis = analyse("Russia announced on Monday that it will withdraw its troops from Syria.")
    assert [e.type for e in analysis.events] == ["CONCEDE"]


def test_arrival_of_peacekeepers_is_aid_from_their_country():
    # session 9 decision: peacekeepers sent are military personnel provided (codebook AID); RETREAT access is the
    # host letting them in, which an arrival does not state
    event = only(analyse("A first group of Pakistani peacekeeping troops arrived in Sierra Leone on Tuesday."), "AID")
    assert countries(event.source) == ["PAK"] and countries(event.target) == ["SLE"]


def test_minefield_explosion_is_an_attack_but_a_gas_explosion_is_not():
    assert only(analyse("A minefield explosion near Samarra killed two Iraqi civilians on Sunday."), "ASSAULT")
    assert not analyse("A gas explosion near Samarra killed two Iraqi civilians on Sunday.").events


def test_forces_preparing_an_attack_mobilize_but_stated_readiness_threatens():
    assert [e.type for e in analyse("Russian troops prepared to attack Ukraine.").events] == ["MOBILIZE"]
    assert [e.type for e in analyse("The Russian army is prepared to attack Ukraine.").events] == ["THREATEN"]


def test_the_one_allowed_is_the_target_of_a_concession():
    event = only(analyse("The Venezuelan government allowed Gustavo Petro to return."), "CONCEDE")
    assert countries(event.source) == ["VEN"] and countries(event.target) == ["COL"]


def test_leaving_talks_or_a_summit_is_a_refusal():
    assert [e.type for e in analyse("Venezuela withdrew from the negotiations with Colombia.").events] == ["REJECT"]
    assert [e.type for e in analyse("Venezuela se retiró de la cumbre el sábado.", lang="es").events] == ["REJECT"]


def test_protest_as_the_purpose_of_a_walk_out_is_not_a_second_event():
    analysis = analyse("Venezuela se retiró de la cumbre el sábado para protestar contra el proyecto.", lang="es")
    assert [e.type for e in analysis.events] == ["REJECT"]
    gathering = analyse("Los estudiantes colombianos se reunieron frente al Palacio para protestar contra el gobierno.", lang="es")
    assert [e.type for e in gathering.events] == ["PROTEST"]


def test_speaker_of_a_meeting_with_someone_is_its_source():
    event = only(analyse("Gustavo Petro stated that the meeting with Donald Trump was almost perfect."), "CONSULT")
    assert countries(event.source) == ["COL"] and countries(event.target) == ["USA"]
