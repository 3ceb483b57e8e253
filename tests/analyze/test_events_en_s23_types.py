"""Stop-23 English rules for types and flags (real-news audit s23, classes D13, D14, E15): a conditional "should"
is no demand and going to war on a condition is a threat, leaving a treaty is SANCTION withdraw, and a negated
judgement of an act does not negate it. Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def test_conditional_war_is_a_threat_not_a_request():
    found = coded_en("The governor said he would go to war with the state of Texas should Austin lawmakers pass the bill.")
    assert [e.type for e in found] == ["THREATEN"]
    assert "REQUEST" in [e.type for e in coded_en("The governor said Texas lawmakers should repeal the bill.")]


def test_leaving_a_treaty_is_a_sanction():
    assert [(e.type, e.mode) for e in coded_en("Belarus withdrew from the arms control treaty.")] == [("SANCTION", "withdraw")]
    assert [e.type for e in coded_en("Moscow's withdrawal from the CTBT was condemned.")][:1] in (["SANCTION"], ["ACCUSE"])
    assert "SANCTION" in [e.type for e in coded_en("Moscow's withdrawal from the CTBT was condemned.")]
    assert [(e.type, e.mode) for e in coded_en("Israel withdrew its troops from Gaza.")] == [("RETREAT", "withdraw")]


def test_negated_judgement_does_not_negate_the_act():
    found = [e for e in coded_en("Russia's withdrawal from the arms treaty is not surprising.") if e.type == "SANCTION"]
    assert found and not found[0].negated
    assert not coded_en("A ceasefire between Israel and Hamas is not possible, the minister said.") or all(
        e.negated for e in coded_en("A ceasefire between Israel and Hamas is not possible, the minister said."))
