"""Spanish word-order repairs (detente/analyze/nlp_spanish.py): verb-first sentences with a counted subject, fronted
objects, subjects after their object, headline participles; and sentences the parser reads right stay as they were.
Sentences written for these tests; the real Spanish pipeline parses them."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text
from detente.analyze.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("es")


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def roles(text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = [e for e in coded(text) if e.type == event_type]
    assert len(found) == 1, [(e.type, [a.name for a in e.source]) for e in coded(text)]
    return [a.name for a in found[0].source], [a.name for a in found[0].target]


def dep_of(nlp, text: str, word: str) -> str:
    return next(t.dep_ for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Protestaron frente al Congreso cientos de jubilados.", "cientos"),
    ("Se manifestaron ayer en Lima miles de estudiantes contra la reforma.", "miles"),
    ("Marcharon por el centro de Santiago miles de trabajadores.", "miles"),
    ("Una huelga de hambre iniciaron los presos.", "presos"),
    ("Bloquearon las carreteras los camioneros.", "camioneros"),
])
def test_subject_after_the_verb_is_the_subject(nlp, text, word):
    assert dep_of(nlp, text, word) == "nsubj"


@pytest.mark.parametrize("text, source", [
    ("Protestaron frente al Congreso cientos de jubilados.", "jubilados"),
    ("La marcha la encabezaron los sindicatos.", "sindicatos"),  # fronted object taken up by a clitic
    ("Convocados por la CGT, miles de trabajadores marcharon hasta la plaza.", "trabajadores"),
    ("Convocada por los sindicatos, la huelga general paralizó el país.", "sindicatos"),  # organisers of the strike
    ("Miles protestan en Madrid contra la reforma laboral", "Miles"),  # a count standing for people
    ("Los camioneros mantienen bloqueadas las rutas del sur.", "camioneros"),  # a held participle
    ("Los estudiantes mantienen tomada la universidad desde el lunes.", "estudiantes"),
    ("Marcharon por el centro de Santiago miles de trabajadores.", "trabajadores"),
    ("Una huelga de hambre iniciaron los presos.", "presos"),
    ("Bloquearon la carretera cientos de camioneros.", "camioneros"),
])
def test_postverbal_protesters_are_the_source(text, source):
    sources, _ = roles(text, "PROTEST")
    assert sources == [source]


def test_headline_participle_is_a_passive(nlp):
    doc = nlp("Detenidos 20 manifestantes en Madrid")
    assert doc[0].pos_ == "VERB" and "Part" in doc[0].morph.get("VerbForm")
    assert doc[2].dep_ == "nsubj:pass"
    sources, targets = roles("Detenidos 20 manifestantes en Madrid", "COERCE")
    assert sources == [] and targets and "manifestantes" in targets[0]


@pytest.mark.parametrize("text", [
    "Se detuvieron 20 manifestantes en Madrid.",
    "Se detuvieron en Madrid cientos de manifestantes.",
])
def test_passive_se_makes_the_detained_targets(text):
    sources, targets = roles(text, "COERCE")
    assert sources == [] and len(targets) == 1 and "manifestantes" in targets[0]


def test_mutual_se_keeps_its_subjects():
    sources, _ = roles("Se enfrentaron policías y manifestantes en Quito.", "ASSAULT")
    assert len(sources) == 2


def parse_of(doc) -> list[tuple[str, int, str]]:
    return [(t.dep_, t.head.i, t.pos_) for t in doc]


@pytest.mark.parametrize("text", [
    "Cientos de jubilados protestaron frente al Congreso.",  # already right
    "La mitad de los diputados rechazaron los cambios.",  # a collective subject takes a plural verb
    "Aunque no alcanzó los umbrales de aviso, el cambio de viento empujó aire cálido.",  # a subordinate clause
    "Asistieron a manifestaciones de miles de gendarmes.",  # a count inside a "de" phrase
    "Aprobaron la resolución 1244 de la ONU.",  # a label number after its noun
    "Manifestaron sus quejas ante el ministro.",  # a transitive verb keeps its object
    "Se bloquearon las carreteras del norte.",  # a "se" passive
    "Partido Popular denuncia irregularidades en Madrid",
    "Soldado muerto en un ataque en Irak",
])
def test_sentences_read_right_stay_as_they_were(nlp, text):
    with nlp.select_pipes(disable=["detente_spanish_order"]):
        before = parse_of(nlp(text))
    assert parse_of(nlp(text)) == before
