"""Spanish protest participants and wording (session 6): group nouns the actor layer leaves unresolved, organisations
named with an article or an acronym, subjects that Spanish leaves unsaid (an event noun as subject, a relative
clause, an infinitive on an object noun, "en señal de protesta"), and the wider protest lexicon (occupations, road
cuts, escraches, stone throwing). Sentences written for these tests; the real pipeline runs up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text
from detente.analyze.events.spanish_groups import group_lists, singular


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def single(text: str, event_type: str):
    found = [e for e in coded(text) if e.type == event_type]
    assert len(found) == 1, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in coded(text)]
    return found[0]


def test_group_lists_load_and_plurals_are_singularised():
    lists = group_lists()
    assert lists.people["central obrera"] == "LAB" and lists.people["piquetero"] == "CVL"
    assert "entidad" in lists.bodies and lists.topics["derechos humanos"] == "NGO"
    assert singular("piqueteros") == "piquetero" and singular("centrales") == "central" and singular("paz") == "paz"


@pytest.mark.parametrize("text, sector", [
    ("Los piqueteros cortaron la ruta 3 durante seis horas.", "CVL"),
    ("La central obrera convocó a un paro nacional de 24 horas.", "LAB"),
    ("Varias entidades de piqueteros bloquearon el puente.", "CVL"),
    ("Los cocaleros bloquean desde el lunes la carretera entre Cochabamba y Santa Cruz.", "AGR"),
])
def test_spanish_protest_groups_are_participants(text, sector):
    event = single(text, "PROTEST")
    assert [a.sector for a in event.source] == [sector]


def test_an_organisation_named_with_its_article_organises_the_protest():
    event = single("La Coces organizó una manifestación de protesta contra el gobernador.", "PROTEST")
    assert [a.name for a in event.source] == ["Coces"]


def test_group_nouns_are_actors_in_any_event_but_unknown_names_only_in_protests():
    assert [a.sector for a in single("Los piqueteros aceptaron la oferta.", "AGREE").source] == ["CVL"]
    assert not [e for e in coded("La Coces aceptó la oferta.") if e.type == "AGREE"]


def test_the_organisers_of_a_protest_noun_subject_make_its_demand():
    event = single("Las manifestaciones, organizadas por varias entidades de piqueteros, reclaman más planes sociales.", "REQUEST")
    assert [a.name for a in event.source] == ["entidades de piqueteros"]


def test_an_act_done_as_a_sign_of_protest_is_the_doer_s_protest():
    event = single("El ministro danés decidió anular la gira de la orquesta en señal de protesta por las pruebas nucleares.", "PROTEST")
    assert [a.sector for a in event.source] == ["GOV"]


def test_an_infinitive_on_an_object_noun_shares_the_verb_s_subject():
    event = single("El periodista Domingo Vásquez no ha tenido más remedio que recurrir a sus colegas para protestar por el robo.", "PROTEST")
    assert [a.name for a in event.source] == ["Domingo Vásquez"]


@pytest.mark.parametrize("text, mode", [
    ("Unos 200 campesinos ocuparon la sede de la alcaldía de Cochabamba.", "obstruct"),
    ("Los estudiantes mantienen la toma de la universidad desde el lunes.", "obstruct"),
    ("Los desocupados realizaron un corte de ruta en La Matanza.", "obstruct"),
    ("Los jóvenes hicieron un escrache al diputado.", "demo"),
    ("Los manifestantes lanzaron piedras contra la policía.", "riot"),
])
def test_spanish_protest_wording(text, mode):
    assert single(text, "PROTEST").mode == mode


def test_taking_office_is_no_occupation():
    assert not [e for e in coded("El ministro ocupó el cargo durante dos años.") if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Ocupó el cargo de ministro en la sede del gobierno durante dos años.",
    "El ejército tomó posiciones alrededor del parlamento.",
    "La toma de posesión del presidente se celebró en el Congreso.",
])
def test_occupying_an_office_or_positions_is_no_protest(text):
    assert not [e for e in coded(text) if e.type == "PROTEST"]


def test_soldiers_who_occupy_a_building_restrict_movement():
    event = single("Los militares ocuparon el edificio del parlamento.", "COERCE")
    assert event.mode == "restrict" and not [e for e in coded("Los militares ocuparon el edificio del parlamento.") if e.type == "PROTEST"]


def test_those_who_take_part_in_a_gathering_hold_it():
    event = single("Más de 300 personas participaron en la concentración frente a la sede del PP.", "PROTEST")
    assert [a.name for a in event.source] == ["personas"]


@pytest.mark.parametrize("text, source", [
    ("Protesta de agricultores en Bruselas contra la reforma agraria", "agricultores en Bruselas"),
    ("Marcha de mujeres en Buenos Aires contra la violencia machista", "mujeres en Buenos Aires"),
])
def test_a_verbless_headline_opening_with_its_event_noun(text, source):
    assert [a.name for a in single(text, "PROTEST").source] == [source]


def test_a_headline_verb_with_its_subject_stays_a_verb():
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("es")("Protesta el sindicato de maestros contra la reforma")
    assert doc[0].pos_ == "VERB"
    assert load_pipeline("es")("Protesta de agricultores en Bruselas contra la reforma")[0].pos_ == "NOUN"


@pytest.mark.parametrize("text, source", [
    ("Cientos de vecinos se sumaron a los piquetes en las afueras de la ciudad.", "vecinos"),
    ("Los taxistas realizaron una caravana de protesta por el centro.", "taxistas"),
    ("Los choferes de autobuses paralizaron el servicio en la capital.", "choferes de autobuses"),
])
def test_joining_framing_and_halting_work_name_the_protesters(text, source):
    assert [a.name for a in single(text, "PROTEST").source] == [source]


def test_a_length_of_time_is_no_participant_and_the_strike_s_effect_is_the_same_strike():
    found = [e for e in coded("El paro de 48 horas decretado por los gremios docentes paralizó las escuelas.") if e.type == "PROTEST"]
    assert len(found) == 1 and "48 horas" not in [a.name for a in found[0].source]


def test_whoever_organised_the_frame_of_a_protest_holds_it():
    text = 'Hubo incidentes al final de las manifestaciones de la "jornada de lucha" organizada por Jarrai.'
    assert [a.name for a in single(text, "PROTEST").source] == ["Jarrai"]
