"""Stop 18 (second actors pass), on sentences written for these tests: a bare world-city name is the world city,
not a small namesake of the article's country; a town followed by ", Country" lies in that country; a seat-of-power
name several states share follows the story's country; a group's other party ("collaborating with Israel",
"critics accused Iran") is no evidence of its own country; a town council is of its town's country, not of the
foreign tourists named near it; Spanish "deudores", "cocaleros"."""
from __future__ import annotations

import pytest

from detente.analyze import places
from detente.analyze.actors import resolve_text
from tests.analyze.test_actors import analyse


def placed(lang: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    analysis = analyse([(lang, p) for p in paragraphs])
    places.resolve(analysis)
    return [(p.text, p.place.country) for p in analysis.places]


def coded(lang: str, paragraphs: list[str]) -> dict[str, tuple[str | None, str | None]]:
    analysis = analyse([(lang, p) for p in paragraphs])
    return {m.text: (a.country, a.sector) for a in analysis.actors for m in a.mentions}


def test_a_bare_world_city_is_the_world_city_in_a_story_of_another_country() -> None:
    found = placed("en", ["U.S. and Russian negotiators met in Geneva on Tuesday to discuss arms control. "
                          "Secretary of State Antony Blinken said Washington wanted progress."])
    assert ("Geneva", "CHE") in found


def test_a_small_namesake_keeps_its_reading_where_its_state_is_named() -> None:
    found = placed("en", ["Aurora, Illinois police and Chicago officers searched a house in Geneva on Friday "
                          "after a shooting in Naperville."])
    assert ("Geneva", "USA") in found


def test_a_town_qualified_once_keeps_that_reading_later() -> None:
    found = placed("en", ["Police in Paris, Texas arrested two men. The Paris police chief said the men were "
                          "from Dallas."])
    assert [country for text, country in found if text == "Paris"] == ["USA", "USA"]


@pytest.mark.parametrize("paragraph, country", [
    ("Miles de guatemaltecos protestaron frente al Palacio Nacional en la capital de Guatemala contra el "
     "presidente Alejandro Giammattei.", "GTM"),
    ("La presidenta Claudia Sheinbaum habló ante la prensa en el Palacio Nacional de la Ciudad de México.", "MEX"),
    ("Cientos de haitianos marcharon hacia el Palacio Nacional en Puerto Príncipe.", "HTI"),
])
def test_a_shared_seat_name_follows_the_storys_country(paragraph: str, country: str) -> None:
    assert ("Palacio Nacional", country) in placed("es", [paragraph])
    assert coded("es", [paragraph]).get("Palacio Nacional", (country,))[0] == country


@pytest.mark.parametrize("text, country", [
    ("campesinos de Córdoba, Colombia", "COL"),
    ("la gobernación de Córdoba, Colombia", "COL"),
    ("la policía de Valencia, España", "ESP"),
])
def test_a_town_followed_by_its_country_lies_in_that_country(text: str, country: str) -> None:
    assert resolve_text(text, lang="es").country == country


def test_a_town_in_a_list_of_countries_keeps_its_own() -> None:
    assert resolve_text("la policía de Madrid, Argentina y Chile", lang="es").country == "ESP"


@pytest.mark.parametrize("lang, paragraph, mention, country", [
    ("en", "Hamas tightened its grip on Gaza City. Its security men hunted down people suspected of collaborating "
           "with Israel.", "people", "PSE"),
    ("en", "At a hearing in London on Monday, critics accused Iran of hiding the attacks.", "critics", "GBR"),
    ("en", "Washington sent a letter on Friday. An official accused Russia of violating the treaty.", "An official",
     "USA"),
    ("es", "En una audiencia en Madrid, los opositores acusaron a Irán de ocultar los ataques.", "los opositores",
     "ESP"),
    ("es", "En Madrid, los manifestantes protestaron contra Marruecos.", "los manifestantes", "ESP"),
])
def test_a_groups_other_party_is_not_its_country(lang: str, paragraph: str, mention: str, country: str) -> None:
    assert coded(lang, [paragraph])[mention][0] == country


def test_a_group_named_with_its_own_country_keeps_it() -> None:
    assert coded("en", ["Protesters in Manila marched against China."])["Protesters in Manila"][0] == "PHL"


def test_a_town_council_is_of_its_towns_country_not_of_foreign_tourists_near_it() -> None:
    found = coded("es", ["Las lluvias inundaron el barrio de la playa en Benidorm.",
                         "El Ayuntamiento ha ordenado el desalojo de unas 200 personas y vigila un hotel lleno de "
                         "turistas británicos. El alcalde ha defendido la actuación del Ayuntamiento."])
    assert found["El Ayuntamiento"] == ("ESP", "GOV") and found["El alcalde"] == ("ESP", "GOV")
    assert found["turistas británicos"][0] == "GBR"


@pytest.mark.parametrize("paragraph, mention, code", [
    ("Un grupo de deudores habitacionales de Santiago de Chile protestó frente al ministerio.", "deudores",
     ("CHL", "CVL")),
    ("El bloqueo cocalero aisló a Cochabamba durante una semana.", "cocalero", ("BOL", "AGR")),
])
def test_spanish_debtors_and_coca_growers(paragraph: str, mention: str, code: tuple[str, str]) -> None:
    assert coded("es", [paragraph])[mention] == code
