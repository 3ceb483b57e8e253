"""Fourth-round actor rules and knowledge: role words that take the sector of their body ("rebel leader"),
city and region names the tagger missed next to an agent word, institution names continued by "of/de" up
to a country, family-name-first names, and the wider people/organization/region files."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.analyze.actors.name_origin import is_pinyin, name_country
from detente.knowledge.actors import default_knowledge, generic_roles
from tests.analyze.test_actors import analyse, find


def code(text: str, lang: str = "en", date: str = "2022-06-01") -> tuple[str | None, str | None] | None:
    found = resolve_text(text, date, lang)
    return (found.country, found.sector) if found is not None else None


@pytest.mark.parametrize(("text", "sector"), [
    ("rebel leader", "REB"),
    ("a rebel commander", "REB"),
    ("police chief", "COP"),
    ("party official", "PTY"),
    ("separatist leader", "REB"),
    ("business leader", "BUS"),
    ("military official", "MIL"),
])
def test_a_role_word_takes_the_sector_of_the_body_it_belongs_to(text: str, sector: str) -> None:
    assert code(text) == (None, sector)


def test_a_role_word_after_a_country_keeps_its_own_sector_and_head_title() -> None:
    found = resolve_text("Syrian leader", "2022-06-01")
    assert (found.country, found.sector, found.head) == ("SYR", "GOV", True)
    assert resolve_text("rebel leader", "2022-06-01").head is False
    assert "jefe" in generic_roles()["es"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Karachi police chief", "en", ("PAK", "COP")),  # tagged ORG
    ("Peshawar traders", "en", ("PAK", "BUS")),  # tagged ADJ, no entity
    ("the mayor of Kharkiv", "en", ("UKR", "GOV")),
    ("la policía de Medellín", "es", ("COL", "COP")),
    ("Mindanao rebels", "en", ("PHL", "REB")),  # a region tagged ORG
])
def test_a_city_or_region_next_to_an_agent_word_names_the_country(text: str, lang: str, expected) -> None:
    assert code(text, lang) == expected


def test_a_city_that_is_also_a_common_word_is_not_read_as_the_city() -> None:
    assert code("Independence activists") == (None, "CVL")


def test_a_state_or_province_beats_a_small_namesake_town_abroad() -> None:
    assert code("Florida police") == ("USA", "COP")
    assert code("Ontario premier") == ("CAN", "GOV")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("el Ministerio de Defensa de Perú", "es", ("PER", "GOV")),
    ("la Corte Suprema de Justicia de Colombia", "es", ("COL", "JUD")),
    ("the Ministry of Foreign Affairs of Iran", "en", ("IRN", "GOV")),
])
def test_an_institution_name_continued_by_of_up_to_a_country_is_that_countrys(text: str, lang: str, expected) -> None:
    assert code(text, lang) == expected


def test_a_named_body_said_to_belong_to_another_country_takes_that_country() -> None:
    assert code("the Ministry of Defence of Ukraine")[0] == "UKR"
    assert code("Ukraine's Ministry of Defence")[0] == "UKR"
    assert code("the British Ministry of Defence")[0] == "GBR"
    assert code("Iranian-backed Hezbollah")[0] == "LBN"  # backing is not owning


def test_a_group_based_in_a_place_takes_that_place() -> None:
    assert code("a militia based in Tripoli") == ("LBY", "UAF")


@pytest.mark.parametrize(("name", "country"), [
    ("He Zhihua", "CHN"), ("Wang Xiaoming", "CHN"), ("Tseng Hou-jen", "TWN"), ("Kim Min-jae", "KOR"),
    ("Nguyen Van Thanh", "VNM"), ("John Smith", None), ("Han Solo", None), ("Lin Chia-lung", None),
])
def test_family_name_first_names_point_to_one_country(name: str, country: str | None) -> None:
    assert name_country(name.split()) == country


def test_pinyin_given_names_are_checked_syllable_by_syllable() -> None:
    assert is_pinyin("zhihua") and is_pinyin("xiaoming") and is_pinyin("yi")
    assert not is_pinyin("smith") and not is_pinyin("solo")


def test_name_origin_codes_untitled_strangers_and_never_beats_a_stated_country() -> None:
    assert code("He Zhihua") == ("CHN", None)
    assert code("Adam Curtis Brown") is None
    assert code("Singapore's Minister Zhang Wei") == ("SGP", "GOV")
    analysis = analyse([("en", "Singapore's parliament met on Monday. Minister Zhang Wei defended the budget.")])
    assert find(analysis, "Minister Zhang Wei").country == "SGP"


@pytest.mark.parametrize(("text", "date", "lang", "expected"), [
    ("Sergey Lavrov", "2022-06-01", "en", ("RUS", "GOV")),
    ("Cristina Fernández de Kirchner", "2010-06-01", "es", ("ARG", "GOV")),
    ("Cristina Fernández de Kirchner", "2021-06-01", "es", ("ARG", "GOV")),
    ("Óscar Arias", "2008-01-01", "es", ("CRI", "GOV")),
    ("Valery Gerasimov", "2022-06-01", "en", ("RUS", "MIL")),
    ("Mohammad Javad Zarif", "2023-01-01", "en", ("IRN", "ELI")),
    ("Ecopetrol", "2022-06-01", "es", ("COL", "BUS")),
    ("Gulf Cartel", "2022-06-01", "en", ("MEX", "CRM")),
    ("Kachin Independence Army", "2022-06-01", "en", ("MMR", "REB")),
    ("Carabineros de Chile", "2022-06-01", "es", ("CHL", "COP")),
])
def test_people_and_organizations_of_the_wider_files(text: str, date: str, lang: str, expected) -> None:
    assert code(text, lang, date) == expected


def test_new_knowledge_files_load_and_do_not_shadow_existing_names() -> None:
    kb = default_knowledge()
    assert "P:Pedro Sánchez" in kb.entities and kb.entities["P:Pedro Sánchez"].terms[0].country == "ESP"
    assert all(t.country == "ESP" for t in kb.entities["P:Pedro Sánchez"].terms)
    assert "O:Ecopetrol" in kb.entities


def test_a_city_before_a_body_named_like_another_citys_makes_it_that_citys() -> None:
    assert code("Tokyo Metropolitan Police") == ("JPN", "COP")
    assert code("the Metropolitan Police")[0] == "GBR"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("karachi police", "en", ("PAK", "COP")),
    ("u.s. troops", "en", ("USA", "MIL")),
    ("grupos rebeldes colombianos", "es", ("COL", "REB")),  # Spanish demonyms stay lower case
    ("KARACHI", "en", ("PAK", "CVL")),
    ("SPLM/A", "en", ("SDN", "REB")),  # acronyms keep their capitals
])
def test_short_queries_in_one_case_are_recased_before_coding(text: str, lang: str, expected) -> None:
    assert code(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("The state of emergency declared in Lima remains in force.", "en"),
    ("El estado de sitio decretado en Lima sigue vigente.", "es"),
])
def test_state_of_emergency_is_no_government(text: str, lang: str) -> None:
    analysis = analyse([(lang, text)])
    assert find(analysis, "state" if lang == "en" else "estado") is None


def test_the_state_itself_is_still_a_government() -> None:
    analysis = analyse([("en", "Israel rejected the proposal, and the state will appeal the ruling.")])
    assert find(analysis, "state") is not None


def test_a_company_lends_no_country_to_the_people_beside_it() -> None:
    analysis = analyse([("en", "Senator Jane Hollis criticised TikTok's data policy on Monday.")])
    senator = find(analysis, "Senator Jane Hollis")
    assert senator is not None and senator.country != "CHN"


@pytest.mark.parametrize(("text", "country"), [
    ("pro-Russian separatists in Donetsk", "UKR"),
    ("Russian-backed rebels in eastern Ukraine", "UKR"),
    ("Iranian-backed militias in Iraq", "IRQ"),
])
def test_a_backer_does_not_stop_the_place_giving_the_country(text: str, country: str) -> None:
    assert resolve_text(text, "2022-06-01").country == country


def test_a_nationality_still_beats_the_place_where_officials_are() -> None:
    assert resolve_text("Hungarian officials in Kyiv", "2022-06-01").country == "HUN"


@pytest.mark.parametrize(("text", "country"), [
    ("Zaire", "COD"), ("Rhodesia", "ZWE"), ("Ceylon", "LKA"), ("Upper Volta", "BFA"), ("Brit officials", "GBR"),
    ("Calabrian mafia", "ITA"), ("Basra", "IRQ"),
])
def test_historical_country_names_and_region_adjectives(text: str, country: str) -> None:
    assert resolve_text(text, "1995-06-01").country == country


@pytest.mark.parametrize(("text", "date", "country", "sector"), [
    ("Gabrielius Landsbergis", "2022-06-01", "LTU", "GOV"),
    ("Valerii Zaluzhnyi", "2022-06-01", "UKR", "MIL"),
    ("Kemal Kilicdaroglu", "2022-06-01", "TUR", "OPP"),
    ("Hakan Fidan", "2020-01-01", "TUR", "SPY"),
    ("Hakan Fidan", "2024-01-01", "TUR", "GOV"),
])
def test_recent_officials_with_dated_terms(text: str, date: str, country: str, sector: str) -> None:
    code = resolve_text(text, date)
    assert (code.country, code.sector) == (country, sector)


def test_a_common_surname_alone_does_not_name_a_listed_person() -> None:
    assert resolve_text("Natalia Kolesnikova", "2022-06-01") is None
