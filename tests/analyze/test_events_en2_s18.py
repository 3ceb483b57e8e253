"""Stop-18 fixes to general coder rules seen on Spanish protests: a motive protest whose host act codes nothing,
discrete acts under a protest (codebook PROTEST note 2), a state actor's strike, and verbs of sending a protest note.
Fixture sentences are our own."""
from __future__ import annotations

from event_helpers import coded_es, countries, single_es, types_es


def test_motive_protest_stands_when_its_host_codes_nothing():
    # "se produjeron ocho detenciones" names no one arrested: the march "en protesta por" is the clause's only act
    types = types_es("En la marcha de los mineros, en protesta por el cierre de la mina, se produjeron ocho detenciones.")
    assert "PROTEST" in types


def test_motive_protest_still_folds_into_a_coded_act():
    # the strike is the act; "en protesta por" is its motive, not a second protest
    assert types_es("Los mineros decretaron un paro en protesta por el cierre de la mina.") == ["PROTEST"]


def test_visit_that_motivates_a_march_is_coded():
    events = coded_es("Los sindicatos marcharon en Santiago en repudio a la visita del presidente argentino a Chile.")
    assert {e.type for e in events} == {"PROTEST", "CONSULT"}
    visit = next(e for e in events if e.type == "CONSULT")
    assert countries(visit.source) == {"ARG"}


def test_beating_during_an_occupation_is_coded():
    assert types_es("Los campesinos ocuparon la hacienda golpeando a los trabajadores.") == ["ASSAULT", "PROTEST"]


def test_demand_under_a_protest_still_folds():
    assert types_es("Los maestros marcharon por Quito para exigir aumentos salariales.") == ["PROTEST"]


def test_state_employees_on_strike_protest():
    event = single_es("Los funcionarios españoles secundaron la huelga.", "PROTEST")
    assert event.mode == "strike"


def test_state_protest_by_word_stays_a_complaint():
    assert "ACCUSE" in types_es("El gobierno de Chile protestó ante Perú por la detención de su cónsul.")


def test_sent_protest_note_is_a_complaint():
    event = single_es("Chile envió una nota de protesta al gobierno de Perú.", "ACCUSE")
    assert countries(event.source) == {"CHL"} and countries(event.target) == {"PER"}


def test_forwarded_protest_note_is_a_complaint():
    event = single_es("Argentina remitió una nota de protesta al gobierno de Uruguay.", "ACCUSE")
    assert countries(event.source) == {"ARG"} and countries(event.target) == {"URY"}


def test_demanded_act_under_a_protest_is_its_topic():
    # the resignation is what the march demands (its topic), not a motivating act (codebook PROTEST note 2)
    assert types_es("Los maestros organizaron una marcha en Quito para exigir la renuncia del ministro.") == ["PROTEST"]


def test_visit_that_motivates_an_organized_march_is_coded():
    # the motive hangs on the verb holding the protest noun ("organizaron una marcha ... en repudio a ...")
    events = coded_es("Los sindicatos organizaron una marcha en Santiago en repudio a la visita del presidente argentino a Chile.")
    assert {e.type for e in events} == {"PROTEST", "CONSULT"}
