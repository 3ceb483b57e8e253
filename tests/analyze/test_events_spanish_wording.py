"""Spanish wording shapes of session 11 (bench/events_spanish_cases.tsv has more): "frente al" parsed as an object,
"la toma del edificio", bans on a protest, taking to the streets, lifting or laying a blockade by civilians, and
the country of protesters standing in front of a state body or an embassy. Sentences written for these tests;
the real pipeline runs up to the events stage."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_es as coded
from tests.analyze.event_helpers import single_es as single
from tests.analyze.event_helpers import types_es as types


def test_front_of_parsed_as_an_object_leaves_the_protest_intransitive():
    event = single("Maestros de Oaxaca se manifestaron frente al Palacio de Gobierno de México.", "PROTEST")
    assert [a.country for a in event.source] == ["MEX"] and [a.country for a in event.target] == ["MEX"]


def test_occupation_noun_with_del():
    event = single("Estudiantes de la Universidad Nacional de Colombia mantienen la toma del edificio de rectoría.", "PROTEST")
    assert event.mode == "obstruct"


@pytest.mark.parametrize("text", [
    "La policía nicaragüense prohibió las marchas de la oposición en Managua.",
    "La policía peruana impidió la marcha de los maestros en Lima.",
])
def test_a_banned_protest_is_the_ban_only(text):
    assert types(text) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Cientos de dominicanos se lanzaron a las calles de Santo Domingo contra los apagones.",
    "Miles de madrileños se echaron a la calle contra la reforma laboral.",
    "Campesinos paraguayos acamparon frente al Congreso en Asunción.",
])
def test_taking_to_the_streets_and_camping_in_front_are_protests(text):
    assert "PROTEST" in types(text)


def test_militarizing_an_area_is_a_military_move():
    assert single("El gobierno boliviano militarizó la zona del Chapare.", "MOBILIZE").mode == "troops"


def test_civilians_lifting_their_road_blockade_give_in_a_state_lifting_its_blockade_retreats():
    assert types("Los transportistas hondureños levantaron el bloqueo de la carretera tras un acuerdo.") == ["CONCEDE"]
    assert types("Israel levantó el bloqueo de Gaza.") == ["RETREAT"]


def test_civilians_cordoning_off_a_city_protest_an_army_restricts():
    assert single("Los campesinos bolivianos cercaron la ciudad de La Paz con bloqueos de caminos.", "PROTEST").mode == "obstruct"
    assert single("El ejército sirio cercó la ciudad de Homs.", "COERCE").mode == "restrict"


def test_protesters_in_front_of_a_state_body_are_of_its_state():
    event = single("Las protestas frente al Congreso de los Diputados continuaron.", "PROTEST")
    assert [(a.name, a.country) for a in event.source] == [("Protesters", "ESP")]


@pytest.mark.parametrize("text, country", [
    ("Se registraron protestas frente a la embajada de Estados Unidos.", None),
    ("Se registraron protestas frente a la embajada de Estados Unidos en Caracas.", "VEN"),
])
def test_an_embassy_state_is_not_where_its_protesters_are(text, country):
    protesters = [a.country for e in coded(text) if e.type == "PROTEST" for a in e.source if a.name == "Protesters"]
    assert protesters == ([country] if country else [])


@pytest.mark.parametrize("text, event_type", [
    ("Borrell garantizó no obstante que la UE seguirá apoyando la salida negociada.", "AGREE"),
    ("No obstante, Rusia atacó Kiev.", "ASSAULT"),
    ("Los ataques de Israel sobre Gaza no cesan.", "ASSAULT"),
])
def test_no_obstante_and_a_denied_ending_negate_nothing(text, event_type):
    assert not single(text, event_type).negated


def test_a_plain_no_still_negates():
    assert single("Rusia no atacó Kiev.", "ASSAULT").negated


@pytest.mark.parametrize("text", [
    "ETA reivindicó el atentado contra el cuartel de la Guardia Civil en Vic.",
    "Los hutíes de Yemen reivindicaron un nuevo lanzamiento de un misil contra el aeropuerto israelí.",
])
def test_claiming_an_attack_is_the_attack_not_a_demand(text):
    assert types(text) == ["ASSAULT"]


def test_claiming_a_raise_stays_a_demand():
    assert types("Los maestros reivindicaron un aumento salarial al gobierno peruano.") == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Los cocaleros bolivianos retomaron las protestas en Cochabamba.",
    "Miles de trabajadores argentinos secundaron la huelga general.",
])
def test_resuming_or_joining_a_protest_names_its_protesters(text):
    assert single(text, "PROTEST").source


def test_a_passive_with_ser_is_an_act_whatever_its_type():
    event = single("Los presos políticos fueron liberados por el gobierno cubano.", "RETREAT")
    assert [a.country for a in event.source] == ["CUB"]
    assert types("Los presos liberados llegaron a Miami.") == []


def test_a_fighting_noun_that_classifies_a_noun_is_no_fight():
    assert types("Amigos y familiares lloran al médico de combate israelí Shay Arvas.") == []
    assert types("Rusia atacó Kiev a la hora del ataque anterior.") == ["ASSAULT"]


def test_an_attack_noun_naming_what_it_hits_has_its_attacker_in_de():
    event = single("Los ataques de Israel sobre Gaza no cesan.", "ASSAULT")
    assert [a.country for a in event.source] == ["ISR"] and "ISR" not in [a.country for a in event.target]
    assert single("El bombardeo de Gaza dejó 20 muertos.", "ASSAULT").source == []


def test_receiving_a_counterpart_is_a_hosted_visit_receiving_reporters_is_not():
    event = single("El canciller mexicano recibió a su homólogo guatemalteco en la Ciudad de México.", "CONSULT")
    assert event.mode == "visit" and [a.country for a in event.source] == ["MEX"]
    assert types("El presidente de Chile recibió a los periodistas en La Moneda.") == []


def test_a_clash_whose_sides_hang_on_its_adjective():
    event = single("Se registró un enfrentamiento armado entre el ejército colombiano y guerrilleros del ELN.", "ASSAULT")
    assert [a.sector for a in event.source] == ["MIL"] and [a.sector for a in event.target] == ["REB"]


def test_an_armed_group_in_de_is_the_attacker_victims_in_de_are_not():
    event = single("El ataque del ejército ruso contra Járkov dejó diez muertos.", "ASSAULT")
    assert [a.country for a in event.source] == ["RUS"]
    assert single("El asesinato de dos policías colombianos conmocionó al país.", "ASSAULT").source == []


def test_shooting_down_is_an_assault():
    assert single("Militares mexicanos abatieron a 13 presuntos sicarios en Michoacán.", "ASSAULT").mode == "firearms"
