"""Places qualified by their state or country ("Palm Beach, Florida", "Palm Beach in Florida") and US state names."""
from __future__ import annotations

import pytest

from detente.analyze import nlp, places
from detente.analyze.context import Analysis
from detente.model import Article


def found(text: str, lang: str = "en") -> dict[str, tuple[str, str | None]]:
    analysis = Analysis(article=Article.of_paragraphs([(text, lang)], "2026-02-04", id="q"))
    nlp.parse(analysis)
    analysis.actors = []
    places.resolve(analysis)
    return {m.text: (m.place.name, m.place.country) for m in analysis.places}


@pytest.mark.parametrize("text", [
    "Epstein was arrested at his home in Palm Beach in Florida.",
    "Epstein was arrested at his home in Palm Beach, Florida, in 2006.",
])
def test_a_small_town_its_state_contradicts_is_placed_in_that_state(text):
    assert found(text)["Palm Beach"][1] == "USA"


def test_a_listed_town_inside_the_qualifier_is_kept():
    assert found("Officials met in Cartagena in Spain.")["Cartagena"] == ("Cartagena", "ESP")
    assert found("Officials met in Tripoli in Lebanon.")["Tripoli"] == ("Tripoli", "LBN")
    assert found("The rally was held in Paris, Texas, on Saturday.")["Paris"] == ("Paris", "USA")


def test_a_big_place_keeps_its_country_whatever_follows():
    assert found("Fighting raged in Gaza in Israel's war.")["Gaza"][1] == "PSE"


@pytest.mark.parametrize("state", ["Florida", "Virginia", "Maryland"])
def test_a_us_state_beats_foreign_towns_and_provinces_of_its_name(state):
    assert found(f"Protesters marched in {state} on Sunday.")[state] == (state, "USA")


def test_washington_and_new_york_stay_cities_and_georgia_the_country():
    assert found("Leaders met in Washington and New York.")["Washington"] == ("Washington", "USA")
    assert found("Leaders met in Washington and New York.")["New York"] == ("New York City", "USA")
    assert found("Troops crossed into Georgia.")["Georgia"][1] == "GEO"
