"""Diplomats posted abroad, Spanish peoples, Spanish mention edges and stateless leaders (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.analyze.actors.context_country import is_foreign_mission
from tests.analyze.test_actors import analyse


def actors_by_mention(analysis) -> dict[str, tuple]:
    return {m.text: (a.country, a.sector) for a in analysis.actors for m in a.mentions}


def test_diplomat_titles_are_missions_abroad() -> None:
    assert is_foreign_mission(resolve_text("the US ambassador"))
    assert is_foreign_mission(resolve_text("el embajador de Estados Unidos", "2024-05-01", "es"))
    assert is_foreign_mission(resolve_text("the Chinese consul general"))
    assert not is_foreign_mission(resolve_text("the US defense secretary"))


@pytest.mark.parametrize("lang, sentence, group, expected", [
    ("en", "Police detained protesters who confronted the US ambassador in Caracas.", "protesters", "VEN"),
    ("en", "Students protested as the Chinese consul general visited the university in Manila.", "Students", "PHL"),
    ("es", "La policía detuvo a manifestantes que increparon al embajador de Estados Unidos en Caracas.",
     "manifestantes", "VEN"),
])
def test_people_near_a_foreign_diplomat_take_the_place_country(lang, sentence, group, expected) -> None:
    found = actors_by_mention(analyse([(lang, sentence)]))
    assert found[group][0] == expected
    assert any(country in {"USA", "CHN"} for country, _ in found.values())  # the diplomat keeps his own


def test_a_diplomat_alone_does_not_place_the_article() -> None:
    found = actors_by_mention(analyse([("en", "Police detained protesters who confronted the US ambassador.")]))
    assert found["protesters"][0] != "USA"


@pytest.mark.parametrize("sentence, mention, country", [
    ("Los hondureños protestaron frente al Congreso.", "Los hondureños", "HND"),
    ("Miles de venezolanos marcharon en Caracas.", "venezolanos", "VEN"),
    ("La policía venezolana detuvo a dos colombianos.", "colombianos", "COL"),
    ("Los mexicanos y los guatemaltecos firmaron el acuerdo.", "los guatemaltecos", "GTM"),
])
def test_spanish_plural_demonyms_alone_are_peoples(sentence, mention, country) -> None:
    assert actors_by_mention(analyse([("es", sentence)]))[mention] == (country, "CVL")


@pytest.mark.parametrize("sentence, mention, expected", [
    ("dos periodistas mexicanos llegaron a la frontera.", "periodistas mexicanos", ("MEX", "JRN")),
    ("Condenó la ofensiva militar israelí.", "israelí", ("ISR", None)),
])
def test_spanish_demonym_adjectives_stay_as_they_were(sentence, mention, expected) -> None:
    assert actors_by_mention(analyse([("es", sentence)]))[mention] == expected


@pytest.mark.parametrize("sentence, mention", [
    ("Estudiantes protestaron frente a la embajada de Estados Unidos en Caracas.", "la embajada de Estados Unidos"),
    ("El gobierno pidió a los mexicanos calma.", "los mexicanos"),
    ("A los cubanos les preocupa la crisis.", "los cubanos"),
])
def test_spanish_mentions_leave_out_the_preposition_a(sentence, mention) -> None:
    assert mention in actors_by_mention(analyse([("es", sentence)]))


def test_the_english_article_a_stays_in_the_mention() -> None:
    assert "A Russian soldier" in actors_by_mention(analyse([("en", "A Russian soldier was killed.")]))


@pytest.mark.parametrize("text", ["the Dalai Lama", "Tibetan spiritual leader the Dalai Lama",
                                  "the exiled Tibetan spiritual leader, the Dalai Lama"])
def test_the_dalai_lama_is_a_religious_leader_of_no_state(text) -> None:
    code = resolve_text(text, "2024-05-01")
    assert (code.name, code.country, code.sector) == ("Dalai Lama", None, "REL")


def test_a_spanish_singular_demonym_in_es_is_no_people() -> None:
    found = actors_by_mention(analyse([("es", "El comunicado fue publicado en inglés.")]))
    assert found.get("inglés", (None, None))[1] != "CVL"


@pytest.mark.parametrize("text, country", [
    ("Israel's militia ally in southern Lebanon", "LBN"),
    ("Iran's proxies in Iraq", "IRQ"),
])
def test_a_state_s_allies_and_proxies_are_coded_where_they_are(text, country) -> None:
    assert resolve_text(text, "2000-06-01").country == country


@pytest.mark.parametrize("text", ["Ukraine's allies", "Russia's allies"])
def test_a_state_s_allies_are_not_that_state(text) -> None:
    code = resolve_text(text, "2024-06-01")
    assert code is None or code.country is None


def test_an_owned_army_stays_its_owner_s() -> None:
    assert resolve_text("Israel's army", "2024-06-01").country == "ISR"
