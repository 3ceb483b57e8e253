"""Stop-22 Spanish rules (events-es): warnings that hold out no act, event nouns granted in a concessive adjunct,
acts in subjunctive clauses of condition, kinds of acts a rule treats, statistics, anniversaries, and lexicon rows for
protest camps and branding. Sentences written for these tests, not taken from any gold file."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def types(text: str) -> list[str]:
    return sorted(e.type for e in code_text(text, "2026-03-10", "es"))


@pytest.mark.parametrize("text", [
    "El Banco Central de Uruguay advirtió que la inflación seguirá alta durante el invierno.",
    "El arzobispo advirtió que la desnutrición crece en las comunidades del altiplano.",
    "La directora del hospital advirtió que faltan vacunas para los niños.",
    "El alcalde de Cusco advirtió que hay riesgo de deslizamientos en la zona.",
])
def test_a_warning_about_how_things_stand_threatens_no_one(text):
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "El gobierno boliviano advirtió que denunciará a Chile ante la Corte de La Haya.",
    "El sindicato advirtió que el paro seguirá hasta el viernes.",
    "El ministro advirtió que las represalias serán duras.",
    "La central obrera advirtió que no habrá clases el lunes.",
])
def test_a_warning_that_holds_out_an_act_stays_a_threat(text):
    assert "THREATEN" in types(text)


@pytest.mark.parametrize("text, wanted", [
    ("Pese a la prohibición del gobernador, cientos de jubilados marcharon por el centro de Mendoza.", ["PROTEST"]),
    ("A pesar de las amenazas de la empresa, los mineros mantuvieron el bloqueo de la vía.", ["PROTEST"]),
    ("A pesar de la represión policial, los estudiantes volvieron a marchar en Quito.", ["PROTEST"]),
])
def test_an_event_noun_granted_in_a_concessive_adjunct_is_no_event(text, wanted):
    assert types(text) == wanted


def test_a_concessive_clause_with_its_own_verb_is_left_alone():
    assert "COERCE" in types("La policía detuvo a diez dirigentes, pese a que los mineros mantuvieron el bloqueo.")


@pytest.mark.parametrize("text, absent", [
    ("No habrá diálogo mientras el ejército no se retire de la zona.", "RETREAT"),
    ("Los maestros seguirán en huelga a menos que el gobierno acepte sus demandas.", "AGREE"),
    ("Los campesinos levantarán el cerco en caso de que el gobierno libere a sus dirigentes.", "RETREAT"),
])
def test_an_act_in_a_subjunctive_clause_of_condition_is_no_event(text, absent):
    assert absent not in types(text)


def test_an_indicative_clause_of_time_reports_its_act():
    assert "AGREE" in types("La policía desalojó a los mineros hasta que el gobierno aceptó negociar con ellos.")


@pytest.mark.parametrize("text", [
    "La ley que castiga los bloqueos de carreteras fue publicada en el diario oficial.",
    "Las protestas sociales crecieron un 30 por ciento el último año, según la Defensoría.",
    "Se cumplen diez años de la masacre de los mineros en la provincia de Potosí.",
])
def test_kinds_counts_and_anniversaries_of_acts_are_no_events(text):
    assert types(text) == []


def test_days_of_a_strike_still_on_are_the_strike():
    assert types("Los choferes cumplen doce días de paro en rechazo al alza del combustible.") == ["PROTEST"]


@pytest.mark.parametrize("text, wanted", [
    ("Los maestros mexicanos instalaron un plantón en el Zócalo de la capital.", ["PROTEST"]),
    ("El gobierno de Nicaragua tachó de golpistas a los estudiantes.", ["ACCUSE"]),
])
def test_lexicon_rows_of_protest_camps_and_branding(text, wanted):
    assert types(text) == wanted


def test_talks_that_end_without_agreement_refuse_nothing():
    found = types("Los transportistas y el ministro dialogaron durante cinco horas sin llegar a un acuerdo.")
    assert "REJECT" not in found and "CONSULT" in found


def test_an_agreement_reached_stays_one():
    assert types("El gobierno y los cocaleros llegaron a un acuerdo en Cochabamba.") == ["AGREE"]


def test_armed_groups_are_a_doer():
    events = code_text("Grupos armados dispararon contra una caravana de periodistas en el Catatumbo.", "2026-03-10", "es")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and assault[0].source and assault[0].source[0].sector == "UAF"


def test_an_event_noun_that_begins_a_name_is_no_act():
    assert "CONCEDE" not in types("Amnistía Internacional dijo que la situación de los presos en Nicaragua es grave.")


def test_an_amnesty_decreed_stays_a_concession():
    assert "CONCEDE" in types("El gobierno decretó una amnistía para los presos políticos.")


def test_a_call_to_dialogue_with_the_contraction_al_is_a_request():
    assert types("La ministra llamó al diálogo a los transportistas en Cochabamba.") == ["REQUEST"]


def test_a_phone_call_to_a_person_is_no_request():
    assert types("El papa llamó al presidente argentino para felicitarlo.") == []


def test_declaring_a_strike_illegal_bans_it():
    assert "COERCE" in types("Un juez laboral declaró ilegal el paro de los choferes.")


@pytest.mark.parametrize("text", [
    "Los economistas consideran necesario un diálogo entre el gobierno y los gremios.",
    "Es urgente un acuerdo entre los transportistas y el ministerio.",
])
def test_an_act_judged_needed_is_no_event(text):
    assert types(text) == []


def test_a_dialogue_begun_is_an_event():
    assert "CONSULT" in types("El gobierno y los campesinos iniciaron un diálogo en Cochabamba.")
