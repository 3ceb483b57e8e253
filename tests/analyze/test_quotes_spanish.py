"""Quotes in Spanish: según/de acuerdo con, dialogue dashes with a dropped subject, comillas, quoted subjects."""
from __future__ import annotations

from tests.analyze.quotes_helpers import analyse, quote_with

ES = "es"


def test_segun_is_the_cue_and_not_part_of_the_speaker() -> None:
    analysis = analyse([(ES, "Según el ministro de Defensa, Pedro Sánchez, el ataque dejó tres muertos.")])
    quote = quote_with(analysis, "el ataque dejó tres muertos")
    assert quote.cue == "Según" and not quote.speaker.text.startswith("Según")
    assert quote.speaker.name == "Pedro Sánchez"


def test_dialogue_dash_with_dropped_subject_takes_the_last_subject() -> None:
    analysis = analyse([(ES, "El presidente Gustavo Petro habló con Donald Trump."),
                        (ES, "—Fue una reunión muy buena —dijo a la prensa—. Hablamos de drogas.")])
    pieces = [q for q in analysis.quotes if q.direct]
    assert [q.speaker.name for q in pieces] == ["Gustavo Petro", "Gustavo Petro"]
    assert all(q.speaker.text != "—" for q in pieces)


def test_dash_closing_the_aside_is_not_part_of_the_speaker() -> None:
    analysis = analyse([(ES, "«El narcotráfico es el enemigo común» —señaló Gustavo Petro—, «y debemos enfrentarlo».")])
    quote = quote_with(analysis, "enemigo común")
    assert quote.speaker.text == "Gustavo Petro" and quote.cue == "señaló"


def test_short_utterance_with_the_comma_outside_the_comillas_is_direct() -> None:
    analysis = analyse([(ES, "«No aceptaremos presiones», sostuvo Gustavo Petro en su cuenta de X.")])
    quote = quote_with(analysis, "No aceptaremos presiones")
    assert quote.direct and quote.speaker.name == "Gustavo Petro"


def test_quoted_words_taken_as_subject_do_not_hide_the_speaker() -> None:
    analysis = analyse([(ES, "“La reunión fue excelente”, dijo el presidente Donald Trump.")])
    quote = quote_with(analysis, "La reunión fue excelente")
    assert quote.speaker.name == "Donald Trump" and quote.cue == "dijo"


def test_object_of_a_spanish_speech_verb() -> None:
    analysis = analyse([(ES, "El expresidente Álvaro Uribe criticó la reforma tributaria del Gobierno.")])
    quote = quote_with(analysis, "la reforma tributaria")
    assert quote.cue == "criticó" and quote.speaker.name == "Álvaro Uribe"


def test_segun_speaker_resolves_to_the_person_named_before() -> None:
    analysis = analyse([(ES, "El presidente Gustavo Petro se reunió con Donald Trump en Washington el martes."),
                        (ES, "Según Petro, la reunión fue muy positiva para ambos países.")])
    quote = quote_with(analysis, "la reunión fue muy positiva")
    assert quote.cue == "Según" and quote.speaker.text == "Petro"
    assert quote.speaker.name == "Gustavo Petro" and quote.speaker.country == "COL"
