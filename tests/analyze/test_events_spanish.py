"""Spanish event rules (detente/analyze/events/spanish*.py) on sentences written for these tests: shouted headlines,
participles simplemma lemmatises as adjectives, infinitive complements of verbs of saying, frame nouns ("una ola de
protestas contra X") and whoever faces an event. The real pipeline runs up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.casing import is_shouted, sentence_cased
from detente.analyze.events.spanish_headlines import restore_accents
from detente.analyze.events.evaluation import code_text
from tests.analyze.event_helpers import coded_es as coded
from tests.analyze.event_helpers import single_es as single
from tests.analyze.event_helpers import types_es as types


def test_shouted_text_is_told_from_acronyms_and_ordinary_text():
    assert is_shouted("SINDICATOS MEXICANOS PROTESTAN CONTRA LA REFORMA")
    assert not is_shouted("La ONU y la OTAN")
    assert not is_shouted("EEUU:")



def test_shouted_headline_codes_like_the_same_headline_in_lower_case():
    assert types("LOS MÉDICOS DE GUATEMALA PROTESTAN FRENTE AL CONGRESO") == ["PROTEST"]
    assert types("Los médicos de Guatemala protestan frente al Congreso") == ["PROTEST"]


def test_shouted_headline_with_a_blockade():
    event = single("AGRICULTORES FRANCESES BLOQUEAN CARRETERAS EN PROTESTA", "PROTEST")
    assert event.mode == "obstruct" and [a.country for a in event.source] == ["FRA"]


def test_infinitive_after_a_verb_of_saying_shares_its_subject():
    event = single("El ejército colombiano informó haber detenido a tres guerrilleros de las FARC.", "COERCE")
    assert event.mode == "arrest"
    assert [(a.country, a.sector) for a in event.source] == [("COL", "MIL")]


def test_armed_strike_is_coercion_by_the_armed_group():
    event = single("Las FARC dijeron haber decretado un paro armado en el sur del país.", "COERCE")
    assert [a.sector for a in event.source] == ["REB"] and "PROTEST" not in types("Las FARC decretaron un paro armado.")


def test_a_denied_appeal_is_no_rejection_by_the_appellant():
    assert "REJECT" not in types("La delegación peruana presentó un recurso ante la FIFA, pero el recurso fue negado.")


def test_passive_arrest_participle_is_an_arrest():
    event = single("Los manifestantes fueron detenidos por la policía boliviana.", "COERCE")
    assert [a.country for a in event.source] == ["BOL"]


def test_frame_noun_complement_is_the_protest_target():
    event = single("Continúa la ola de huelgas contra el presidente Nicolás Maduro.", "PROTEST")
    assert [a.country for a in event.target] == ["VEN"] and not event.source


def test_whoever_faces_protests_is_their_target_not_their_source():
    event = single("El gobierno de Ecuador enfrenta una oleada de protestas.", "PROTEST")
    # the protesters are not named: implicit ones (events/implicit.py), never the government they face
    assert [a.country for a in event.target] == ["ECU"] and [a.name for a in event.source] == ["Protesters"]


@pytest.mark.parametrize("text", ["La comisión estudia una ola de calor en la región.", "El gobierno enfrenta una crisis económica."])
def test_frames_and_facing_without_an_event_noun_code_nothing(text):
    assert types(text) == []


def test_headline_without_accents_gets_the_preterite_back_only_on_cue_verbs():
    assert restore_accents("el congreso de peru denuncio a ecuador") == "el congreso de peru denunció a ecuador"
    assert restore_accents("el asesino de palme fue condenado") == "el asesino de palme fue condenado"
    assert restore_accents("la policía detuvo a mil personas") == "la policía detuvo a mil personas"
    assert sentence_cased("EL CONGRESO DE PERU DENUNCIO A ECUADOR", "es", frozenset({"el", "de", "a"}),
                          restore_accents) == "El congreso de Peru denunció a Ecuador"


@pytest.mark.parametrize("text, event_type", [
    ("Perú denuncia a Ecuador ante la OEA", "ACCUSE"),
    ("Chile protesta ante Argentina por el incidente fronterizo", "PROTEST"),
    ("El presidente amenaza a los sindicatos con sanciones", "THREATEN"),
])
def test_present_tense_verbs_spelled_like_their_noun_are_verbs(text, event_type):
    event = single(text, event_type)
    assert event.source and event.evidence.trigger.start > 0


def test_postposed_subject_of_a_closing_report_verb_is_the_source():
    event = single("Los estudiantes saquearon un camión en el centro de Lima, acusó la policía peruana.", "ACCUSE")
    assert [a.sector for a in event.source] == ["COP"] and [a.sector for a in event.target] == ["EDU"]


def test_unmarked_noun_before_a_personal_a_object_is_the_subject():
    event = single("Detuvo la policía chilena a tres dirigentes de la oposición.", "COERCE")
    assert [a.country for a in event.source] == ["CHL"]


def test_a_place_object_is_not_read_as_a_postposed_subject():
    event = single("Estados Unidos atacó Irak.", "ASSAULT")
    assert [a.country for a in event.source] == ["USA"] and [a.country for a in event.target] == ["IRQ"]


def test_whoever_calls_for_a_strike_is_its_source():
    event = single("Los sindicatos argentinos renovaron el llamado a una huelga general contra el gobierno.", "PROTEST")
    assert [(a.country, a.sector) for a in event.source] == [("ARG", "LAB")]


def test_finite_complement_agreeing_with_the_speaker_shares_its_subject():
    event = single("La policía de Chile anunció que detuvo a diez manifestantes.", "COERCE")
    assert [a.country for a in event.source] == ["CHL"]


def test_state_of_emergency_is_matched_although_simplemma_reads_estado_as_estar():
    event = single("El gobierno de Ecuador decretó el estado de excepción en Quito.", "COERCE")
    assert event.mode == "curfew"


@pytest.mark.parametrize("text, mode", [
    ("Los maestros de Oaxaca paralizaron sus actividades durante dos días.", "strike"),
    ("Decenas de activistas se encadenaron frente al Congreso de Perú.", "demo"),
    ("Los camioneros bolivianos cortaron el tránsito en la frontera con Chile.", "obstruct"),
])
def test_spanish_protest_vocabulary(text, mode):
    assert single(text, "PROTEST").mode == mode


def test_shouted_headline_paragraph_keeps_offsets_and_the_other_paragraphs():
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article, Paragraph

    texts = ["AGRICULTORES FRANCESES BLOQUEAN CARRETERAS EN PROTESTA",
             "El gobierno de Ecuador decretó el estado de excepción en Quito."]
    paragraphs, start = [], 0
    for text in texts:
        paragraphs.append(Paragraph(text=text, lang="es", start=start, end=start + len(text)))
        start += len(text) + 2
    article = Article(id="t", url=None, title=None, published="2026-02-04", published_inferred=False, authors=[],
                      language="es", sections=[], captions=[], paragraphs=paragraphs)
    analysis = Analysis(article=article)
    for stage in stages_before("events") + [events.code]:
        stage(analysis)
    found = {e.type: e for e in analysis.events}
    assert set(found) == {"PROTEST", "COERCE"}
    protest = found["PROTEST"]
    assert analysis.text[protest.evidence.trigger.start:protest.evidence.trigger.end] == "BLOQUEAN"
    assert protest.evidence.sentence == texts[0]  # the evidence quotes the article as written, not the parsed casing
    coerce = found["COERCE"]
    assert analysis.text[coerce.evidence.trigger.start:coerce.evidence.trigger.end] == "decretó"


def test_civilians_mobilizing_protest_but_an_army_mobilizing_postures():
    protest = single("Miles de campesinos se movilizaron en La Paz contra el gobierno de Bolivia.", "PROTEST")
    assert protest.mode == "demo" and "MOBILIZE" not in types("Miles de campesinos se movilizaron en La Paz.")
    assert "MOBILIZE" in types("El ejército venezolano se movilizó hacia la frontera con Colombia.")
    assert "MOBILIZE" in types("Venezuela movilizó tropas hacia la frontera con Colombia.")


def paragraph_events(*sentences: str):
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    article = Article.of_sentence(" ".join(sentences), "es", "2026-02-04", id="t")
    analysis = Analysis(article=article)
    for stage in stages_before("events") + [events.code]:
        stage(analysis)
    return analysis.events


def test_dropped_subject_continues_the_previous_sentence_subject():
    found = [e for e in paragraph_events("Miles de estudiantes chilenos marcharon el lunes en Santiago.",
                                         "Exigieron la renuncia del ministro de Educación.") if e.type == "REQUEST"]
    assert len(found) == 1 and [(a.country, a.sector) for a in found[0].source] == [("CHL", "EDU")]


@pytest.mark.parametrize("second", ["Exigimos la renuncia del ministro de Educación.",
                                    "Exige al gobierno de Chile nuevas elecciones."])
def test_dropped_subject_needs_the_third_person_and_the_same_number(second):
    found = [e for e in paragraph_events("Miles de estudiantes chilenos marcharon el lunes en Santiago.", second)
             if e.type == "REQUEST"]
    assert all(not e.source for e in found)


def test_where_a_refusal_was_said_is_not_its_target():
    said = '"No vamos a aceptar medidas unilaterales", afirmó Sheinbaum en su conferencia de prensa en el Palacio Nacional.'
    refusals = [e for e in code_text(said, "2026-02-10", "es") if e.type == "REJECT"]
    assert refusals and all(not e.target for e in refusals)


@pytest.mark.parametrize("text", [
    "Los comerciantes de Oaxaca paralizarán sus actividades durante 48 horas a partir del jueves.",
    "Los sindicatos argentinos convocarán para fines de septiembre una huelga general de 36 horas.",
])
def test_a_scheduled_protest_is_a_future_protest_not_a_threat(text):
    event = single(text, "PROTEST")
    assert event.future and "THREATEN" not in types(text)


def test_a_protest_announced_on_a_condition_stays_a_threat():
    text = "Los sindicatos argentinos advirtieron que harán una huelga general si el gobierno no retira la reforma."
    assert "THREATEN" in types(text) and "PROTEST" not in types(text)


def test_focusing_on_something_is_no_gathering():
    assert types("El gobierno de Chile se concentrará en reducir la inflación.") == []
    assert types("Los pilotos de Ferrari han de concentrarse en lo que mejor saben hacer.") == []
    assert single("Miles de maestros se concentraron en la plaza central de Lima.", "PROTEST").mode == "demo"


@pytest.mark.parametrize("text, hypothetical", [
    ("El ejército colombiano podría atacar la ciudad venezolana de Maracaibo.", True),
    ("Estados Unidos puede imponer sanciones a Venezuela.", True),
    ("El ejército colombiano pudo atacar la ciudad venezolana de Maracaibo.", False),
    ("El ejército colombiano atacó la ciudad venezolana de Maracaibo.", False),
])
def test_poder_as_auxiliary_makes_a_possibility_but_its_preterite_an_act(text, hypothetical):
    events = [e for e in coded(text) if e.type in {"ASSAULT", "SANCTION"}]
    assert events, [e.type for e in coded(text)]
    assert all(e.hypothetical is hypothetical for e in events)


@pytest.mark.parametrize("text, target", [
    ("Estudiantes universitarios protestaron frente a la embajada de Estados Unidos en Caracas.", ("USA", "GOV")),
    ("Cientos de personas se manifestaron delante del Palacio de Miraflores.", ("VEN", "GOV")),
    ("Los jubilados protestaron frente al Congreso.", (None, "LEG")),
])
def test_the_institution_a_protest_stands_in_front_of_is_its_target(text, target):
    event = single(text, "PROTEST")
    assert [(a.country, a.sector) for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    "Los camioneros levantaron el paro en Bogotá.",
    "Los maestros suspendieron la huelga en Lima.",
    "Los transportistas depusieron el paro en Quito.",
    "Los sindicatos pusieron fin a la huelga en Buenos Aires.",
])
def test_a_protest_called_off_is_a_concession_not_a_protest(text):
    """Codebook CONCEDE: "suspending protests"; the strike that ends is not coded as one taking place."""
    assert types(text) == ["CONCEDE"]


def test_talks_suspended_are_a_discontinued_relation():
    event = single("Rusia suspendió las conversaciones con Ucrania.", "SANCTION")
    assert event.mode == "discontinue"


@pytest.mark.parametrize("text", [
    "Cientos de estudiantes corearon consignas contra el gobierno en Lima.",
    "Los sindicatos llamaron a la desobediencia civil en Honduras.",
])
def test_chanting_slogans_and_civil_disobedience_are_protests(text):
    assert types(text) == ["PROTEST"]
