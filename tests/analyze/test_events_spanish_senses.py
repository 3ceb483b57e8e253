"""Spanish cue words in senses that are no political act (detente/analyze/events/spanish_senses.py): "llamar a"
without anything asked for, and moves on the field of play. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def types(text: str) -> list[str]:
    return [e.type for e in code_text(text, "2026-02-04", "es")]


@pytest.mark.parametrize("text", [
    "El ministro llamó a su homólogo francés para hablar de la crisis.",
    "Queridos amigos, no les he llamado aquí para protegerme a mí sino a nuestro país, declaró el presidente.",
])
def test_a_call_that_asks_for_nothing_is_no_request(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "El presidente llamó a los ciudadanos a votar en las elecciones.",
    "El líder opositor llamó a la calma tras los disturbios.",
    "El gobierno ha llamado a los sindicatos al diálogo.",
    "El Papa llamó a la comunidad internacional a detener la guerra.",
    "La oposición llamó a los venezolanos a salir a las calles el sábado.",
])
def test_a_call_for_an_act_or_a_called_for_thing_is_a_request(text):
    assert "REQUEST" in types(text)


@pytest.mark.parametrize("text", [  # each coded an event (ASSAULT, PROTEST, REQUEST) before the rule
    "El argentino encontró la internada de Carlos Gómez para que pudiera fusilar a Schutt (3-2, min. 34).",
    "Noia sacó el portero-jugador, lo que imprimió una marcha más a un final de partido agónico.",
    "Ema Santoro pidió el Soporte de Video por un supuesto agarrón del brasileño al desmarcarse.",
])
def test_match_reports_code_no_events(text):
    assert types(text) == []


@pytest.mark.parametrize("text", [
    "Miles de campesinos iniciaron una marcha hacia Bogotá.",
    "Los estudiantes marcharon en Santiago contra la reforma.",
])
def test_a_march_stays_a_protest(text):
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize("text, source, mode", [
    ("El sindicato de maestros llamó a una huelga en Argentina.", "sindicato de maestros", "strike"),
    ("La CGT llamó a un paro general de 24 horas.", "CGT", "strike"),
    ("La oposición llamó a protestar contra el gobierno.", "oposición", "demo"),
])
def test_calling_a_strike_or_a_protest_is_the_protest_by_the_caller(text, source, mode):
    found = [(e.type, e.mode, [a.name for a in e.source]) for e in code_text(text, "2026-02-04", "es")]
    assert found == [("PROTEST", mode, [source])]


@pytest.mark.parametrize("text", [  # each coded an event (REQUEST, ASSAULT, COERCE, THREATEN) before the rule
    "Ana Pérez pidió el primer tiempo muerto del partido para calmar a sus pupilos.",
    "Juan Soto había disparado seis jonrones en los últimos diez días.",
    "Carlos Gómez atacó la portería rival y el guardameta Iker Casillas detuvo el remate.",
    "El árbitro expulsó a Sergio Ramos tras una dura entrada a Messi.",
    "Lionel Messi amenazó la portería de Iker Casillas en el primer minuto.",
    "El portero Iker Casillas pidió el balón a Sergio Ramos.",
])
def test_moves_on_the_field_of_play_are_no_events(text):
    assert types(text) == []


@pytest.mark.parametrize("text, expected", [
    ("La policía detuvo a 20 hinchas tras el gol del equipo visitante.", "COERCE"),  # police at a stadium: real
    ("Los hinchas bloquearon la entrada del estadio para protestar contra la directiva del club.", "PROTEST"),
    ("El tenista amenazó con dejar de jugar en la Copa Davis si la Federación no controlaba a los espectadores.", "THREATEN"),
])
def test_sport_off_the_field_or_with_police_keeps_its_events(text, expected):
    assert expected in types(text)


@pytest.mark.parametrize("text, expected", [
    ("Un representante de las comunidades árabes protestó este martes por las cláusulas de la ley.", "ACCUSE"),
    ("Nicolás Maduro protestó contra las sanciones de Estados Unidos.", "ACCUSE"),
    ("Los jubilados protestaron frente al Congreso contra la reforma.", "PROTEST"),
    ("Miles de estudiantes protestan en Madrid contra la reforma.", "PROTEST"),
    ("El presidente colombiano Gustavo Petro habla durante una manifestación en defensa de la soberanía nacional.", "PROTEST"),
])
def test_one_person_who_protests_complains(text, expected):
    assert types(text) == [expected]


def sides(text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = [e for e in code_text(text, "2026-02-04", "es") if e.type == event_type]
    assert len(found) == 1, [e.type for e in code_text(text, "2026-02-04", "es")]
    return [a.name for a in found[0].source], [a.name for a in found[0].target]


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Las sanciones de la Unión Europea contra Rusia entraron en vigor.", "SANCTION", ["European Union"], ["Russia"]),
    ("Las sanciones de Estados Unidos contra Venezuela siguen vigentes.", "SANCTION", ["United States"], ["Venezuela"]),
    # stop 22: not "pese a la prohibición de ...": a ban granted in a concessive adjunct is background, no event
    ("La prohibición de las autoridades fue anunciada el lunes en Belgrado.", "COERCE", ["autoridades"], []),
    ("Robinson recibió una segunda sanción de MLB por dopaje.", "SANCTION", ["MLB"], []),
])
def test_the_de_complement_of_a_measure_is_who_imposed_it(text, event_type, source, target):
    assert sides(text, event_type) == (source, target)


@pytest.mark.parametrize("text, target", [
    ("El levantamiento de las sanciones de Irán depende del acuerdo nuclear.", ["Iran"]),  # a country alone: aimed at
    ("La sanción de Robinson por dopaje fue confirmada.", ["Robinson"]),  # a person: the one sanctioned
])
def test_the_de_complement_naming_the_sanctioned_stays_the_target(text, target):
    assert sides(text, "SANCTION") == ([], target)
