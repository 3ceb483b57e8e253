"""Stop-18 Spanish rules (events-es): the "a" complement of a motive noun ("en repudio a") and the "a" phrase of an
intransitive verb or after "frente" are no objects; a rejection noun that gives a protest's motive is no act of its
own; "desfilar" is a march only for protesters or against something; "en protesta por" is the motive only of the act
it hangs on; a demonstrative protest noun needs no country; a gathering in front of a building is no meeting; tear gas
and police charges are crowd control; a protest note is ACCUSE. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded(text))


def names(actors) -> list[str]:
    return [a.name for a in actors]


def test_a_motive_nouns_a_complement_hangs_on_the_noun():
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("es")("Cientos de vecinos marcharon en repudio a la llegada del ministro.")
    llegada = next(t for t in doc if t.lower_ == "llegada")
    assert llegada.head.lower_ == "repudio" and llegada.dep_ == "nmod"


@pytest.mark.parametrize("text", [
    "Cientos de vecinos marcharon en repudio a la llegada del ministro a Rosario.",
    "Los docentes uruguayos marcharon en rechazo a la ley de presupuesto.",
])
def test_a_march_with_a_motive_is_a_protest(text):
    assert "PROTEST" in types(text)


@pytest.mark.parametrize("text", [
    "Los pescadores chilenos cumplen una semana de paro en rechazo a la nueva ley de pesca.",
    "Los estudiantes marcharon en Quito en repudio a la represión del lunes.",
    "La huelga de los portuarios en rechazo a la privatización cumplió diez días en Montevideo.",
])
def test_the_motive_of_a_protest_is_no_second_event(text):
    found = types(text)
    assert "PROTEST" in found and not {"REJECT", "ACCUSE"} & set(found)


def test_a_rejection_that_is_no_protests_motive_keeps_its_sense():
    from detente.analyze.events.lexicon import cues_by_trigger
    from detente.analyze.events.spanish_senses import protest_motive
    from detente.analyze.nlp import load_pipeline

    nlp, lexicon = load_pipeline("es"), cues_by_trigger("es")
    doc = nlp("Bolivia retiró a su embajador en Santiago en rechazo a las declaraciones del canciller chileno.")
    assert not any(protest_motive(t, lexicon) for t in doc if t.lower_ == "rechazo")
    doc = nlp("Los pescadores chilenos cumplen una semana de paro en rechazo a la nueva ley de pesca.")
    assert any(protest_motive(t, lexicon) for t in doc if t.lower_ == "rechazo")


@pytest.mark.parametrize("text", [
    "Unos 300 campesinos se manifestaron frente a la Casa de Gobierno en Asunción.",
    "Miles de estudiantes marcharon a la plaza central de Lima.",
])
def test_an_a_phrase_of_place_does_not_block_the_protest_verb(text):
    assert "PROTEST" in types(text)


@pytest.mark.parametrize("text", [
    "Cientos de huelguistas desfilaron por las calles de Valparaíso.",
    "Los activistas que desfilaron ante la embajada portaban pancartas.",
    "Unas cinco mil personas desfilaron en Sevilla contra el cierre de la fábrica.",
])
def test_desfilar_by_protesters_or_against_something_is_a_march(text):
    assert "PROTEST" in types(text)


@pytest.mark.parametrize("text", [
    "Los cadetes desfilaron ante el presidente en el día de la independencia.",
    "Las comparsas desfilaron por el centro durante el carnaval.",
])
def test_a_parade_is_no_protest(text):
    assert "PROTEST" not in types(text)


def test_en_protesta_por_on_an_act_that_codes_nothing_is_the_protest():
    events = coded("Durante la noche, en protesta por el traslado de los presos, se registraron incidentes en Pamplona y "
                   "cinco agentes resultaron heridos.")
    assert sorted(e.type for e in events) == ["ASSAULT", "PROTEST"]


def test_en_protesta_por_on_a_coded_act_stays_its_motive():
    assert types("Los reclusos iniciaron una huelga de hambre en protesta por las condiciones de la cárcel de Lima.") == ["PROTEST"]


def test_a_demonstrative_protest_noun_needs_no_country():
    assert types("Los comerciantes cerraron temprano por miedo a estas protestas.") == ["PROTEST"]


def test_a_demonstrative_after_a_coded_protest_is_the_same_protest():
    events = coded("Los médicos protestaron el martes ante el hospital central. Estas protestas se repiten cada mes.")
    assert [e.type for e in events] == ["PROTEST"]


def test_a_gathering_in_front_of_a_building_is_no_meeting():
    assert "CONSULT" not in types("Los familiares de los desaparecidos se reunieron frente a la Casa Rosada.")


def test_a_meeting_with_someone_stays():
    assert "CONSULT" in types("El canciller chileno se reunió con su homólogo peruano en Lima.")


@pytest.mark.parametrize("text", [
    "La policía boliviana lanzó gases lacrimógenos contra los mineros en La Paz.",
    "Los agentes utilizaron gases lacrimógenos contra los estudiantes en Bogotá.",
])
def test_tear_gas_against_people_is_crowd_control(text):
    events = [e for e in coded(text) if e.type == "ASSAULT"]
    assert events and events[0].mode == "crowd-control"


def test_a_protest_note_handed_to_a_government_is_accuse():
    events = coded("La cancillería paraguaya entregó una nota de protesta al embajador boliviano.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize("text, doer", [
    ("El bloqueo de la autopista por parte de los camioneros chilenos cumplió dos días.", "camioneros"),
    ("La ocupación de la alcaldía por campesinos peruanos terminó el lunes.", "campesinos"),
])
def test_the_por_doer_of_an_event_noun_is_its_source(text, doer):
    protests = [e for e in coded(text) if e.type == "PROTEST"]
    assert protests and any(doer in n for n in names(protests[0].source))


def test_por_without_a_de_patient_is_a_cause_not_a_doer():
    from detente.analyze.events.actor_lookup import Frame
    from detente.analyze.events.spanish_arguments import agent_complement
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("es")("La marcha por los trabajadores despedidos recorrió Montevideo.")
    marcha = next(t for t in doc if t.lower_ == "marcha")
    assert agent_complement(marcha, Frame(analysis=None, offset=0, lang="es")) == []


@pytest.mark.parametrize("text", [
    "La movilización de electores fue decisiva en la segunda vuelta.",
    "El paro juvenil bajó dos puntos en Andalucía.",
])
def test_a_protest_noun_in_another_sense_is_no_protest(text):
    assert "PROTEST" not in types(text)


def test_a_bare_barricades_put_up_are_a_protest():
    events = coded("Los mineros bolivianos levantaron barricadas en la carretera a Oruro.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "obstruct")]


def test_the_barricades_taken_down_are_no_new_protest():
    assert "PROTEST" not in types("Los mineros levantaron las barricadas tras el acuerdo con el gobierno boliviano.")


@pytest.mark.parametrize("text, mode", [
    ("Cientos de estudiantes iraníes quemaron banderas británicas frente a la embajada en Teherán.", "vandalize"),
    ("Los manifestantes quemaron llantas en las principales avenidas de Caracas.", "obstruct"),
])
def test_symbolic_burning_and_burning_tyres_are_protests(text, mode):
    events = coded(text)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", mode)]


def test_a_megamarcha_is_a_protest():
    assert types("Una megamarcha de docentes recorrió el centro de Santiago de Chile.") == ["PROTEST"]


@pytest.mark.parametrize("text, wanted", [
    ("El juez interrogó a los tres jóvenes detenidos el sábado en Valparaíso.", "COERCE"),
    ("Los campesinos heridos por los militares fueron atendidos en Cochabamba.", "ASSAULT"),
])
def test_a_participle_that_tells_when_or_by_whom_reports_the_act(text, wanted):
    assert wanted in types(text)


def test_its_por_doer_is_the_source_and_the_noun_the_target():
    events = [e for e in coded("Los campesinos heridos por los militares fueron atendidos en Cochabamba.") if e.type == "ASSAULT"]
    assert any("militares" in n for n in names(events[0].source)) and any("campesinos" in n for n in names(events[0].target))


@pytest.mark.parametrize("text", [
    "Los rehenes liberados llegaron a Bogotá.",
    "Dos fuentes interrogadas por la agencia confirmaron el acuerdo.",
    "Tres mineros heridos por el derrumbe de una galería fueron rescatados en Potosí.",
])
def test_a_bare_participle_or_an_interview_codes_no_act(text):
    assert not {"COERCE", "ASSAULT", "ACCUSE"} & set(types(text))


def test_reaching_an_agreement_is_agree_by_those_who_reach_it():
    events = coded("Los transportistas y el gobierno peruano llegaron a un acuerdo en Lima.")
    assert [e.type for e in events] == ["AGREE"] and any("transportistas" in n for n in names(events[0].source))


def test_an_imperfect_in_ia_is_no_conditional():
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("es")("Mientras se extendían las huelgas en Bolivia, el gobierno tendría que negociar.")
    moods = {t.lower_: t.morph.get("Mood") for t in doc}
    assert moods["extendían"] == ["Ind"] and moods["tendría"] != ["Ind"]


def test_a_protest_told_in_the_imperfect_is_not_hypothetical():
    events = [e for e in coded("Las protestas sociales se extendían por todo Chile.") if e.type == "PROTEST"]
    assert events and not events[0].hypothetical
