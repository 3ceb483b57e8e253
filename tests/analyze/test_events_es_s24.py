"""Stop-24 Spanish rules (events-es): "ejecutar" a plan, acts one has the duty or ability to do, one named body that
"protestó" (a complaint, not a demonstration), a thing that helps, allows or guarantees, a thing paid for with no
payer named, and acts hoped or feared in a "de que" clause. Sentences written for these tests, not taken from any
gold file or corpus page."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str) -> list:
    return code_text(text, "2026-03-10", "es")


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded(text))


@pytest.mark.parametrize("text", [
    "El Ministerio de Comercio ejecutará las medidas aprobadas por el gabinete.",
    "La alcaldía ejecutó el plan de obras previsto para este año.",
])
def test_carrying_out_a_plan_is_no_execution(text):
    assert "ASSAULT" not in types(text) and "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "Los guerrilleros ejecutaron a tres rehenes en la selva.",
    "Los rebeldes ejecutaron al alcalde del pueblo.",
])
def test_putting_people_to_death_stays_an_execution(text):
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize("text", [
    "El ejército tiene la obligación de defender a los civiles de la provincia.",
    "Aseguró que las tropas tienen la obligación de devolver a casa a todos los prisioneros.",
])
def test_an_act_one_has_the_duty_to_do_is_no_act(text):
    assert types(text) == []


def test_an_act_done_for_a_purpose_stays():
    assert "ASSAULT" in types("El ejército atacó las posiciones rebeldes para defender a los civiles.")


@pytest.mark.parametrize("text", [
    "Chile protestó ante Perú por la detención de sus pescadores.",
    "El Deportivo Cali protestó contra la decisión de la federación.",
    "La CGT protestó por el veto presidencial a la ley de salarios.",
])
def test_one_named_body_that_protests_complains(text):
    found = types(text)
    assert "ACCUSE" in found and "PROTEST" not in found


@pytest.mark.parametrize("text", [
    "La CGT protestó frente al Congreso contra la reforma laboral.",
    "Los trabajadores protestaron contra los despidos en la planta.",
])
def test_a_gathering_or_a_crowd_still_demonstrates(text):
    assert "PROTEST" in types(text)


@pytest.mark.parametrize("text", [
    "La nueva distribución ayudará a una mejor organización de las colas.",
    "Las reglas del torneo permiten ahora el ingreso de apenas 300 personas al estadio.",
    "La nueva ley garantiza la estabilidad laboral de los trabajadores.",
])
def test_a_thing_that_helps_or_allows_does_no_act(text):
    assert types(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Estados Unidos ayudará a Haití con alimentos.", "AGREE"),
    ("La comisión permitió el ingreso de los periodistas.", "CONCEDE"),
    ("La Cruz Roja ayudó a los damnificados.", "AID"),
])
def test_a_party_that_helps_or_allows_still_acts(text, expected):
    assert expected in types(text)


@pytest.mark.parametrize("text", [
    "Las escuelas rurales están financiadas con fondos del petróleo.",
    "Los subsidios a los gobiernos provinciales que están financiados con impuestos crecerán.",
])
def test_a_thing_paid_for_with_no_payer_is_no_aid(text):
    assert "AID" not in types(text)


def test_a_payer_who_finances_still_aids():
    assert "AID" in types("El Banco Mundial financió el programa de vacunación.")


@pytest.mark.parametrize("text", [
    "Los mediadores mantienen la esperanza de que el régimen acepte aplazar la votación.",
    "Existe el temor de que los militares ataquen el pueblo.",
])
def test_an_act_hoped_or_feared_is_no_act(text):
    found = types(text)
    assert "AGREE" not in found and "ASSAULT" not in found


def test_an_act_after_a_noun_of_fear_in_the_indicative_stays():
    assert "ASSAULT" in types("El temor de los vecinos creció después de que el ejército atacó la ciudad.")


def test_a_quoted_noun_of_duty_still_marks_no_act():
    assert types("Dijo que los soldados tienen la “obligación” de liberar a todos los secuestrados.") == []


@pytest.mark.parametrize("text", [
    "La nueva ley garantiza el derecho a la huelga de los trabajadores.",
    "El ministro habló de la posibilidad de una huelga general.",
])
def test_the_right_to_an_act_is_no_act(text):
    assert "PROTEST" not in types(text)


def test_a_strike_with_its_strikers_stays():
    assert "PROTEST" in types("La huelga de los mineros del carbón cumple una semana.")


def test_a_plan_carried_out_in_a_relative_passive_is_no_execution():
    assert "ASSAULT" not in types("Es una de las medidas que se ejecutarán esta semana en la capital.")


def test_people_put_to_death_in_a_passive_stay_an_execution():
    assert "ASSAULT" in types("Tres presos políticos fueron ejecutados en la prisión central.")


def test_a_promise_whose_object_the_parse_takes_for_subject_stays():
    assert "AGREE" in types("El general dijo que permitirán la entrada de combustible para los hospitales.")


def test_an_act_hoped_after_a_quoted_noun_of_hope_is_no_act():
    assert "AGREE" not in types("Habló de la «última esperanza» de que la junta acepte posponer la votación.")


def test_a_named_body_that_protests_in_a_named_place_demonstrates():
    assert "PROTEST" in types("La CNTE protestó en el Zócalo contra la reforma educativa.")
