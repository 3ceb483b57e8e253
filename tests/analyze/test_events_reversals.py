"""Stopped acts (events/reversals.py) and doers of carried-on or joined acts ("stepped up the crackdown", "took part
in the talks"): sentences written for these tests, full analysis (real actor layer) up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text, main_event


def main(text: str):
    return main_event(code_text(text, "2026-02-04", "en"))


@pytest.mark.parametrize("text, expected, source", [
    ("Israel halted its air strikes on Gaza.", "RETREAT", "ISR"),  # ending an active conflict
    ("The rebels ended their offensive in northern Syria.", "RETREAT", None),
    ("The union called off the strike after talks with the Kenyan government.", "CONCEDE", None),  # suspending a protest
    ("The curfew in Kashmir was lifted by the Indian government on Monday.", "CONCEDE", "IND"),  # removing a curfew
    ("Russian prosecutors dropped the accusations against Alexei Navalny.", "CONCEDE", "RUS"),
    ("China stopped the military drills near Taiwan.", "RETREAT", "CHN"),
])
def test_a_stopped_act_is_its_reverse(text, expected, source):
    event = main(text)
    assert event is not None and event.type == expected
    if source:
        assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text, expected", [
    ("Serbian workers stopped work on Monday over the labour law.", "PROTEST"),  # the cue itself is a strike
    ("Israel intensified its air strikes on Gaza.", "ASSAULT"),  # carrying on is no stopping
    ("Israel refused to halt its air strikes on Gaza.", "REJECT"),  # the refusal is the event
])
def test_other_verbs_leave_the_act_as_it_is(text, expected):
    assert main(text).type == expected


def test_a_negated_stop_is_negated():
    event = main("Israel did not halt its air strikes on Gaza.")
    assert event.type == "RETREAT" and event.negated


@pytest.mark.parametrize("text, source", [
    ("The Kenyan police stepped up the crackdown on opposition supporters.", "KEN"),
    ("The Nigerian army completed the withdrawal of troops from the disputed town.", "NGA"),
    ("Turkey expanded the offensive against Kurdish fighters in northern Syria.", "TUR"),
])
def test_who_carries_on_an_act_did_it(text, source):
    event = main(text)
    assert event is not None and source in {a.country for a in event.source}


@pytest.mark.parametrize("text, expected, source", [
    ("Turkish troops took part in joint exercises with Azerbaijan.", "COOPERATE", "TUR"),  # "joint *exercise"
    ("The Pakistani army is involved in the fighting against the Taliban.", "ASSAULT", "PAK"),
    ("Japan responded to the missile test with new sanctions on North Korea.", "SANCTION", "JPN"),
])
def test_who_takes_part_in_or_answers_with_an_act_did_it(text, expected, source):
    events = [e for e in code_text(text, "2026-02-04", "en") if e.type == expected]
    assert events and source in {a.country for a in events[0].source}
