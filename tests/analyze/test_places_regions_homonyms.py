"""Place names once misread on news text (sentences written for these tests): "the Gulf", historical states,
El Alto, and a first name that is a town after "las calles de"."""
from __future__ import annotations

import pytest

from tests.analyze.test_places_qualifiers import found


@pytest.mark.parametrize("text", [
    "Iran held naval exercises in the Gulf on Monday.",
    "Commandos seized a tanker in the Gulf.",
])
def test_the_gulf_is_the_region_not_the_png_province(text):
    assert found(text)["Gulf"] == ("Gulf", None)


@pytest.mark.parametrize("text, name, country", [
    ("Cuba received aid from the Soviet Union for decades.", "the Soviet Union", "RUS"),
    ("Cuba received aid from the USSR.", "USSR", "RUS"),
    ("Refugees arrived from Yugoslavia.", "Yugoslavia", "SRB"),
])
def test_historical_states_are_places_of_their_successor(text, name, country):
    assert found(text)[name][1] == country


def test_krajina_is_in_croatia():
    assert found("Fighting resumed in Krajina on Sunday.")["Krajina"][1] == "HRV"


def test_el_alto_is_bolivian():
    assert found("Miles de personas marcharon en El Alto.", "es")["El Alto"] == ("El Alto", "BOL")


@pytest.mark.parametrize("text", [
    "Miles marcharon por las calles de Rosario.",
    "Cientos protestaron en la ciudad de Rosario.",
])
def test_a_first_name_after_a_place_noun_is_the_town(text):
    assert found(text, "es")["Rosario"][1] == "ARG"


def test_rosario_as_a_first_name_stays_a_person():
    assert "Rosario" not in found("Rosario Murillo habló en Managua.", "es")


@pytest.mark.parametrize("text, name, expected", [
    ("El ELN atacó una base en el Catatumbo.", "Catatumbo", ("Catatumbo", "COL")),  # a hand-written province wins
    ("Houthis attacked ships in the Red Sea.", "the Red Sea", ("Red Sea", None)),
])
def test_a_region_and_a_province_of_one_name(text, name, expected):
    lang = "es" if " el " in text else "en"
    assert found(text, lang)[name] == expected
