"""Session 18 (events-en5): what anyone of a kind "should" do is an opinion, not a request; a negated "was in the
talks" negates the talks; an attack noun in a clause describing the struck is another act; an agreement noun beside a
law a legislature passes is no AGREE. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events


def _sides(text: str) -> list[tuple]:
    return [(e.type, [a.name for a in e.source], [a.name for a in e.target], e.negated) for e in events(text)]


@pytest.mark.parametrize("text", [
    "The senator criticised the deal, saying that a minister should not have to beg for funding in a crisis.",
    "The governor said no one should have to wait hours to vote.",
])
def test_what_anyone_of_a_kind_should_do_is_no_request(text):
    assert not [e for e in events(text) if e.type == "REQUEST"]


def test_what_a_named_actor_should_do_stays_a_request():
    assert [e.type for e in events("The mayor said Russia should withdraw its troops.")] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Senator Smith hasn't even been in the talks, so the outcome is unclear.",
    "The foreign minister was not at the negotiations in Geneva.",
])
def test_not_being_in_the_talks_negates_them(text):
    consults = [e for e in events(text) if e.type == "CONSULT"]
    assert consults and all(e.negated for e in consults)


def test_being_in_the_talks_is_not_negated():
    consults = [e for e in events("Senator Smith has been in the talks since Monday.") if e.type == "CONSULT"]
    assert all(not e.negated for e in consults)


def test_victims_of_an_act_described_in_the_object_are_not_struck():
    coded = _sides("Pakistan said it bombed camps used by rebels linked to last year's killing of pilgrims in the north.")
    assert not [s for s in coded if s[0] == "ASSAULT" and "Pakistan" in s[1] and s[2]]
    assert [s for s in coded if s[0] == "ASSAULT" and "Pakistan" in s[1]]


def test_an_attack_and_its_result_clause_stay_one_act():
    coded = _sides("Israeli jets bombed a school in Gaza, killing dozens of children.")
    assert len([s for s in coded if s[0] == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    "On May 5, the U.S. Congress passed the Clean Harbors Act of 2022, an agreement to raise the limit on the amount "
    "of money the states may spend.",
    "The German parliament passed the Energy Act of 2019, an agreement to raise the limit on coal imports.",
])
def test_an_agreement_noun_describing_a_law_passed_is_no_agree(text):
    assert not [e for e in events(text) if e.type == "AGREE"]
