"""Stop-17 Spanish rules (events-es): a place in a protest noun's "de" complement is no protester; the armed "de"
complement of a shooting or repression noun is its doer; a finite verb the parser hangs on a noun takes it as
subject; counted groups and counted occupied sites; a demand stating a protest's topic is not coded apart (PLOVER
PROTEST note); an event noun after "a cambio de" is asked for, not done; new protest nouns. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def coded(text: str):
    return code_text(text, "2026-02-04", "es")


def types(text: str) -> list[str]:
    return [e.type for e in coded(text)]


def test_a_place_in_the_de_complement_of_a_protest_noun_is_not_who_protests():
    events = coded("Miles de personas marcharon en Quito y en Guayaquil contra el gobierno; la marcha de Quito fue la más numerosa.")
    assert [e.type for e in events] == ["PROTEST"]
    assert all(a.sector != "GOV" for e in events for a in e.source)


def test_people_in_the_de_complement_stay_the_protesters():
    events = coded("La marcha de los mineros de Bolivia llegó el martes a la sede de gobierno.")
    assert [(e.type, [a.sector for a in e.source]) for e in events] == [("PROTEST", ["LAB"])]


@pytest.mark.parametrize("text, sector", [
    ("Tres estudiantes resultaron heridos por disparos de la policía en Managua.", "COP"),
    ("La represión de los militares dejó tres muertos en Tegucigalpa.", "MIL"),
])
def test_an_armed_force_in_the_de_complement_of_a_shooting_noun_is_the_doer(text, sector):
    events = [e for e in coded(text) if e.type == "ASSAULT"]
    assert events and [a.sector for a in events[0].source] == [sector]
    assert not events[0].target or all(a.sector != sector for a in events[0].target)


def test_victims_in_the_de_complement_of_a_killing_stay_its_target():
    events = coded("El asesinato de dos policías conmocionó a Colombia.")
    assert [e.type for e in events] == ["ASSAULT"] and events[0].source == []


def test_a_finite_verb_hung_on_a_noun_takes_it_as_subject():
    events = coded("Un dispositivo policial bloqueó el centro de Lima durante la noche.")
    assert [(e.type, [a.sector for a in e.source]) for e in events] == [("COERCE", ["COP"])]


@pytest.mark.parametrize("text", [
    "Cientos de desocupados cortaron el puente que une Resistencia con Corrientes.",
    "Miles de piqueteros cortaron el acceso al puerto de Rosario.",
])
def test_a_counted_group_protests(text):
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Los estudiantes secundarios tomaron decenas de colegios en Santiago.",
    "Los campesinos sin tierra ocuparon cientos de hectáreas en el departamento de San Pedro, en Paraguay.",
])
def test_occupying_counted_sites_is_a_protest(text):
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "El Frente Cívico organizó una manifestación contra el alcalde de Arequipa y para exigir su renuncia.",
    "El sindicato convocó una huelga en Bogotá para pedir aumentos salariales.",
])
def test_the_demand_a_protest_is_held_for_is_its_topic(text):
    assert types(text) == ["PROTEST"]


def test_a_demand_on_another_act_is_coded():
    assert sorted(types("El canciller viajó a Caracas para exigir la liberación de los rehenes.")) == ["CONSULT", "REQUEST"]


@pytest.mark.parametrize("text, expected", [
    ("Una de las propuestas consiste en un plan de inversiones a cambio del acuerdo de los vecinos.", []),
    ("El gobierno liberará a diez presos a cambio de la entrega de las armas de las FARC.", ["AGREE"]),
])
def test_what_is_asked_in_exchange_has_not_happened(text, expected):
    assert types(text) == expected


def test_an_exchange_told_as_done_keeps_both_acts():
    assert types("Hamás liberó a tres rehenes a cambio de la liberación de 90 presos palestinos.") == ["RETREAT", "RETREAT"]


@pytest.mark.parametrize("text", [
    "La CONAIE convocó a un levantamiento indígena contra el gobierno de Ecuador.",
    "Veteranos de guerra salvadoreños realizaron una caminata hacia la Asamblea Legislativa en San Salvador.",
    "Los productores de soja realizaron un tractorazo frente al Congreso paraguayo.",
])
def test_new_protest_nouns(text):
    assert types(text) == ["PROTEST"]


def test_lifting_an_embargo_is_no_uprising():
    assert "PROTEST" not in types("El levantamiento del embargo fue celebrado en La Habana.")


@pytest.mark.parametrize("text, sector", [
    ("Bloquean campesinos carreteras en Bolivia", "AGR"),
    ("Exigen campesinos la renuncia del ministro de Agricultura en Paraguay", "AGR"),
])
def test_a_bare_group_right_after_a_verb_first_headline_is_its_subject(text, sector):
    events = coded(text)
    assert len(events) == 1 and [a.sector for a in events[0].source] == [sector]
    assert all(a.sector != sector for a in events[0].target)


def test_a_personal_a_object_after_a_verb_first_headline_stays_the_target():
    events = coded("Detienen a 20 manifestantes en Caracas")
    assert [e.type for e in events] == ["COERCE"] and events[0].source == []


@pytest.mark.parametrize("text, expected", [
    ("Protestan maestros en Lima por aumento salarial", "protestan maestros en Lima por aumento salarial"),
    ("Rechaza Venezuela acusaciones de Colombia", "rechaza Venezuela acusaciones de Colombia"),
    ("LIMA, 5 may (AFP) - Protestan los maestros.", "LIMA, 5 may (AFP) - protestan los maestros."),
    ("Los maestros protestan. Exigen aumentos.", "Los maestros protestan. exigen aumentos."),
    ("Salta registró protestas.", "Salta registró protestas."),  # a province, not "saltar"
    ("Bolivia protestó ante Chile.", "Bolivia protestó ante Chile."),
    ("Los maestros marchan en Lima.", "Los maestros marchan en Lima."),
    ("Corea del Norte lanzó un misil.", "Corea del Norte lanzó un misil."),  # a name, though "corea" is of "corear"
])
def test_a_sentence_initial_event_verb_loses_its_capital_for_parsing(text, expected):
    from detente.analyze.events.spanish_headlines import lower_leading_verbs

    assert lower_leading_verbs(text) == expected and len(lower_leading_verbs(text)) == len(text)


def test_a_lowered_verb_first_headline_codes_its_protest():
    """What the parser reads once the capital is off (the hook in nlp.parse_text): the verb and its subject."""
    events = coded("protestan maestros en Lima por aumento salarial")
    assert [(e.type, [a.sector for a in e.source]) for e in events] == [("PROTEST", ["EDU"])]


def _parsed(text: str):
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_sentence(text, "es", "2026-02-04", id="t"))
    for stage in stages_before("events"):
        stage(analysis)
    parsed, sent = next(iter(analysis.sentences()))
    return analysis, parsed, sent


@pytest.mark.parametrize("text, word, doer, victim", [
    ("Dos manifestantes murieron baleados por la policía en Caracas.", "baleados", "COP", "manifestantes"),
    ("Tres campesinos cayeron abatidos por el ejército en Colombia.", "abatidos", "MIL", "campesinos"),
    ("Tres estudiantes resultaron heridos por disparos de la policía en Managua.", "heridos", "COP", "estudiantes"),
])
def test_a_participle_of_result_is_a_passive_act_on_the_subject(text, word, doer, victim):
    """The pieces the trigger and argument rules call (triggers._pos_ok, arguments._participants: see the report)."""
    from detente.analyze.events.actor_lookup import Frame
    from detente.analyze.events.spanish_subjects import predicative_roles
    from detente.analyze.events.spanish_lemmas import is_verbal_participle, predicative_participle

    analysis, parsed, sent = _parsed(text)
    participle = next(t for t in sent if t.text == word)
    assert predicative_participle(participle) and is_verbal_participle(participle)
    sources, targets = predicative_roles(participle, Frame(analysis=analysis, offset=parsed.offset, lang="es"))
    assert [h.actor.sector for h in sources] == [doer]
    assert [analysis.text[h.start:h.end] for h in targets] == [victim]


@pytest.mark.parametrize("text, word", [
    ("Muchos presos permanecen detenidos desde hace años en Guantánamo.", "detenidos"),  # a lasting state
    ("Los manifestantes detenidos fueron liberados el lunes.", "detenidos"),  # a modifier
])
def test_other_participles_are_no_result(text, word):
    from detente.analyze.events.spanish_lemmas import predicative_participle

    _, _, sent = _parsed(text)
    assert not predicative_participle(next(t for t in sent if t.text == word))


@pytest.mark.parametrize("text", [
    "PROTESTAN POR AUMENTO DE LAS TARIFAS ELECTRICAS",  # a headline: what the protest is about
    "La protesta callejera se prolongó hasta la medianoche.",  # a modifier of its kind
    "Una oleada de protestas sacudió a los medios universitarios.",  # a frame noun
])
def test_a_described_protest_is_coded_without_a_country(text):
    events = coded(text)
    assert [e.type for e in events] == ["PROTEST"]
    assert [a.country for a in events[0].source] == [None]


@pytest.mark.parametrize("text", [
    "Las protestas continuaron.",  # a bare mention of protests told elsewhere
    "El delantero no dudó a la hora de protestar contra su exclusión.",  # one person complains
])
def test_a_bare_or_one_person_protest_without_a_country_codes_none(text):
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize("text", [
    "El paro juvenil se mantiene por encima del 30 por ciento.",  # unemployment
    "La marcha atrás del gobierno por la presión de los mercados sorprendió a todos.",  # a reversal
    "Las manifestaciones culturales por el aniversario de la ciudad atrajeron a miles.",  # cultural events
    "La movilización de carga por los puertos creció un 5 por ciento.",  # goods moved
])
def test_protest_words_in_other_senses_code_nothing_without_a_country(text):
    assert types(text) == []


@pytest.mark.parametrize("text, doer, victim", [
    ("Dos manifestantes murieron baleados por la policía en Caracas.", "COP", "CVL"),
    ("Tres campesinos cayeron abatidos por el ejército en Colombia.", "MIL", "AGR"),
])
def test_killed_by_a_force_codes_the_force_attacking_the_subject(text, doer, victim):
    event = next(e for e in coded(text) if e.type == "ASSAULT")
    assert [a.sector for a in event.source] == [doer]
    assert [a.sector for a in event.target] == [victim]
