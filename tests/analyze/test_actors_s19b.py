"""Stop 19 (second actor round) rules, on sentences written for these tests: a state that did not yet exist is
the territory of the state it then was; settlers of a settled territory are of the settling state; a province
name several states give names no country alone; US counties are not towns abroad; a lower-case title the lists
write with a name still matches; a party's rank and file keep the party's sector; heads of state of the 1970s."""
from __future__ import annotations

import pytest

from detente.analyze.actors.statehood import settlers_state, state_on_date
from detente.knowledge.actors import default_knowledge
from tests.analyze.test_actors import analyse


class Coded(dict):
    """Mention text → (country, sector); a key that is no whole mention finds the first mention that starts with it."""

    def __missing__(self, key: str):
        return next(code for text, code in self.items() if text.startswith(key))


def coded(lang: str, sentence: str, published: str = "2026-02-04") -> dict[str, tuple[str | None, str | None]]:
    return Coded({m.text: (a.country, a.sector)
                  for a in analyse([(lang, sentence)], published).actors for m in a.mentions})


@pytest.mark.parametrize("published, country", [("1998-06-01", "SRB"), ("2011-06-01", "XKX")])
def test_a_kosovo_group_belongs_to_serbia_before_independence(published, country) -> None:
    found = coded("en", "The Kosovo Liberation Army ambushed a police patrol near Decani.", published)
    assert found["The Kosovo Liberation Army"][0] == country


def test_dated_states_keep_other_codes_and_the_day_of_independence() -> None:
    assert state_on_date("SSD", "2005-01-09") == "SDN"
    assert state_on_date("SSD", "2011-07-09") == "SSD"
    assert state_on_date("MNE", "2003-01-01") == "MNE"  # a republic of its own, never part of Serbia
    assert state_on_date("FRA", "1990-01-01") == "FRA"


@pytest.mark.parametrize("lang, sentence, mention", [
    ("en", "Jewish settlers near Nablus uprooted olive trees.", "Jewish settlers"),
    ("es", "Los colonos judíos atacaron a los agricultores palestinos en Cisjordania.", "Los colonos"),
    ("en", "Settlers in the Gaza Strip blocked the road to the crossing.", "Settlers in the Gaza Strip"),
    ("es", "Los colonos de Hebrón atacaron a los agricultores.", "Los colonos de Hebrón"),
])
def test_settlers_in_a_settled_territory_are_of_the_settling_state(lang, sentence, mention) -> None:
    assert coded(lang, sentence, "2003-05-01")[mention] == ("ISR", "CVL")


def test_only_settlers_change_state() -> None:
    assert settlers_state("PSE", {"farmers"}) == "PSE"
    assert settlers_state("PSE", {"settlers"}) == "ISR"
    found = coded("en", "Palestinian farmers near Nablus picked olives.", "2003-05-01")
    assert found["Palestinian farmers"][0] == "PSE"


@pytest.mark.parametrize("name", ["eastern province", "northern province", "western province"])
def test_a_province_name_several_states_give_names_no_country(name) -> None:
    assert default_knowledge().region_country(name) is None


def test_a_named_province_and_context_still_place_the_police() -> None:
    found = coded("en", "Saudi police raided a farm in the Eastern Province.", "2004-01-01")
    assert found["Saudi police"] == ("SAU", "COP")
    assert default_knowledge().region_country("western cape") == "ZAF"  # a name only one state gives


def test_a_us_county_is_not_a_town_abroad() -> None:
    found = coded("en", "Election officials in Dade County stopped the count.", "2000-11-22")
    assert found["Election officials in Dade County"][0] == "USA"


@pytest.mark.parametrize("sentence, mention", [
    ("En Chiapas, el subcomandante Marcos leyó un comunicado.", "el subcomandante Marcos"),
    ("Los periodistas entrevistaron al subcomandante Marcos.", "subcomandante Marcos"),
])
def test_a_lower_case_title_listed_with_the_name_matches(sentence, mention) -> None:
    assert coded("es", sentence, "1996-02-16")[mention] == ("MEX", "REB")


@pytest.mark.parametrize("lang, sentence, mention", [
    ("en", "BJP workers blocked the highway near Lucknow.", "BJP workers"),
    ("es", "Simpatizantes del PRI marcharon en Toluca.", "Simpatizantes del PRI"),
])
def test_a_partys_rank_and_file_keep_the_partys_sector(lang, sentence, mention) -> None:
    assert coded(lang, sentence, "1999-05-01")[mention][1] == "PTY"


def test_workers_of_a_company_are_still_labour() -> None:
    assert coded("es", "Los trabajadores de Pemex bloquearon la refinería.", "1999-05-01")["Los trabajadores de Pemex"] \
        == ("MEX", "LAB")


def test_a_bare_surname_of_a_head_of_the_1970s() -> None:
    found = coded("en", "Sadat flew to Jerusalem, where Begin received him.", "1977-11-19")
    assert found["Sadat"] == ("EGY", "GOV")
    assert found["Begin"] == ("ISR", "GOV")


def test_the_spanish_name_of_opec() -> None:
    found = coded("es", "Venezuela pidió a la Organización de Países Exportadores de Petróleo recortar la oferta.",
                  "1999-03-01")
    assert found["la Organización de Países Exportadores de Petróleo"][0] == "IGO"


def test_a_past_head_is_the_one_listed_bearer_of_a_surname_of_one_country() -> None:
    found = coded("en", "Carter flew to Pyongyang to meet the North Korean leader.", "2000-01-01")
    assert found["Carter"][0] == "USA"  # Jimmy Carter (Ash Carter, also listed, is American too)


def test_a_surname_borne_in_two_countries_names_no_past_head() -> None:
    found = coded("en", "Brown told reporters the bill would pass.", "2024-05-01")
    assert found["Brown"][0] is None  # Gordon Brown, British, and listed American Browns


@pytest.mark.parametrize("lang, sentence, mention", [
    ("en", "The papal nuncio met the rebel commanders.", "The papal nuncio"),
    ("es", "El nuncio apostólico se reunió con los obispos.", "El nuncio apostólico"),
])
def test_the_popes_envoy_is_of_the_holy_see(lang, sentence, mention) -> None:
    assert coded(lang, sentence, "2001-05-01")[mention] == ("VAT", "GOV")


@pytest.mark.parametrize("lang, sentence, mention, code", [
    ("en", "The Polisario Front accused Rabat of stalling the referendum.", "The Polisario Front", ("MAR", "REB")),
    ("es", "El Frente Polisario acusó a Rabat de bloquear el referendo.", "El Frente Polisario", ("MAR", "REB")),
    ("en", "The Sahrawi Arab Democratic Republic sent a delegation to Addis Ababa.",
     "The Sahrawi Arab Democratic Republic", ("MAR", "PRE")),
])
def test_the_polisario_is_an_armed_movement_in_the_state_it_fights(lang, sentence, mention, code) -> None:
    assert coded(lang, sentence, "1999-10-10")[mention] == code
