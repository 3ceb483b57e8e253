"""General PLOVER recoding rules added for recall: obligation statements, refusals, conditional announcements,
pronoun subjects of reported clauses, main-clause preference and the local actor fallback."""
from __future__ import annotations

from tests.analyze.test_events import analyse, countries, only


def test_statement_that_another_actor_must_act_is_a_request_to_it():
    analysis = analyse("Trump said that Colombia must stop the flow of drugs.")
    event = only(analysis, "REQUEST")
    assert countries(event.source) == ["USA"] and countries(event.target) == ["COL"]


def test_own_obligation_is_not_a_request():
    assert not [e for e in analyse("Trump said he must stop the flow of drugs.").events if e.type == "REQUEST"]


def test_failing_to_reach_agreement_is_a_rejection():
    analysis = analyse("Colombia and Venezuela failed to reach an agreement on the border.")
    assert [e.type for e in analysis.events] == ["REJECT"]
    assert not analysis.events[0].negated


def test_announced_act_on_a_condition_is_a_threat():
    event = only(analyse("Venezuela will withdraw its ambassador from Colombia unless Petro apologises."), "THREATEN")
    assert countries(event.source) == ["VEN"]


def test_pronoun_subject_of_a_reported_clause_is_the_speaker():
    event = only(analyse("Venezuela says it is willing to accept the proposal from Colombia."), "AGREE")
    assert countries(event.source) == ["VEN"]


def test_main_clause_event_is_more_confident_than_a_relative_clause_event():
    analysis = analyse("Petro met Trump in Washington, where Maduro attacked Colombia last year.")
    meeting, attack = only(analysis, "CONSULT"), only(analysis, "ASSAULT")
    assert meeting.confidence > attack.confidence


def test_argument_the_actor_layer_missed_is_coded_from_its_country_word():
    analysis = analyse("Thousands of Bolivian farmers attacked Colombia.")
    event = only(analysis, "ASSAULT")
    assert countries(event.source) == ["BOL"] and countries(event.target) == ["COL"]
    assert any(a.country == "BOL" for a in analysis.actors)  # the fallback actor is listed with the others


def test_demand_made_by_a_protest_is_part_of_the_protest():
    analysis = analyse("Thousands of Colombian students staged demonstrations to demand the resignation of Nicolás Maduro.")
    assert [e.type for e in analysis.events] == ["PROTEST"]  # PLOVER: protests making requests are PROTEST
    assert countries(analysis.events[0].source) == ["COL"] and countries(analysis.events[0].target) == ["VEN"]


def test_reported_willingness_to_meet_is_agree():
    event = only(analyse("Petro said he would meet Trump in Washington."), "AGREE")
    assert countries(event.source) == ["COL"] and countries(event.target) == ["USA"]


def test_location_is_the_target_when_nobody_else_is():
    event = only(analyse("Colombia imposed a curfew in Venezuela."), "COERCE")
    assert countries(event.target) == ["VEN"]
