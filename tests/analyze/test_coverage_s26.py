"""Stop-26 recall cues (coverage-s26, TimeBank dev recall study): signing agreements that are not called treaties
(declarations, communiques, charters, cooperation plans), the noun of a troop dispatch, plastic bullets fired. Each
rule has a neighbour that must stay as it was. Sentences are written for these tests, not taken from any gold file or
TimeBank document."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_signing_a_declaration_or_cooperation_plan_is_support():
    assert "SUPPORT" in types("Peru and Ecuador signed a joint declaration on border trade in Lima.")
    assert "SUPPORT" in types("Kazakhstan and Uzbekistan signed an economic cooperation plan on Monday.")
    assert "SUPPORT" not in types("The governor signed the state budget plan into law on Friday.")


def test_dispatching_of_troops_is_mobilisation():
    assert "MOBILIZE" in types("Paris announced the dispatching of two infantry battalions to Chad.")
    assert types("Paris announced the dispatching of parcels by rail.") == []


def test_plastic_bullets_fired_is_crowd_control_assault():
    events = coded_en("Riot police fired plastic bullets at stone-throwing youths in Londonderry.")
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in events)
    assert types("The museum fired its curator over plastic in the exhibits.") == []
