"""World regions, seas and straits (knowledge/actors/world_regions.tsv) are places with no country: the country
word inside their names ("Latin America", "the Korean Peninsula", "the Persian Gulf") codes nothing, a bare
region is no actor, and a group placed in a region takes no country from context. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.knowledge.actors import default_knowledge
from tests.analyze.test_actors import analyse, find


def texts(analysis) -> set[str]:
    return {mention.text for actor in analysis.actors for mention in actor.mentions}


@pytest.mark.parametrize("text, lang", [
    ("Latin America", "en"), ("South America", "en"), ("North America", "en"), ("Central America", "en"),
    ("the Korean Peninsula", "en"), ("the Persian Gulf", "en"), ("the Middle East", "en"), ("the Balkans", "en"),
    ("the Caribbean", "en"), ("the Sahel", "en"), ("the Horn of Africa", "en"), ("Southeast Asia", "en"),
    ("the South China Sea", "en"), ("the Taiwan Strait", "en"), ("the Gulf of Mexico", "en"), ("Asia", "en"),
    ("América Latina", "es"), ("Latinoamérica", "es"), ("la península coreana", "es"), ("el golfo Pérsico", "es"),
    ("Oriente Medio", "es"), ("los Balcanes", "es"), ("América del Sur", "es"), ("el Cuerno de África", "es"),
])
def test_a_world_region_codes_no_country(text: str, lang: str) -> None:
    code = resolve_text(text, "2024-01-01", lang)
    assert code is None or code.country is None, (text, code)


@pytest.mark.parametrize("text, country", [
    ("North Korea", "PRK"), ("South Korea", "KOR"), ("Korean officials", "KOR"), ("South Africa", "ZAF"),
    ("Central African Republic", "CAF"), ("American troops", "USA"), ("the Black Sea Fleet", "RUS"),
    ("Gulf Cartel", "MEX"), ("Iraqi Kurdistan", "IRQ"),
])
def test_country_names_that_share_a_word_with_a_region_keep_their_country(text: str, country: str) -> None:
    code = resolve_text(text, "2024-01-01", "en")
    assert code is not None and code.country == country, (text, code)


def test_groups_of_a_region_keep_their_sector_and_no_country() -> None:
    leaders = resolve_text("Latin American leaders", "2024-01-01", "en")
    gulf = resolve_text("the Gulf states", "2024-01-01", "en")
    lideres = resolve_text("los líderes latinoamericanos", "2024-01-01", "es")
    assert (leaders.country, leaders.sector) == (None, "GOV")
    assert (gulf.country, gulf.sector) == (None, "GOV")
    assert (lideres.country, lideres.sector) == (None, "GOV")


def test_a_bare_region_is_no_actor_and_lends_no_country() -> None:
    analysis = analyse([("body", "North Korea fired a missile over the Korean Peninsula, officials said. "
                                 "The Middle East is tense.")])
    assert find(analysis, "North Korea").country == "PRK"
    assert not {"the Korean Peninsula", "Korean Peninsula", "the Korean", "The Middle East"} & texts(analysis)
    assert find(analysis, "officials").country == "PRK"  # not KOR from "Korean" inside the region's name


def test_a_group_in_a_region_takes_no_country_from_context() -> None:
    analysis = analyse([("body", "Leaders from Latin America met in Bogotá on Monday. "
                                 "Gulf states criticized Israel.")])
    leaders = find(analysis, "Leaders from Latin America")
    assert (leaders.country, leaders.sector) == (None, "GOV")
    assert find(analysis, "Gulf states").country is None  # not ISR from the sentence


def test_spanish_regions_in_running_text() -> None:
    analysis = analyse([("es", "Corea del Norte lanzó un misil sobre la península coreana. "
                                 "Los líderes de América Latina se reunieron en Bogotá.")])
    assert find(analysis, "Corea del Norte").country == "PRK"
    assert not any("península" in t for t in texts(analysis))
    assert find(analysis, "líderes de América Latina").country is None


def test_names_that_contain_a_region_stay_names() -> None:
    analysis = analyse([("body", "The Southern Africa Litigation Centre sued the government. "
                                 "Japan joined the Trans-Pacific Partnership.")])
    assert "The Southern Africa Litigation Centre" in texts(analysis)
    assert "the Trans-Pacific Partnership" in texts(analysis)


def test_region_readings_replace_country_readings_in_the_knowledge_base() -> None:
    kb = default_knowledge()
    for key in ("latin america", "korean peninsula", "persian gulf", "america latina"):
        kinds = {entry.kind for entry in kb.phrases[key]}
        assert "world_region" in kinds and not kinds & {"country", "demonym", "capital"}, key
