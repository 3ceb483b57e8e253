"""Claims of responsibility that are not made name no doer, and a strike others announce for a date is a protest
in the future (session 7). Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text, main_event

PUBLISHED = "2026-03-12"


def events(text: str):
    return code_text(text, PUBLISHED, "en")


@pytest.mark.parametrize("text", [
    "Israel has not claimed responsibility for the bombing.",
    "Hamas has yet to claim responsibility for the bombing.",
    "Israel, which rarely claims responsibility for such strikes, did not comment.",
    "Israel has not claimed responsibility for the strike on the Iranian consulate in Damascus.",
])
def test_an_unmade_claim_of_responsibility_names_no_attacker(text):
    found = events(text)
    assert not [e for e in found if e.type == "ASSAULT" and e.source]  # no attacker, negated or not


def test_the_attack_itself_keeps_its_target():
    event = main_event(events("Israel has not claimed responsibility for the strike on the Iranian consulate in Damascus."))
    assert event.type == "ASSAULT" and not event.negated and {a.country for a in event.target} == {"IRN"}


def test_a_claim_of_responsibility_is_still_an_attack_by_the_claimant():
    event = main_event(events("Hamas claimed responsibility for the bombing."))
    assert (event.type, event.negated, [a.country for a in event.source]) == ("ASSAULT", False, ["PSE"])


def test_not_yet_is_a_negation():
    event = main_event(events("Russia and Ukraine have yet to sign the agreement."))
    assert event is None or event.negated or event.type == "REJECT"


@pytest.mark.parametrize("text", [
    "Teachers will strike next week, the union said.",
    "The union said teachers will strike next week.",
])
def test_a_strike_others_announce_for_a_date_is_a_protest_in_the_future(text):
    event = main_event(events(text))
    assert (event.type, event.mode, event.future) == ("PROTEST", "strike", True)


def test_a_strike_the_speakers_pledge_stays_their_warning():
    event = main_event(events("French teachers said they would strike on Monday."))
    assert (event.type, event.mode) == ("THREATEN", "restrict")


@pytest.mark.parametrize("text, expected", [
    ("The United Nations withdrew its observers from Angola.", ("SANCTION", "withdraw")),
    ("Germany withdrew its diplomats from Niger.", ("SANCTION", "withdraw")),
    ("Kofi Annan announced that he will withdraw weapons inspectors from Iraq.", ("THREATEN", "relations")),
    ("Russia withdrew its troops from Kherson.", ("RETREAT", "withdraw")),  # forces: a retreat
])
def test_withdrawing_non_military_staff_is_a_sanction(text, expected):
    """Codebook SANCTION withdraw: "withdraw oneself or one's non-military resources (e.g., aid, observers,
    diplomats, peacekeepers) from ... a country"; announced, it is a threat to suspend relations."""
    event = main_event(events(text))
    assert (event.type, event.mode) == expected


def test_who_an_act_is_done_despite_is_no_party():
    event = main_event(events("The Security Council agreed to extend the mandate of the force in Lebanon despite "
                              "Israel's wish for a shorter period."))
    assert event.type == "AGREE" and "ISR" not in {a.country for a in event.target + event.source}


def test_a_refusal_despite_pressure_is_aimed_at_who_presses():
    event = main_event(events("The minister declined to resign despite growing pressure by the Kenyan parliament."))
    assert event.type == "REJECT" and "KEN" in {a.country for a in event.target}
