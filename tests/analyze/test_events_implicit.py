"""Protests with an implicit actor (detente/analyze/events/implicit.py): a protest noun with no named protesters
codes PROTEST by "Protesters" of the place's country, in English and Spanish. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze import events
from detente.analyze.context import Analysis
from detente.analyze.events.implicit import IMPLICIT_NAME
from detente.analyze.events.implicit_country import article_country
from detente.analyze.pipeline import stages_before
from detente.model import Article


def analysed(paragraphs: list[str], lang: str) -> Analysis:
    analysis = Analysis(article=Article.of_paragraphs([(text, lang) for text in paragraphs], "2026-02-04"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return analysis


def implicit(analysis: Analysis) -> list:
    return [e for e in analysis.events if e.source and e.source[0].name == IMPLICIT_NAME]


@pytest.mark.parametrize("text, lang, country, mode", [
    ("Las protestas continuaron el martes en Guayaquil.", "es", "ECU", "demo"),
    ("Violentos disturbios estallaron anoche en Nairobi.", "es", "KEN", "riot"),
    ("Protestaron en Lima contra la reforma.", "es", "PER", "demo"),
    ("La huelga paralizó el transporte en Buenos Aires.", "es", "ARG", "strike"),
    ("Protests erupted in Paris on Sunday.", "en", "FRA", "demo"),
    ("Riots broke out in Nairobi after the vote.", "en", "KEN", "riot"),
])
def test_a_protest_with_no_named_protesters_gets_implicit_ones(text, lang, country, mode):
    analysis = analysed([text], lang)
    found = implicit(analysis)
    assert [(e.type, e.mode, e.source[0].country) for e in found] == [("PROTEST", mode, country)]
    event = found[0]
    word = analysis.text[event.evidence.trigger.start : event.evidence.trigger.end]
    assert event.evidence.source == event.evidence.trigger
    assert event.confidence < 0.35  # below the rules' events
    actor = next(a for a in analysis.actors if a.id == event.source[0].id)  # the JSON's actors list has it
    assert actor.country_inferred and actor.sector == "CVL"
    assert [(m.text, m.start, m.end) for m in actor.mentions] == [(word, event.evidence.trigger.start, event.evidence.trigger.end)]


@pytest.mark.parametrize("text, lang", [
    ("El ministro defendió el derecho a la protesta en Chile.", "es"),
    ("La tasa de paro subió en España.", "es"),
    ("El gobierno puso en marcha un plan de vivienda en Colombia.", "es"),
    ("México jugará bajo protesta en Trinidad.", "es"),
    ("A rally in stocks lifted shares in Tokyo.", "en"),
    ("He defended the right to protest in Hong Kong.", "en"),
    ("The demonstrations continued.", "en"),  # no country anywhere: no event
    ("Las protestas continuaron.", "es"),
    ("Trump's rally in Hialeah, Florida drew thousands.", "en"),  # someone's own rally
    ("Polish farmers said that they would suspend a protest at the crossing with Ukraine.", "en"),  # theirs
    ("The summit in London is a target for protest.", "en"),  # protest as a kind of act
])
def test_no_implicit_protest_without_the_sense_or_a_country(text, lang):
    assert implicit(analysed([text], lang)) == []


def test_named_protesters_keep_the_rules_event():
    analysis = analysed(["Miles de estudiantes marcharon en Caracas contra el gobierno."], "es")
    assert [e.type for e in analysis.events] == ["PROTEST"]
    assert implicit(analysis) == []


@pytest.mark.parametrize("text, lang, sector, country", [
    ("Las protestas estudiantiles sacudieron Quito.", "es", "EDU", "ECU"),
    ("La huelga magisterial continúa en Bogotá.", "es", "EDU", "COL"),
    ("Labor protests erupted in Santiago on Monday.", "en", "LAB", "CHL"),
])
def test_a_group_modifier_gives_the_sector(text, lang, sector, country):
    assert [(e.source[0].sector, e.source[0].country) for e in implicit(analysed([text], lang))] == [(sector, country)]


@pytest.mark.parametrize("text, lang, target", [
    ("Nuevas protestas contra el presidente Rafael Correa sacudieron Quito.", "es", "Rafael Correa"),
    ("Protests against President William Ruto erupted in Nairobi.", "en", "William Ruto"),
])
def test_a_protest_that_names_only_its_target_gets_the_implicit_source(text, lang, target):
    analysis = analysed([text], lang)
    found = implicit(analysis)
    assert [[a.name for a in e.target] for e in found] == [[target]]
    assert len([e for e in analysis.events if e.type == "PROTEST"]) == 1
    assert found[0].evidence.source == found[0].evidence.trigger


def test_a_negated_protest_carries_the_flag():
    found = implicit(analysed(["No hubo manifestaciones en Caracas."], "es"))
    assert [e.negated for e in found] == [True]


def test_a_protest_framed_by_a_possible_wave_is_hypothetical():
    for text, lang in (("The crisis could trigger a wave of protests in Bolivia.", "en"),
                       ("La crisis podría provocar una ola de protestas en Bolivia.", "es")):
        found = implicit(analysed([text], lang))
        assert [(e.hypothetical, e.source[0].country) for e in found] == [(True, "BOL")], text


def test_the_article_dateline_gives_the_country():
    analysis = analysed(["NAIROBI, Feb 3 (Reuters) - Kenya's parliament met on Tuesday.",
                         "The protests continued for a second day."], "en")
    assert article_country(analysis) == "KEN"
    assert [e.source[0].country for e in implicit(analysis)] == ["KEN"]


def test_a_definite_protest_noun_is_another_mention_of_the_coded_protest():
    analysis = analysed(["Miles de estudiantes marcharon el lunes en Caracas contra el gobierno.",
                         "La marcha terminó sin incidentes en Caracas."], "es")
    protests = [e for e in analysis.events if e.type == "PROTEST"]
    assert len(protests) == 1 and implicit(analysis) == []
    assert len(protests[0].other_mentions) == 1
    assert analysis.text[protests[0].other_mentions[0].trigger.start :].startswith("marcha")


def test_the_step_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DETENTE_IMPLICIT_PROTESTS", "0")
    analysis = analysed(["Protests erupted in Paris on Sunday."], "en")
    assert implicit(analysis) == [] and not any(a.name == IMPLICIT_NAME for a in analysis.actors)


def test_mentions_of_one_implicit_protest_are_one_event():
    analysis = analysed(["Protests erupted in Paris on Sunday.", "Angry protests also blocked roads in the capital."], "en")
    found = implicit(analysis)
    assert [(e.source[0].country, len(e.other_mentions)) for e in found] == [("FRA", 1)]
    assert len([a for a in analysis.actors if a.name == IMPLICIT_NAME]) == 1


def test_protests_in_general_code_nothing_without_a_place():
    """A bare plural protest noun that is no subject names protests in general; the dateline country does not make
    them an event (a place in the sentence or a subject use does)."""
    analysis = analysed(["WASHINGTON (AP) — The Senate met on Tuesday.",
                         "Activist groups used their email lists to spread the word about protests across the country.",
                         "One organiser said he saw no risks whatsoever for open-air protests."], "en")
    assert article_country(analysis) == "USA"
    assert implicit(analysis) == []
    analysis = analysed(["WASHINGTON (AP) — The Senate met on Tuesday.", "Protests erupted on Monday."], "en")
    assert [e.source[0].country for e in implicit(analysis)] == ["USA"]
    analysis = analysed(["The emails spread the word about protests in Ohio."], "en")  # no actor: the rules code nothing
    assert [e.source[0].country for e in implicit(analysis)] == ["USA"]


def test_implicit_protests_in_different_places_stay_apart():
    analysis = analysed(["Protests erupted in Raleigh on Friday.", "Protests also erupted in Detroit on Friday.",
                         "Angry protests blocked roads in the capital."], "en")
    found = implicit(analysis)
    assert sorted(e.location.name for e in found) == ["Detroit", "Raleigh"]
    assert sum(len(e.other_mentions) for e in found) == 1  # the mention with no place joins one of them
    assert len({e.source[0].id for e in found}) == 1  # one implicit actor: same country and sector


def test_implicit_events_are_built_like_the_rules_events():
    """Date, place, score and evidence come from the coder's own builder (assemble.build_event)."""
    analysis = analysed(["Las protestas continuaron el martes en Guayaquil."], "es")
    event = implicit(analysis)[0]
    assert (event.date, event.date_text, event.location.name) == ("2026-02-03", "el martes", "Guayaquil")
    assert event.score == events.score_for("PROTEST", "demo")
    assert event.evidence.sentence == analysis.text[event.evidence.start : event.evidence.end]


def test_a_protest_that_ends_gets_no_implicit_protesters():
    analysis = analysed(["Los camioneros levantaron el paro en Bogotá."], "es")
    assert implicit(analysis) == [] and [e.type for e in analysis.events] == ["CONCEDE"]


def test_spanish_protests_in_general_code_nothing_without_a_place():
    analysis = analysed(["QUITO, 3 feb (EFE).- El gobierno presentó la reforma el martes.",
                         "Organizaciones civiles difundieron información sobre manifestaciones en todo el país.",
                         "Un dirigente no ve ningún riesgo en celebrar manifestaciones al aire libre.",
                         "Las protestas continuaron el miércoles."], "es")
    found = implicit(analysis)
    assert [(analysis.text[e.evidence.start : e.evidence.end], e.source[0].country, len(e.other_mentions))
            for e in found] == [("Las protestas continuaron el miércoles.", "ECU", 0)]
