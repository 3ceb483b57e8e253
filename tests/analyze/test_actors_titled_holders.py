"""A title without "former" that names a person's ended office keeps that office's sector (the NGEC convention);
bodies of late-20th-century news and British spellings of listed bodies; anti-war protesters are opposition."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text


@pytest.mark.parametrize("text, date, expected", [
    ("Minister Juan Carlos Jobet", "2022-04-01", ("CHL", "GOV")),
    ("President Barack Obama", "2022-06-01", ("USA", "GOV")),
    ("Senator Barack Obama", "2022-06-01", ("USA", "LEG")),
    ("Foreign Minister Heiko Maas", "2022-06-01", ("DEU", "GOV")),
])
def test_a_title_naming_the_ended_office_keeps_its_sector(text, date, expected) -> None:
    code = resolve_text(text, date)
    assert (code.country, code.sector) == expected


@pytest.mark.parametrize("text", ["Barack Obama", "former President Barack Obama", "Tony Blair"])
def test_bare_names_and_former_holders_stay_elites(text) -> None:
    assert resolve_text(text, "2022-06-01").sector == "ELI"


@pytest.mark.parametrize("text, country", [
    ("the CSCE", "IGO"), ("the Warsaw Pact", "IGO"), ("UNPROFOR", "UNO"), ("SFOR", "IGO"), ("ECOMOG troops", "IGO"),
    ("the G8", "IGO"), ("Unita", "AGO"), ("SWAPO", "NAM"), ("the Solidarity union", "POL"),
    ("the Organisation of the Islamic Conference", "IGO"), ("the International Labour Organisation", "UNO"),
])
def test_bodies_of_older_news_and_british_spellings(text, country) -> None:
    assert resolve_text(text, "1995-01-01").country == country


def test_the_uk_ministry_does_not_take_every_ministry_of_defense() -> None:
    code = resolve_text("the Ministry of Defense", "2024-01-01")
    assert code is None or code.country != "GBR"


@pytest.mark.parametrize("text", ["antiwar protesters", "anti-war activists", "anti-regime protesters"])
def test_anti_war_protesters_are_opposition(text) -> None:
    assert resolve_text(text, "2022-06-01").sector == "OPP"


@pytest.mark.parametrize("text, date, country", [
    ("Congo", "1995-01-01", "COG"),  # Kinshasa's state was Zaire until 1997-05-17
    ("Congolese troops", "1993-01-01", "COG"),
    ("Congo", "2005-01-01", "COD"),
    ("Zaire", "1995-01-01", "COD"),
])
def test_names_that_meant_another_state_follow_the_date(text, date, country) -> None:
    assert resolve_text(text, date).country == country


@pytest.mark.parametrize("text, country", [
    ("Transdniester", "MDA"), ("Krajina Serb rebels", "HRV"), ("Eastern Slavonia", "HRV"), ("Herzegovina", "BIH"),
])
def test_regions_of_the_1990s_wars(text, country) -> None:
    assert resolve_text(text, "1995-01-01").country == country
