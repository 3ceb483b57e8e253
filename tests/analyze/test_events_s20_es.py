"""Stop-20 Spanish event rules on sentences written for these tests: verbs of blame, refusal, penalty and closure the
lexicon lacked; agentless convictions that name the sentence; object and subject senses that are no political act
(a law enacted, a blow felt, a smell noticed, a rule's requirement, a set phrase of procedure); counts in statistics
and acts in an indirect question. The real pipeline runs up to the events stage."""
from __future__ import annotations

from tests.analyze.event_helpers import single_es as single
from tests.analyze.event_helpers import types_es as types


def test_blame_verbs_are_accusations():
    event = single("Los sindicatos bolivianos responsabilizaron al ministro de Trabajo por los despidos.", "ACCUSE")
    assert event.mode == "allege" and [a.country for a in event.source] == ["BOL"]
    assert types("El senador mexicano fustigó al gobernador de Puebla por la crisis del agua.") == ["ACCUSE"]


def test_declining_an_invitation_is_a_refusal():
    assert types("El gobierno cubano declinó la invitación de la OEA a la cumbre de Panamá.") == ["REJECT"]
    assert types("La producción de cobre declinó un 3 por ciento en marzo.") == []


def test_penalties_and_closures():
    assert types("La Contraloría peruana destituyó al alcalde de Arequipa.") == ["SANCTION"]
    assert types("Un tribunal chileno inhabilitó al exalcalde de Valparaíso por fraude.") == ["SANCTION"]
    event = single("El gobierno ecuatoriano cerró un diario opositor en Guayaquil.", "COERCE")
    assert event.mode == "censor"


def test_light_verb_plantear_with_a_demand_noun():
    event = single("La federación de maestros chilenos planteó al gobierno la exigencia de un reajuste salarial.", "REQUEST")
    assert [a.country for a in event.source] == ["CHL"]


def test_agentless_conviction_that_names_the_sentence():
    event = single("El exgobernador mexicano fue condenado a 12 años de prisión el martes en Puebla.", "SANCTION")
    assert event.mode == "convict" and [a.country for a in event.target] == ["MEX"]
    assert single("El exministro iraquí fue condenado a muerte en Bagdad.", "SANCTION").mode == "convict"


def test_agentless_passive_without_a_sentence_is_no_conviction():
    assert "SANCTION" not in types("El atentado fue condenado por el gobierno colombiano.")


def test_object_senses_that_are_no_political_act():
    assert types("El Senado argentino sancionó la ley de glaciares.") == []
    assert types("El canciller acusó recibo de la nota diplomática.") == []
    assert types("Los bomberos advirtieron un fuerte olor a combustible en el depósito.") == []
    assert types("El senador pidió la palabra al final de la sesión.") == []
    assert types("El club peruano reclamó el segundo puesto del campeonato.") == []


def test_the_same_verbs_with_a_political_object_still_code():
    assert types("Estados Unidos sancionó a cinco funcionarios nicaragüenses.") == ["SANCTION"]
    assert "THREATEN" in types("El gobierno peruano advirtió a los mineros que serán desalojados si bloquean la vía.")


def test_a_rule_as_subject_makes_no_demand():
    assert types("La Constitución exige a los partidos presentar sus cuentas.") == []
    assert types("Los partidos exigieron al tribunal electoral presentar sus cuentas.") == ["REQUEST"]


def test_counted_events_in_a_statistic():
    assert types("La cifra de huelgas en Argentina bajó un 15 por ciento el año pasado.") == []
    assert types("Los camioneros argentinos iniciaron una huelga en Rosario.") == ["PROTEST"]


def test_act_in_an_indirect_question():
    assert types("Los mineros decidirán el lunes si aceptan la propuesta de la empresa.") == []


def test_a_protest_that_only_dates_another_act_is_not_coded_again():
    assert types("La policía venezolana detuvo a quince estudiantes durante los disturbios de Valencia.") == ["COERCE"]
    assert types("El gobierno peruano decretó el estado de emergencia en Cusco tras las protestas campesinas.") == ["COERCE"]
    assert types("La policía cubana arrestó a tres opositores antes de la marcha del domingo.") == ["COERCE"]


def test_a_protest_dating_another_protest_is_left_alone():
    assert types("Miles de estudiantes marcharon en Santiago tras la huelga de los profesores.") == ["PROTEST"]


def test_calling_off_a_match_or_a_show_is_no_sanction():
    assert types("Las autoridades suspendieron el concierto de Bogotá por la tormenta.") == []
    assert types("Bolivia suspendió la cooperación antidrogas con Estados Unidos.") == ["SANCTION"]
    assert types("El tribunal electoral peruano suspendió al partido oficialista por seis meses.") == ["SANCTION"]
