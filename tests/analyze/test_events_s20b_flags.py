"""Stop-20b event flags from the real-news audits, on sentences written for these tests: Spanish "tampoco", "ni" and
"sin" negate; "debería" and a conditional out of reported speech are hypothetical, a conditional under a past verb of
saying is the future in the past (as English "said it would"); English "considering + gerund" weighs an act
(hypothetical); a past perfect reported by a past verb of saying is a backshifted past, not background."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, coded_es
from tests.analyze.event_helpers import single_es


def _only(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.negated, e.hypothetical, e.future) for e in events]
    return found[0]


def test_spanish_negations_tampoco_ni_sin():
    assert single_es("El gobierno peruano tampoco criticó a Bolivia.", "ACCUSE").negated
    events = coded_es("El presidente chileno no criticó ni condenó a Argentina.")
    assert events and all(e.negated for e in events if e.type == "ACCUSE")
    assert single_es("El ejército atacó la aldea sin advertir a los vecinos.", "THREATEN").negated
    assert not single_es("El gobierno peruano criticó a Bolivia.", "ACCUSE").negated


def test_spanish_obligation_and_conditional_are_hypothetical():
    assert single_es("El gobierno colombiano debería negociar con el ELN.", "CONSULT").hypothetical
    event = single_es("El gobierno cubano suspendería las negociaciones con Estados Unidos si no se levanta el embargo.",
                      "SANCTION")
    assert event.hypothetical and not event.future


def test_spanish_conditional_under_a_past_verb_of_saying_is_future():
    event = single_es("Los camioneros bolivianos dijeron que suspenderían la protesta.", "CONCEDE")
    assert event.future and not event.hypothetical


def test_english_considering_an_act_is_hypothetical():
    assert _only(coded_en("The Ukrainian president is considering dismissing the army chief."), "REJECT").hypothetical
    assert not _only(coded_en("The Ukrainian president dismissed the army chief."), "REJECT").hypothetical


def test_reported_past_perfect_is_not_history():
    event = _only(coded_en("The minister told reporters that the general had blocked his efforts to reform the army."),
                  "REJECT")
    assert not event.historical


def test_a_door_not_closed_keeps_the_act_open_not_negated():
    event = single_es("El canciller tampoco ha cerrado la puerta a nuevas sanciones contra Israel.", "SANCTION")
    assert event.hypothetical and not event.negated
