"""Stop-22 English type rules (real-news audit s22): political sides attacking one another in words accuse,
an order for civilians to leave is coercion, and a promise to take funding away is a threat. Sentences are written
for these tests; the physical neighbours stay assaults."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_campaigns_and_candidates_attack_in_words():
    assert types("The Harris campaign attacked him again on Tuesday.") == ["ACCUSE"]
    assert "ACCUSE" in types("The Democratic candidates attacked Trump for being weak on Russia.")
    assert "ACCUSE" in types("Christie's attacks on fellow candidates fell flat in the debate hall.")
    assert "ACCUSE" in types("Haley fired rhetorical missiles at Trump and DeSantis.")


def test_forces_and_states_still_assault():
    assert "ASSAULT" in types("Russian troops attacked the village with artillery.")
    assert "ASSAULT" in types("Police attacked the opposition candidate during the rally in Minsk.")


def test_evacuation_orders_are_coercion():
    assert "COERCE" in types("The Israeli army ordered thousands of residents of Rafah to leave their homes.")
    assert "COERCE" not in types("The general ordered his troops to withdraw from the border.")


def test_promise_to_take_away_funding_is_a_threat():
    assert "THREATEN" in types("The senator promised to take away federal funding from any college that allows hate speech.")
