"""Stop-23 Spanish rules (events-es): a protest noun after a coordinated verb, civil servants who march, "la justicia"
as the courts, a strike that a court rules unlawful, protesters counted in the noun's "de" complement, and headline
names that open with a verb form ("Marcha Patriótica"). Sentences written for these tests, not taken from any gold
file."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str) -> list:
    return code_text(text, "2026-03-10", "es")


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded(text))


def first(text: str, event_type: str):
    return next(e for e in coded(text) if e.type == event_type)


@pytest.mark.parametrize("text", [
    "Los choferes de buses rechazaron la nueva tarifa y anunciaron un paro para el lunes.",
    "Los docentes de Salta criticaron al ministro y realizaron un paro de 24 horas.",
])
def test_a_protest_noun_under_a_verb_coordinated_with_another_act_is_kept(text):
    found = types(text)
    assert "PROTEST" in found and len(found) == 2


@pytest.mark.parametrize("text", [
    "Unos 800 funcionarios públicos peruanos se manifestaron frente al Ministerio de Economía en Lima.",
    "Cientos de funcionarios públicos chilenos marcharon hasta La Moneda.",
])
def test_civil_servants_who_gather_demonstrate(text):
    assert "PROTEST" in types(text) and "ACCUSE" not in types(text)


@pytest.mark.parametrize("text", [
    "El gobierno peruano protestó por la detención de su cónsul en Santiago.",
    "El gobierno colombiano se manifestó en contra de la medida adoptada por Caracas.",
])
def test_a_government_that_protests_still_complains(text):
    assert types(text) == ["ACCUSE"]


def test_la_justicia_with_the_article_is_the_courts():
    ban = first("La justicia declaró ilegal el paro de los choferes de colectivos.", "COERCE")
    assert [a.sector for a in ban.source] == ["JUD"]


@pytest.mark.parametrize("text", [
    "Los familiares de los desaparecidos exigieron justicia.",
    "La oposición denunció una justicia parcial y lenta.",
    "Los campesinos reclamaron la justicia social prometida por el presidente.",
])
def test_justice_without_the_article_is_no_actor(text):
    assert all(a.sector != "JUD" for e in coded(text) for a in [*e.source, *e.target])


@pytest.mark.parametrize("text, doers", [
    ("El gobierno decretó ilegal el paro de los enfermeros.", "enfermeros"),
    ("La ministra declaró ilegal la huelga de los médicos residentes.", "médicos"),
])
def test_a_strike_ruled_unlawful_is_not_the_ruling_body_s(text, doers):
    events = coded(text)
    assert "COERCE" in [e.type for e in events]
    strikes = [e for e in events if e.type == "PROTEST"]
    assert all(a.sector not in {"GOV", "JUD"} for e in strikes for a in e.source)
    assert any(doers in a.name for e in strikes for a in e.source)


def test_a_court_that_rules_a_strike_unlawful_does_not_strike():
    events = coded("Un juez declaró ilegal la huelga de los controladores aéreos.")
    assert "COERCE" in [e.type for e in events]
    assert all(a.sector != "JUD" for e in events if e.type == "PROTEST" for a in e.source)


def test_a_declared_strike_is_still_the_declarer_s():
    strike = first("El sindicato de maestros declaró una huelga indefinida.", "PROTEST")
    assert [a.sector for a in strike.source] == ["LAB"]


@pytest.mark.parametrize("text, doers", [
    ("Hubo manifestaciones de miles de enfermeras en Madrid.", "enfermeras"),
    ("La marcha de 2.000 docentes llegó a la plaza central de Asunción.", "docentes"),
])
def test_protesters_counted_in_the_de_complement_protest(text, doers):
    protest = first(text, "PROTEST")
    assert any(doers in a.name for a in protest.source)


def test_a_counted_distance_names_no_protester():
    assert all(a.name != "kilómetros" for e in coded("La marcha de miles de kilómetros terminó en Lima.") for a in e.source)


@pytest.mark.parametrize("text, expected", [
    ("Marcha Patriótica denunció el asesinato de un líder social.", "Marcha Patriótica denunció el asesinato de un líder social."),
    ("Paro Cívico Nacional rechazó la propuesta.", "Paro Cívico Nacional rechazó la propuesta."),
    ("Rechaza Gobierno propuesta de los gremios", "rechaza Gobierno propuesta de los gremios"),
    ("Protestan Indígenas en Quito contra la minería", "protestan Indígenas en Quito contra la minería"),
    ("Convoca Central Obrera Boliviana a un paro", "convoca Central Obrera Boliviana a un paro"),
])
def test_a_leading_verb_form_before_a_capitalised_adjective_opens_a_name(text, expected):
    from detente.analyze.events.spanish_headlines import lower_leading_verbs

    assert lower_leading_verbs(text) == expected


def test_a_movement_named_like_a_march_accuses_and_does_not_march():
    assert types("Marcha Patriótica denunció el asesinato de un líder social en el Cauca.") == ["ACCUSE"]


@pytest.mark.parametrize("text, sector", [
    ("Un grupo guerrillero atacó un puesto de la policía en el Putumayo.", "REB"),
    ("Un grupo paramilitar amenazó de muerte a los dirigentes del sindicato bananero.", "PRM"),
    ("Una columna guerrillera emboscó a una patrulla del ejército.", "REB"),
    ("Un comando terrorista asesinó a un concejal en Bilbao.", "REB"),
])
def test_an_armed_group_named_by_its_kind_is_the_doer(text, sector):
    event = next(e for e in coded(text) if e.type in {"ASSAULT", "THREATEN"})
    assert [a.sector for a in event.source] == [sector]


def test_a_group_of_civilians_keeps_its_own_sector():
    protest = first("Un grupo de ejidatarios bloqueó la carretera federal.", "PROTEST")
    assert [a.sector for a in protest.source] == ["AGR"]
