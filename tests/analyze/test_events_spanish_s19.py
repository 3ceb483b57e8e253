"""Stop-19 Spanish rules (events-es), from a blind sweep of the non-protest PLOVER types: signing verbs other than
"firmar", ultimatums, opened investigations, prison sentences, forces put on alert, shared intelligence, closed media,
loans granted; a granting, claiming, freeing or clearing verb whose object is no party codes nothing; civilians who
loot riot. Sentences written for these tests, not taken from any gold file."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded(text))


def test_suscribir_a_treaty_signs_it():
    events = coded("Bolivia y Paraguay suscribieron un convenio de cooperación energética.")
    assert [e.type for e in events] == ["SUPPORT"] and {a.country for a in events[0].source} >= {"BOL"}


def test_an_ultimatum_is_a_threat():
    events = coded("Rusia lanzó un ultimátum a las autoridades de Georgia.")
    assert [e.type for e in events] == ["THREATEN"] and {a.country for a in events[0].source} == {"RUS"}


def test_opening_an_investigation_accuses():
    events = coded("La fiscalía chilena abrió una investigación sobre la desaparición del dirigente.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "investigate")]
    assert {a.country for a in events[0].source} == {"CHL"}


@pytest.mark.parametrize("text", [
    "El exgeneral fue condenado a cadena perpetua por un tribunal chileno.",
    "Un tribunal uruguayo condenó al exmilitar a la pena máxima.",
])
def test_a_prison_sentence_is_a_conviction(text):
    assert types(text) == ["SANCTION"]


def test_forces_put_on_alert_mobilize():
    assert types("Ecuador puso en alerta a sus fuerzas armadas en la frontera.") == ["MOBILIZE"]


def test_shared_intelligence_is_cooperation():
    assert types("Los servicios de Perú y Bolivia intercambiaron información sobre el contrabando.") == ["COOPERATE"]


def test_closing_a_newspaper_censors():
    events = coded("El gobierno venezolano clausuró dos emisoras de radio.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "censor")]


def test_a_loan_granted_is_aid():
    events = coded("Alemania otorgó un préstamo de 300 millones de euros a Bolivia.")
    assert [e.type for e in events] == ["AID"] and {a.country for a in events[0].source} == {"DEU"}


@pytest.mark.parametrize("text", [
    "La medalla de oro fue concedida a una atleta cubana.",
    "El gobierno concedió una entrevista a la televisión española.",
    "El corredor venezolano reclamó el triunfo en la segunda etapa.",
    "La compañía liberó una actualización de su aplicación.",
    "Los hinchas desalojaron el estadio en orden.",
])
def test_a_granting_claiming_freeing_or_clearing_verb_with_no_party_codes_nothing(text):
    assert types(text) == []


@pytest.mark.parametrize("text, wanted", [
    ("La guerrilla liberó a cuatro soldados secuestrados.", "RETREAT"),
    ("El gobierno cubano concedió una amnistía a los presos políticos.", "CONCEDE"),
    ("Los campesinos reclamaron al gobierno la devolución de sus tierras.", "REQUEST"),
    ("La policía desalojó el edificio ocupado por los estudiantes.", "COERCE"),
    ("Las autoridades desalojaron la plaza central.", "COERCE"),
])
def test_the_same_verbs_with_a_party_stay_events(text, wanted):
    assert wanted in types(text)


def test_civilians_who_loot_riot():
    events = coded("Los manifestantes bolivianos saquearon comercios en El Alto.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "riot")]


def test_armed_men_who_loot_attack():
    assert types("Los paramilitares saquearon una aldea en el norte de Colombia.") == ["ASSAULT"]


def test_lowering_tariffs_is_no_sanction():
    assert types("Chile y Uruguay acordaron rebajar los aranceles a los vinos.") == ["AGREE"]


def test_imposing_tariffs_stays_a_sanction():
    assert types("Estados Unidos impuso aranceles al cemento mexicano.") == ["SANCTION"]


def test_leaving_an_organisation_is_a_sanction_withdraw():
    events = coded("Nicaragua se retiró de la OEA.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "withdraw")]


def test_troops_leaving_a_place_retreat():
    assert types("Las tropas rusas se retiraron de la ciudad de Jersón.") == ["RETREAT"]


def test_denying_charges_rejects_but_denying_a_rumour_codes_nothing():
    assert types("El gobierno paraguayo desmintió las acusaciones de Brasil.") == ["REJECT"]
    assert types("Los vecinos desmintieron el rumor del cierre.") == []


@pytest.mark.parametrize("text", [
    "Un juez ecuatoriano ordenó la captura del exministro.",
    "Una jueza chilena dictó prisión preventiva contra el exalcalde.",
])
def test_an_ordered_arrest_is_an_arrest_by_whoever_orders_it(text):
    events = coded(text)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")] and events[0].source


def test_a_noun_after_a_verb_with_a_subject_is_its_object():
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("es")("Cuba denuncia el bloqueo de Estados Unidos.")
    bloqueo = next(t for t in doc if t.lower_ == "bloqueo")
    assert bloqueo.dep_ == "obj"


def test_accusation_target_is_the_object_complement_not_a_second_source():
    events = coded("Cuba denuncia el bloqueo de Estados Unidos.")
    assert [e.type for e in events] == ["ACCUSE"]
    assert {a.country for a in events[0].source} == {"CUB"} and {a.country for a in events[0].target} == {"USA"}


@pytest.mark.parametrize("text, source, target", [
    ("Las denuncias de la oposición nicaragüense contra el gobierno se multiplicaron.", "NIC", "NIC"),
    ("El reclamo de Paraguay ante la OEA fue presentado el martes.", "PRY", "IGO"),
])
def test_a_speech_noun_names_its_speaker_with_de_when_its_target_follows(text, source, target):
    events = coded(text)
    assert len(events) == 1 and events[0].type in {"ACCUSE", "REQUEST"}
    assert {a.country for a in events[0].source} == {source} and target in {a.country for a in events[0].target}


def test_a_speech_noun_with_a_de_topic_has_no_speaker():
    assert types("La denuncia de abusos contra los detenidos causó indignación.") == []


@pytest.mark.parametrize("text", [
    "Las armadas de Perú y Chile realizaron maniobras conjuntas en el Pacífico.",
    "Bolivia y Brasil realizaron ejercicios conjuntos en la frontera.",
])
def test_joint_manoeuvres_are_military_cooperation(text):
    assert types(text) == ["COOPERATE"]


def test_a_head_of_government_received_is_a_visit():
    events = coded("El presidente colombiano recibió al primer ministro de España.")
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert {a.country for a in events[0].target} == {"ESP"}


@pytest.mark.parametrize("text, sector", [
    ("La Guardia Civil detuvo a tres etarras en Guipúzcoa.", "REB"),
    ("La policía detuvo a cuatro sospechosos en Rosario.", "CRM"),
])
def test_those_arrested_are_named_by_what_they_are(text, sector):
    events = coded(text)
    assert [e.type for e in events] == ["COERCE"] and {a.sector for a in events[0].target} == {sector}


def test_a_thing_after_se_undergoes_the_act_and_its_owner_is_no_doer():
    events = coded("Se rechazó la propuesta de los gremios uruguayos.")
    assert [e.type for e in events] == ["REJECT"] and not events[0].source
    assert {a.country for a in events[0].target} == {"URY"}


def test_a_body_after_reflexive_reunirse_still_meets():
    assert types("Se reunió el consejo de ministros de Bolivia.") == ["CONSULT"]


def test_an_ultimatum_given_threatens():
    events = coded("Los camioneros chilenos dieron un ultimátum al gobierno.")
    assert [e.type for e in events] == ["THREATEN"] and {a.country for a in events[0].source} == {"CHL"}
