"""First names, ordinary words, hymn words and organisations that pass for towns (they gave actors a wrong
country), and towns under 100k named without a locative word that the article's own country licenses; sentences
written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.places.names import doubtful
from tests.analyze.test_places_coverage import analysed, country_of


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("La sanción de ayer se basó más bien en la histeria de George, que ha estado bastante histérico.", "es", "George"),
        ("On Thursday, Trump’s niece, Mary, an outspoken critic of the former president, spoke out.", "en", "Mary"),
        ("Hark! How the angels sing, Hosanna in the highest, Hosanna to your King!", "en", "Hosanna"),
        ("The attack on Israel by the Palestinian militant group Hamas killed hundreds.", "en", "Hamas"),
        ("El presidente pidió la liberación de todos los rehenes en manos de Hamás.", "es", "Hamás"),
        ("Media playback is unsupported on your device.", "en", "Media"),
        ("Officials blamed the chatbots from the likes of Apple, Microsoft, and Google.", "en", "Google"),
        ("Rebel Moon – Part Two is set to premiere on Friday.", "en", "Part"),
        ("Having won the title in each of the last three years, Man City could win a fourth.", "en", "Man City"),
        ("Their son, Irving, felt unwelcome at the school, his parents said.", "en", "Irving"),
        ("Former sprinter Tori Bowie of the US won gold in London.", "en", "Bowie"),
    ],
)
def test_names_that_are_no_places(text, lang, name):
    assert country_of(analysed(text, lang), name) is None


@pytest.mark.parametrize(
    "text, lang, name, country",
    [
        ("Protesters gathered in Eugene, Oregon, on Sunday.", "en", "Eugene", "USA"),  # a first name before its state
        ("Thousands of people marched in Florence on Saturday.", "en", "Florence", "ITA"),  # after a locative word
        ("Francia y Alemania firmaron el acuerdo.", "es", "Francia", "FRA"),  # a first name and a country
        ("Ukrainian officials said Russian missiles struck Bucha on Tuesday.", "en", "Bucha", "UKR"),
        ("Ukrainian officials said Russian troops shelled Irpin overnight.", "en", "Irpin", "UKR"),
        ("Russia bombed Kyiv, and Ukrainian officials said drones also hit Bucha.", "en", "Bucha", "UKR"),
    ],
)
def test_places_kept(text, lang, name, country):
    assert country_of(analysed(text, lang), name) == country


def test_a_small_town_needs_the_article_country():
    """With no country in the text, a town under 100k named by its name alone is not read as a place."""
    assert country_of(analysed("Missiles struck Bucha on Tuesday."), "Bucha") is None


@pytest.mark.parametrize("name, expected", [("George", True), ("Hosanna", True), ("Man City", True), ("Kharkiv", False),
                                            ("Bogotá", False)])
def test_doubtful_names(name, expected):
    assert doubtful(name) is expected
