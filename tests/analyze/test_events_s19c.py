"""Stop-19 round-3 event rules (events3): an act a door is kept open to is a possibility (so it never merges with
a realised act of the same type), an English headline of subject + "to" + verb announces a coming act, and a Spanish
relational adjective names the doer of its event noun ("la represión policial").
Sentences written for these tests, not taken from any gold file."""
from __future__ import annotations

from detente.analyze.events.evaluation import code_text


def of_type(text: str, lang: str, kind: str):
    return [e for e in code_text(text, "2026-02-04", lang) if e.type == kind]


def test_sanctions_a_door_is_left_open_to_are_hypothetical_in_spanish():
    events = of_type("La ministra no ha cerrado la puerta a nuevas sanciones contra los colonos israelíes.", "es", "SANCTION")
    assert events and all(e.hypothetical for e in events)


def test_sanctions_a_door_is_left_open_to_are_hypothetical_in_english():
    events = of_type("The minister left the door open to sanctions against the Israeli settlers.", "en", "SANCTION")
    assert events and all(e.hypothetical for e in events)


def test_sanctions_imposed_are_not_hypothetical():
    events = of_type("La Unión Europea sancionó a los colonos israelíes violentos.", "es", "SANCTION")
    assert events and not any(e.hypothetical for e in events)


def test_possible_and_past_sanctions_do_not_merge():
    from tests.analyze.test_events import analyse

    analysis = analyse("El ministro no ha cerrado la puerta a nuevas sanciones contra los colonos israelíes.",
                       "Hasta ahora, la Unión Europea se ha limitado a sancionar a colonos israelíes violentos.", lang="es")
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert len(sanctions) == 2 and sorted(e.hypothetical for e in sanctions) == [False, True]


def test_headline_infinitive_announces_a_future_act():
    # a promised act of aid is AGREE in PLOVER (CAMEO 0331), as "Japan will give $50 million to Jordan"
    events = of_type("Japan to give $50 million to Jordan", "en", "AGREE")
    assert events and all(e.future for e in events) and not of_type("Japan to give $50 million to Jordan", "en", "AID")


def test_purpose_infinitive_with_a_finite_verb_is_no_future():
    events = of_type("Japan gave $50 million to Jordan to build roads.", "en", "AID")
    assert events and not any(e.future for e in events)


def test_relational_adjective_names_the_doer_of_a_spanish_event_noun():
    events = of_type("La represión policial contra los estudiantes dejó diez heridos.", "es", "ASSAULT")
    assert events and [a.sector for a in events[0].source] == ["COP"]
    events = of_type("La detención policial de tres dirigentes campesinos provocó protestas.", "es", "COERCE")
    assert events and [a.sector for a in events[0].source] == ["COP"]


def test_protest_group_adjective_still_gets_the_place_country():
    from tests.analyze.test_events import analyse

    analysis = analyse("El bloqueo cocalero de la carretera cumple cinco días en Cochabamba.", lang="es")
    protests = [e for e in analysis.events if e.type == "PROTEST"]
    assert protests and [a.sector for a in protests[0].source] == ["AGR"]


def test_adjective_of_the_kind_of_act_is_no_doer():
    events = of_type("El gobierno chileno anunció ayuda militar para Haití.", "es", "AID")
    assert not any(a.sector == "MIL" for e in events for a in e.source)
