"""Codebook precedence (events/precedence.py): the type an act takes when its trigger word alone says another;
who is accused of a condemned act (targets.accused_doers).
Sentences written for these tests; full analysis (real actor layer) up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text, main_event


def main(text: str):
    return main_event(code_text(text, "2026-02-04", "en"))


@pytest.mark.parametrize("text, expected", [
    ("Colombia and the United States pledged to fight drug trafficking together.", "AGREE"),  # a scourge, jointly
    ("The Afghan government promised to fight corruption.", "AGREE"),
    ("Russia promised to help Syria fight the rebels.", "AGREE"),  # help to another
    ("Hamas vowed to fight Israel.", "THREATEN"),  # an actor threatened
    ("Pakistan vowed to crack down on militants.", "THREATEN"),
])
def test_a_promise_to_fight_is_a_threat_only_against_someone(text, expected):
    assert main(text).type == expected


@pytest.mark.parametrize("text, expected", [
    ("Israel intensified the blockade of Gaza on Tuesday.", ("COERCE", "restrict")),  # a state blockade
    ("Angry French farmers blockaded the port of Calais.", ("PROTEST", "obstruct")),  # a protest blockade
    ("Demonstrators clashed with security forces in Caracas.", ("PROTEST", "riot")),  # violence by protesters
    ("Security forces clashed with demonstrators in Caracas.", ("ASSAULT", None)),  # force against them
    ("Egypt allowed aid trucks to cross into Gaza.", ("RETREAT", "access")),  # letting goods in
    ("The government allowed the opposition to hold a rally.", ("CONCEDE", None)),  # a freedom granted
])
def test_who_does_it_decides_the_type(text, expected):
    event = main(text)
    assert event.type == expected[0]
    if expected[1]:
        assert event.mode == expected[1]


def test_mobilizing_supporters_to_demonstrate_is_the_protest():
    events = code_text("The Argentine union mobilized its supporters to demonstrate against the cuts.", "2026-02-04", "en")
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize("text, accused, not_source", [
    ("Human Rights Watch condemned the killings of civilians by Ethiopian troops in Tigray.", "ETH", "ETH"),
    ("France criticized the attacks by Israeli settlers on Palestinian villages.", "ISR", None),
    ("Ukraine is investigating war crimes committed by Russian soldiers in Bucha.", "RUS", None),
])
def test_the_doer_of_a_condemned_act_is_accused(text, accused, not_source):
    event = main(text)
    assert event.type == "ACCUSE" and accused in {a.country for a in event.target}
    if not_source:
        assert not_source not in {a.country for a in event.source}


def test_a_passive_by_agent_stays_the_source():
    event = main("The Chinese ambassador was criticized by the Japanese government.")
    assert event.type == "ACCUSE" and "JPN" in {a.country for a in event.source}


def test_a_future_meeting_is_agree_but_a_meeting_noun_stays_consult():
    assert main("Vladimir Putin will visit China in May.").type == "AGREE"  # codebook CONSULT note
    summit = main("The upcoming summit between Russia and China will take place in Beijing.")
    assert summit.type == "CONSULT" and summit.future
