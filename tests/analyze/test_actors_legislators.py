"""Legislators: short and gendered titles ("Sen.", "Rep.", "Congresswoman") find the listed member by surname,
and members of parliaments outside the US are listed with dated terms. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text


def code(text: str, date: str = "2022-06-01") -> tuple:
    found = resolve_text(text, date, "en")
    return (found.country, found.sector) if found else (None, None)


@pytest.mark.parametrize("text", ["Sen. Warren", "Rep. Omar", "Congresswoman Omar"])
def test_short_titles_find_the_listed_member(text: str) -> None:
    assert code(text) == ("USA", "LEG")


@pytest.mark.parametrize("text, date, expected", [
    ("Risa Hontiveros", "2022-06-01", ("PHL", "LEG")), ("Oleksiy Goncharenko", "2022-06-01", ("UKR", "LEG")),
    ("Flávio Bolsonaro", "2022-06-01", ("BRA", "LEG")), ("María Corina Machado", "2012-06-01", ("VEN", "LEG")),
    ("Leila de Lima", "2020-06-01", ("PHL", "LEG")),
])
def test_members_of_other_parliaments(text: str, date: str, expected: tuple) -> None:
    assert code(text, date) == expected
