"""Stop 19 (third actor round) rules, on sentences written for these tests: former names of states are the state,
not a province elsewhere; Noriega, KOMID and the Hague tribunal rows; places of the 1990s wars; armed men of a
people in revolt are rebels; a counterpart takes its holder's sector; brackets are no part of a name."""
from __future__ import annotations

import pytest

from detente.analyze.actors.insurgents import insurgent_sector
from detente.knowledge.actors import default_knowledge
from tests.analyze.test_actors import analyse
from tests.analyze.test_actors_s19b import coded


def test_a_former_state_name_is_no_province_of_another_state() -> None:
    assert default_knowledge().region_country("zaire") is None
    found = coded("en", "Soldiers in eastern Zaire counted the refugees.", "1996-11-20")
    assert found["Soldiers in eastern Zaire"][0] == "COD"


@pytest.mark.parametrize("published, sentence, mention, country", [
    ("1994-03-01", "Zaire recalled its ambassador from Belgium.", "Zaire", "COD"),
    ("1988-03-01", "Burma closed its border crossings.", "Burma", "MMR"),
    ("1971-03-01", "Ceylon declared a state of emergency.", "Ceylon", "LKA"),
    ("1976-03-01", "Rhodesia closed the border crossings.", "Rhodesia", "ZWE"),
    ("1973-03-01", "Dahomey recalled its envoy.", "Dahomey", "BEN"),
    ("1982-03-01", "Upper Volta recalled its envoy.", "Upper Volta", "BFA"),
    ("2012-03-01", "Swaziland recalled its envoy.", "Swaziland", "SWZ"),
])
def test_former_country_names(published, sentence, mention, country) -> None:
    assert coded("en", sentence, published)[mention][0] == country


def test_listed_actors_of_the_1980s_and_2000s() -> None:
    assert coded("en", "Noriega denounced the sanctions on Tuesday.", "1988-04-01")["Noriega"] == ("PAN", "MIL")
    found = coded("en", "Washington blacklisted the Korea Mining Development Trading Corporation.", "2009-05-01")
    assert found["the Korea Mining Development Trading Corporation"][0] == "PRK"
    found = coded("en", "The Hague tribunal sentenced the former camp guard.", "2001-05-01")
    assert found["The Hague tribunal"] == ("UNO", "JUD")


@pytest.mark.parametrize("sentence, mention, country", [
    ("Tankers were set ablaze off Kharg Island.", "Kharg Island", "IRN"),
    ("Police in the Pankisi Gorge arrested two men.", "Police in the Pankisi Gorge", "GEO"),
    ("Residents of Pervomaiskoye fled the shelling.", "Residents of Pervomaiskoye", "RUS"),
])
def test_places_of_the_1990s_wars(sentence, mention, country) -> None:
    assert coded("en", sentence, "1999-01-10")[mention][0] == country


@pytest.mark.parametrize("published, sentence, mention, sector", [
    ("1995-02-01", "Chechen fighters shelled the railway station.", "Chechen fighters", "REB"),
    ("1996-02-01", "Chechen commanders rejected the ceasefire.", "Chechen commanders", "REB"),
    ("2001-02-01", "Kashmiri militants fired on the bus.", "Kashmiri militants", "REB"),
    ("2022-04-01", "Chechen fighters joined the assault on the city.", "Chechen fighters", "MIL|UAF"),
])
def test_armed_men_of_a_people_in_revolt_are_rebels(published, sentence, mention, sector) -> None:
    assert coded("en", sentence, published)[mention][1] in sector.split("|")


def test_loyal_fighters_of_a_people_in_revolt_are_not_rebels() -> None:
    assert insurgent_sector(["pro-Moscow", "Chechen"], "UAF", "2001-01-01") == "UAF"
    assert insurgent_sector(["Chechen"], "COP", "2001-01-01") == "COP"
    assert insurgent_sector(["Chechen"], "MIL", "2001-01-01") == "REB"


@pytest.mark.parametrize("sentence, mention, sector", [
    ("The Kenyan interior minister met his Ugandan counterpart in Kampala.", "Ugandan", "GOV"),
    ("The Kenyan army chief met his Ugandan counterpart in Kampala.", "Ugandan", "MIL"),
])
def test_a_counterpart_takes_the_sector_of_its_holder(sentence, mention, sector) -> None:
    assert coded("en", sentence, "2004-06-01")[mention] == ("UGA", sector)


def test_a_name_keeps_no_bracket() -> None:
    found = analyse([("en", "Parliament may dismiss the minister [Oksana Hrytsenko, in office since May] soon.")],
                    "2026-01-15")
    names = [a.name for a in found.actors] + [m.text for a in found.actors for m in a.mentions]
    assert not any("[" in name or "]" in name for name in names)
    assert "Oksana Hrytsenko" in names


def test_the_target_of_an_attack_is_no_evidence_of_the_attackers_country() -> None:
    found = coded("en", "Druze militiamen fired on Israeli troops in south Lebanon.", "1998-11-26")
    assert found["Druze militiamen"][0] == "LBN"
