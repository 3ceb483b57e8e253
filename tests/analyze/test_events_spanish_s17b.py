"""Stop-17 Spanish rules, second round (events-es2): the "a" phrase of an intransitive infinitive under a verb of
perceiving or letting is its doer; an act in the infinitive of a verb of forbidding did not happen; an aspect verb's
subject does its infinitive's act; a protest noun's "de" complement naming a group of people protests; those who die
or are hurt "en" an attack are its target; and the verb-subject rules that moved to spanish_subjects.py are still
found through spanish_arguments. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def names(actors) -> list[str]:
    return [a.name for a in actors]


@pytest.mark.parametrize("text, doer", [
    ("Los vecinos vieron marchar a los mineros hacia la plaza central.", "mineros"),
    ("El gobierno dejó protestar a los jubilados frente al Congreso.", "jubilados"),
    ("Los turistas escucharon protestar a los trabajadores del puerto.", "trabajadores"),
])
def test_the_a_phrase_of_a_perceived_or_allowed_intransitive_is_its_doer(text, doer):
    protests = [e for e in coded(text) if e.type == "PROTEST"]
    assert protests and any(doer in n for n in names(protests[0].source))
    assert not any(doer in n for n in names(protests[0].target))


@pytest.mark.parametrize("text", [
    "La policía impidió marchar a los estudiantes hacia el Congreso.",
    "El gobierno prohibió protestar frente al Palacio Nacional.",
    "El juez prohibió a los dirigentes sindicales participar en las reuniones con el gobierno.",
])
def test_an_act_a_verb_of_forbidding_keeps_from_happening_is_not_coded(text):
    assert not {"PROTEST", "ACCUSE", "CONSULT"} & {e.type for e in coded(text)}


def test_the_ban_itself_stays_an_event():
    events = coded("El juez prohibió a los dirigentes sindicales participar en las reuniones con el gobierno.")
    assert [e.type for e in events] == ["COERCE"]


def test_a_purpose_infinitive_under_such_a_verb_is_not_forbidden():
    from detente.analyze.events.spanish_senses import forbidden_act
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("es")("Los maestros evitaron el centro para protestar frente al Congreso.")
    assert not any(forbidden_act(t) for t in doc if t.lower_ == "protestar")
    doc = load_pipeline("es")("Las autoridades impidieron marchar a los maestros.")
    assert any(forbidden_act(t) for t in doc if t.lower_ == "marchar")


@pytest.mark.parametrize("text, doer", [
    ("Los estudiantes chilenos volvieron a marchar este jueves por una educación gratuita.", "estudiantes"),
    ("Los mineros volvieron a bloquear la carretera.", "mineros"),
])
def test_an_aspect_verbs_subject_does_the_act(text, doer):
    protests = [e for e in coded(text) if e.type == "PROTEST"]
    assert protests and any(doer in n for n in names(protests[0].source))


def test_people_in_the_de_complement_of_a_blockade_block():
    protests = [e for e in coded("Bloqueo de campesinos paraliza el sur de Bolivia") if e.type == "PROTEST"]
    assert protests and names(protests[0].source) == ["campesinos"] and not protests[0].target


@pytest.mark.parametrize("text, victims, doer_sector", [
    ("Tres policías murieron en una emboscada de la guerrilla en el Cauca.", "policías", "REB"),
    ("Cinco soldados resultaron heridos en un ataque de los rebeldes.", "soldados", "REB"),
    ("Dos guerrilleros murieron durante un bombardeo del ejército colombiano.", "guerrilleros", "MIL"),
])
def test_those_who_die_in_an_attack_are_its_target(text, victims, doer_sector):
    attacks = [e for e in coded(text) if e.type == "ASSAULT"]
    assert attacks and names(attacks[0].target) == [victims]
    assert [a.sector for a in attacks[0].source] == [doer_sector]


def test_los_primeros_points_back_to_the_main_verbs_subject():
    events = coded("Los pescadores de la costa se enfrentaron a la marina con un saldo de dos marinos heridos, "
                   "cuando los primeros protestaban por la veda.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and names(protests[0].source) == ["pescadores"]


def test_los_segundos_points_back_to_the_other_party():
    events = coded("Los mineros se enfrentaron con los soldados en la mina, y los segundos dispararon contra la multitud.")
    assert any(e.type == "ASSAULT" and names(e.source) == ["soldados"] for e in events)
