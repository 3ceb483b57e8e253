"""A listed person's surname that ends another person's name is that other person (matcher._another_given_name,
stop 22); a middle name does not make another person. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.test_actors import analyse


def _names(text: str) -> dict[str, str]:
    return {m.text: a.name for a in analyse([("en", text)], "2024-05-01").actors for m in a.mentions}


def test_another_given_name_before_a_leaders_surname_is_another_person():
    found = _names("Reuters photographer Thaier Al-Sudani was wounded in the attack on Monday.")
    assert all(name != "Mohammed Shia al-Sudani" for name in found.values())


def test_a_middle_name_keeps_the_listed_person():
    found = _names("President Omar Hassan al-Bashir addressed the crowd in Khartoum.")
    assert "Omar al-Bashir" in found.values()


def test_the_listed_persons_own_given_name_keeps_them():
    found = _names("Prime Minister Mohammed Shia al-Sudani met the envoy in Baghdad.")
    assert "Mohammed Shia al-Sudani" in found.values()
