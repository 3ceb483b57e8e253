"""Religious leaders named by title and name ("Pope Tawadros", "Bishop Alvarez", "Cardinal Pell"), including heads
with a regnal number ("Tawadros II", "Benedict XVI") named without it. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.knowledge.actors import default_knowledge


def code(text: str, date: str = "2022-06-01") -> tuple:
    found = resolve_text(text, date, "en")
    return (found.country, found.sector) if found else (None, None)


@pytest.mark.parametrize("text, expected", [
    ("Pope Tawadros", ("EGY", "REL")), ("Bishop Alvarez", ("NIC", "REL")), ("Cardinal Pell", ("AUS", "REL")),
    ("Archbishop Tutu", ("ZAF", "REL")), ("Metropolitan Onufriy", ("UKR", "REL")),
    ("Sheikh Ahmed el-Tayeb", ("EGY", "REL")), ("Imam Mahmoud Dicko", ("MLI", "REL")),
])
def test_religious_leaders_by_title_and_name(text: str, expected: tuple) -> None:
    assert code(text) == expected


def test_a_regnal_number_is_not_the_surname() -> None:
    surnames = default_knowledge().surnames
    assert any("Tawadros" in entity_id for entity_id in surnames.get("tawadros", ()))
    assert code("Pope Benedict", "2010-06-01") == ("VAT", "REL")
