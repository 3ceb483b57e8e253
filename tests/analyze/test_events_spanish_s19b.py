"""Stop-19 round-2 Spanish rules (events-es2), from a blind sweep of protest news: a threat held out by "no
descartar", police mutinies ("se acuartelaron"), the participle of those released, party expulsions, police charges,
object control ("obligar a X a"), and lexicon rows for uprisings, tear-gas grenades, arrest warrants, states of
emergency, forces sent, resumed talks, leaders received, dialogue proposed. Sentences written for these tests, not
taken from any gold file."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def kinds(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.type, e.mode) for e in coded(text))


def countries(side) -> set:
    return {a.country for a in side}


def test_not_ruling_out_a_break_of_relations_threatens():
    events = coded("El gobierno peruano no descartó romper relaciones con Bolivia por el asilo al exministro.")
    assert [e.type for e in events] == ["THREATEN"]
    assert not events[0].negated and countries(events[0].source) == {"PER"} and countries(events[0].target) == {"BOL"}


def test_not_ruling_out_force_threatens():
    events = coded("El presidente colombiano no descartó una intervención armada contra Venezuela.")
    assert [e.type for e in events] == ["THREATEN"] and not events[0].negated


@pytest.mark.parametrize("text", [
    "El ministro chileno no descartó que haya nuevos heridos en Santiago.",
    "El presidente chileno descartó renunciar pese a las marchas.",
])
def test_other_uses_of_descartar_threaten_no_one(text):
    assert "THREATEN" not in [e.type for e in coded(text)]


def test_police_in_their_barracks_protest():
    events = coded("Unos 500 policías de la provincia de Misiones se acuartelaron para exigir mejores sueldos.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "strike")]


def test_troops_confined_to_barracks_stay_mobilized():
    assert [e.type for e in coded("El ejército ecuatoriano acuarteló a sus tropas ante los rumores de golpe.")] == ["MOBILIZE"]


def test_the_released_were_held_before_no_new_arrest():
    events = coded("El gobierno nicaragüense liberó a 30 campesinos detenidos en la marcha de Masaya.")
    assert [e.type for e in events] == ["RETREAT"]


def test_an_arrest_stays_an_arrest():
    assert "COERCE" in [e.type for e in coded("La policía nicaragüense detuvo a 30 campesinos en Masaya.")]


def test_a_party_expelling_a_member_sanctions():
    events = coded("El Partido Popular expulsó a su concejal de Valencia por el escándalo de las facturas.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]


def test_a_government_expelling_a_reporter_deports():
    assert kinds("El gobierno venezolano expulsó a un periodista colombiano.") == [("COERCE", "deport")]


def test_police_charging_attack():
    events = coded("La policía boliviana arremetió contra los mineros que marchaban hacia la plaza Murillo.")
    assert ("ASSAULT", "crowd-control") in [(e.type, e.mode) for e in events] and "ACCUSE" not in [e.type for e in events]


def test_a_politician_lashing_out_accuses():
    assert [e.type for e in coded("El senador chileno arremetió contra el gobierno por la reforma tributaria.")] == ["ACCUSE"]


def test_the_one_obliged_does_the_act():
    events = coded("La presión de los gremios obligó al gobierno a retirar el proyecto de reforma.")
    retreats = [e for e in events if e.type == "RETREAT"]
    assert retreats and {a.sector for a in retreats[0].source} == {"GOV"}


def test_the_one_obliged_named_with_its_country_does_the_act():
    events = coded("La huelga de los mineros obligó al gobierno peruano a retirar el decreto.")
    retreats = [e for e in events if e.type == "RETREAT"]
    assert retreats and countries(retreats[0].source) == {"PER"}


def test_an_unnamed_one_obliged_leaves_the_act_without_doer():
    events = coded("La amenaza de la guerrilla obligó a reforzar la seguridad en los cuarteles.")
    assert "MOBILIZE" not in [e.type for e in events]


@pytest.mark.parametrize("text, wanted", [
    ("Las organizaciones indígenas anunciaron un levantamiento nacional contra el gobierno ecuatoriano.", "PROTEST"),
    ("Carabineros lanzaron bombas lacrimógenas contra los pobladores de La Victoria.", "ASSAULT"),
    ("Una jueza argentina dictó orden de captura contra el dirigente piquetero.", "COERCE"),
    ("El gobierno boliviano declaró el estado de emergencia en El Alto.", "COERCE"),
    ("El gobierno argentino envió efectivos de Gendarmería a la provincia de Jujuy.", "MOBILIZE"),
    ("El gobierno peruano y los cocaleros reanudaron el diálogo en Lima.", "CONSULT"),
    ("El presidente paraguayo recibió a los dirigentes campesinos en el palacio de gobierno.", "CONSULT"),
    ("El gobierno colombiano propuso un diálogo a los camioneros en paro.", "AGREE"),
    ("Un grupo de campesinos paraguayos ocupó una estancia en Canindeyú.", "PROTEST"),
])
def test_protest_news_rows(text, wanted):
    assert wanted in [e.type for e in coded(text)]


def test_leaders_named_by_their_adjective_are_a_side():
    events = coded("Los dirigentes campesinos acusaron al gobierno paraguayo de corrupción.")
    assert [e.type for e in events] == ["ACCUSE"] and events[0].source


def test_an_organisation_expelling_a_state_sanctions():
    assert [e.type for e in coded("La OEA expulsó a Cuba de la organización en 1962.")] == ["SANCTION"]



def test_a_government_coordinated_with_strikers_does_not_strike():
    events = coded("El gobierno boliviano y los maestros en huelga instalaron una mesa de diálogo en Sucre.")
    strikes = [e for e in events if e.type == "PROTEST"]
    assert strikes and {a.sector for e in strikes for a in e.source} == {"EDU"}


def test_a_group_noun_takes_the_country_of_its_nationality_word():
    events = coded("La central sindical uruguaya PIT-CNT realizó un paro parcial de dos horas.")
    assert [e.type for e in events] == ["PROTEST"] and countries(events[0].source) == {"URY"}
