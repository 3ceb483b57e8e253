"""Sides on real-news shapes (stop 20, round 2; precision first: an empty side is better than a wrong one): a time
or reason phrase holding another act gives no last-resort target ("refused to resign after being accused by
prosecutors"); a state acting at home is not its own recipient ("Pakistan banned the group"), nor is a named but
unresolved group replaced by the place's population; a content clause ("a report that troops shot ...") names no
maker of the report and its place is no target; a protest participle's crowd protests ("protesting crowds"); "condemned
what it called X strikes" accuses X. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import countries, first_en as of_type, names


@pytest.mark.parametrize("text, event_type, wrong", [
    # another act's parties, in a time or reason phrase, are no last-resort target
    ("The minister has so far refused to resign after being accused by prosecutors of taking bribes.", "REJECT", "prosecutors"),
    ("The governor declined to step down after meeting opposition leaders in the capital.", "REJECT", "opposition leaders"),
    ("Pakistan banned the movement in 2002 after an attack on parliament.", "COERCE", "parliament"),
    ("The senator has refused to step down after being indicted, including for passing secrets to the government of Qatar.",
     "REJECT", "government of Qatar"),
])
def test_no_target_from_another_act(text, event_type, wrong):
    event = of_type(text, event_type)
    assert wrong not in names(event.target)


@pytest.mark.parametrize("text, event_type, own", [
    # a state acting at home is not its own recipient; an unresolved group named as the recipient is not the population
    ("The group ran schools in Muridke until 2013, when Pakistan banned the group and seized its offices in Pakistan.",
     "COERCE", "PAK"),
    ("Officials said intelligence agencies gave coordinates for the strikes and that every sortie was flown from Indian territory.",
     "ASSAULT", "IND"),
])
def test_no_own_country_target(text, event_type, own):
    event = of_type(text, event_type)
    assert own not in countries(event.target)


def test_act_inside_content_clause_names_no_target():
    event = of_type("The broadcaster had to apologize for a report that Israeli troops inside a clinic in Gaza had shot patients.",
                    "CONCEDE")
    assert not countries(event.target) & {"ISR", "PSE"}


@pytest.mark.parametrize("text", [
    "Kiev was overrun by protesting crowds on Sunday.",
    "Watch: Belgrade overrun by protesting students.",
])
def test_protesting_crowd_is_the_source(text):
    event = of_type(text, "PROTEST")
    assert event.source
    assert not event.target or names(event.target) != names(event.source)


@pytest.mark.parametrize("text, target", [
    ("Islamabad condemned what it called Indian air strikes on civilian areas.", "IND"),
    ("Moscow condemned what it described as a NATO attack on Serbian villages.", "IGO"),
])
def test_called_act_doer_is_accused(text, target):
    assert target in countries(of_type(text, "ACCUSE").target)


def test_named_target_kept():
    # a target read from the act's own object stays, even of the doer's country's region
    event = of_type("Russian jets bombed Grozny after rebel attacks on Russian posts.", "ASSAULT")
    assert "RUS" in countries(event.target)


def test_relative_clause_still_names_the_maker():
    # "the attack that Hamas launched" is a relative clause (no object of its own): Hamas made it, and is accused
    event = of_type("The envoy took the council to task for not condemning the attack on Israel that Hamas launched in October.",
                    "ACCUSE")
    assert "PSE" in countries(event.target)


def test_place_kept_for_attack_by_no_state_organ():
    # a gunman is no organ of the state: the place of his attack stays its last-resort target
    event = of_type("A gunman opened fire at a market in Prague, Czech Republic on Thursday.", "ASSAULT")
    assert "CZE" in countries(event.target)


@pytest.mark.parametrize("text, event_type, target", [
    # near neighbours that keep their target: a measure held at home falls on the place; pressure overridden is aimed at
    ("Suharto on Friday eased the curfew imposed in Jakarta after riots shook the capital.", "CONCEDE", "IDN"),
    ("The prime minister has refused to step down despite growing pressure by the Commonwealth.", "REJECT", "IGO"),
])
def test_neighbours_keep_their_target(text, event_type, target):
    assert target in countries(of_type(text, event_type).target)


@pytest.mark.parametrize("text, target", [
    # the content clause of a verb+noun cue names whom the concern is about
    ("Belgrade voiced concern that NATO was preparing a ground offensive.", "IGO"),
    ("Washington expressed alarm that Pyongyang had restarted its reactor.", "PRK"),
])
def test_concern_clause_subject_is_the_target(text, target):
    assert target in countries(of_type(text, "ACCUSE").target)
