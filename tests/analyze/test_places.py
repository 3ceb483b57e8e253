"""Place layer: toponyms in English and Spanish resolved to GeoNames records, ambiguity, event locations."""
from __future__ import annotations

import pytest

from detente.analyze import nlp, places
from detente.analyze.context import Analysis
from detente.analyze.places import place_for_span
from detente.analyze.places.gazetteer import gazetteer
from detente.model import Actor, Article


def make_article(paragraphs: list[tuple[str, str]]) -> Article:
    return Article.of_paragraphs(paragraphs, "2026-02-04", id="p")


def analysed(paragraphs: list[tuple[str, str]], actors: list[Actor] | None = None) -> Analysis:
    analysis = Analysis(article=make_article(paragraphs))
    nlp.parse(analysis)
    analysis.actors = actors or []
    places.resolve(analysis)
    return analysis


def by_text(analysis: Analysis) -> dict[str, tuple]:
    return {m.text: (m.place.name, m.place.country) for m in analysis.places}


def test_english_toponyms_resolve_with_coordinates():
    analysis = analysed([("Petro flew from Bogotá to Washington to meet Trump, and later visited Caracas.", "en")])
    found = {m.text: m.place for m in analysis.places}
    bogota = found["Bogotá"]
    assert (bogota.country, bogota.geonameid) == ("COL", 3688689)
    assert bogota.lat == pytest.approx(4.61, abs=0.05) and bogota.lon == pytest.approx(-74.08, abs=0.05)
    assert (found["Washington"].name, found["Washington"].country) == ("Washington", "USA")
    assert found["Washington"].lat == pytest.approx(38.9, abs=0.1)  # the capital, not the state
    assert found["Caracas"].country == "VEN"
    for mention in analysis.places:
        assert analysis.text[mention.start : mention.end] == mention.text


def test_spanish_names_and_city_country_pairs():
    analysis = analysed([("Gustavo Petro habló en Bogotá, Colombia, y criticó a Estados Unidos y a EE.UU. en Nueva York.", "es")])
    found = by_text(analysis)
    assert found["Bogotá"] == ("Bogotá", "COL")
    assert found["Colombia"] == ("Colombia", "COL")
    assert found["Estados Unidos"][1] == "USA"
    assert found["Nueva York"] == ("New York City", "USA")


def test_countries_get_a_centroid_and_regions_no_country():
    analysis = analysed([("The crisis in Venezuela worries Latin America.", "en")])
    found = {m.text: m.place for m in analysis.places}
    venezuela = found["Venezuela"]
    assert venezuela.country == "VEN" and 0 < venezuela.lat < 13 and -74 < venezuela.lon < -59
    assert found["Latin America"].country is None


def test_ambiguous_name_follows_the_article_countries():
    sentence = "Officials met in Cartagena to discuss the peace process."
    assert by_text(analysed([(sentence, "en")]))["Cartagena"][1] == "COL"  # the largest Cartagena
    spanish_context = [Actor(id="A1", text="Pedro Sánchez", name="Pedro Sánchez", country="ESP", sector="GOV")]
    assert by_text(analysed([(sentence, "en")], actors=spanish_context))["Cartagena"][1] == "ESP"


def test_qualifying_state_picks_the_small_town():
    found = by_text(analysed([("The rally was held in Paris, Texas, on Saturday.", "en")]))
    assert found["Paris"] == ("Paris", "USA")


def test_landmarks_and_event_location():
    analysis = analysed([("Sanctions hit Colombia. Trump met Petro at the White House, the Kremlin said nothing.", "en")])
    text = analysis.text
    found = by_text(analysis)
    assert found["White House"] == ("Washington", "USA")
    assert found["Kremlin"] == ("Moscow", "RUS")
    met = text.index("met")
    location = place_for_span(analysis, met, met + 3)
    assert location is not None and location.text == "White House"
    hit = text.index("hit")
    assert place_for_span(analysis, hit, hit + 3) is None  # "hit Colombia" names a target, not a location


def test_spanish_event_location_with_en():
    analysis = analysed([("El presidente se reunió ayer en Caracas con la oposición.", "es")])
    met = analysis.text.index("reunió")
    location = place_for_span(analysis, met, met + 6)
    assert location is not None and location.place.name == "Caracas"


def test_gazetteer_is_exact_not_substring():
    assert gazetteer().candidates("Petro") == []
    assert gazetteer().candidates("bogota")[0].name == "Bogotá"


def test_country_after_a_city_only_qualifies_it():
    analysis = analysed([("La protesta terminó en Bogotá, Colombia, sin heridos.", "es")])
    verb = analysis.text.index("terminó")
    location = place_for_span(analysis, verb, verb + 7)
    assert location is not None and location.text == "Bogotá"
