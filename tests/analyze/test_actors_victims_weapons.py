"""Victims take the country of the place where they were hit (never the attacker's), weapons are no actors unless
they name their own country, tagger noise (Spanish sentence openers, abstract nouns, things a country owns) is
no actor, and national agencies named without their country are coded. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from tests.analyze.test_actors import analyse, find


def texts(analysis) -> set[str]:
    return {mention.text for actor in analysis.actors for mention in actor.mentions}


@pytest.mark.parametrize("sentence, victims", [
    ("Russian forces attacked Kharkiv, killing three people.", "three people"),
    ("Russian forces attacked Kharkiv, killing civilians and wounding residents.", "civilians"),
    ("Three people were killed when Russian forces shelled Kharkiv.", "Three people"),
])
def test_victims_take_the_country_of_the_place_they_were_hit(sentence: str, victims: str) -> None:
    analysis = analyse([("body", sentence)])
    assert find(analysis, "Russian forces").country == "RUS"
    assert find(analysis, victims).country == "UKR"


def test_victims_with_no_place_get_no_country_not_the_attackers() -> None:
    analysis = analyse([("body", "Russian soldiers opened fire, killing three people, officials said.")])
    assert find(analysis, "three people").country != "RUS"


def test_victims_across_the_border_take_that_side() -> None:
    analysis = analyse([("body", "A Ukrainian drone killed a civilian in the Belgorod region, "
                                 "local authorities said.")])
    assert find(analysis, "a civilian").country == "RUS"


def test_people_who_are_not_victims_keep_the_context_rule() -> None:
    analysis = analyse([("body", "Kenyan police met residents in Nairobi on Monday.")])
    assert find(analysis, "residents").country == "KEN"


def test_bare_weapons_are_not_actors() -> None:
    analysis = analyse([("body", "Missiles struck Kyiv overnight. Drones also hit the port, officials said.")])
    assert "Missiles" not in texts(analysis)
    assert "Drones" not in texts(analysis)
    assert find(analysis, "Kyiv").country == "UKR"


def test_weapons_that_name_their_country_stay_that_country() -> None:
    """Like NGEC's 'American warplanes': the phrase itself names whose they are."""
    analysis = analyse([("body", "Russian drones hit Odesa on Monday.")])
    drones = find(analysis, "Russian drones")
    assert (drones.country, drones.sector) == ("RUS", "MIL")


def test_spanish_sentence_openers_are_not_actors() -> None:
    analysis = analyse([("body", "¡Vamos! Así lo dijo el ministro. Según el Gobierno, la situación mejoró. "
                                 "Además, el Ejército desplegó tropas.")])
    found = texts(analysis)
    for word in ("Vamos", "¡Vamos!", "Así", "Según"):
        assert word not in found


def test_la_politica_is_politics_not_a_politician() -> None:
    analysis = analyse([("body", "La política exterior del país cambió en Caracas.")])
    assert not any(mention.text.lower().endswith("política") for actor in analysis.actors for mention in actor.mentions)
    politicians = resolve_text("los políticos venezolanos", "2024-06-01", "es")
    assert politicians is not None and (politicians.country, politicians.sector) == ("VEN", "PTY")


def test_a_countrys_thing_is_not_a_body_of_that_country() -> None:
    analysis = analyse([("body", "Canada's TRQ for dairy was cut by the minister. Iraq's Counter-Terrorism Service "
                                 "raided a house.")])
    assert "Canada's TRQ" not in texts(analysis)
    assert find(analysis, "Iraq's Counter-Terrorism Service").country == "IRQ"


@pytest.mark.parametrize("text, country", [
    ("the Environmental Protection Agency", "USA"),
    ("Centers for Disease Control and Prevention", "USA"),
    ("Securities and Exchange Commission", "USA"),
    ("the Serious Fraud Office", "GBR"),
    ("Federal Constitutional Court", "DEU"),
    ("the Territorial Defense Forces", "UKR"),
    ("Kryvyi Rih", "UKR"),
    ("Nizhny Novgorod", "RUS"),
    ("El Fasher", "SDN"),
])
def test_agencies_units_and_transliterated_cities(text: str, country: str) -> None:
    found = resolve_text(text, "2024-06-01", "en")
    assert found is not None and found.country == country


def test_unity_government_is_no_region() -> None:
    found = resolve_text("the unity government", "2024-06-01", "en")
    assert found is not None and found.country is None


@pytest.mark.parametrize("text, date, country, sector", [
    ("John McCain", "2010-05-01", "USA", "LEG"),            # legislators.tsv
    ("Susan Collins", "2020-05-01", "USA", "LEG"),
    ("Kharkiv Oblast", "2024-06-01", "UKR", None),           # a known place plus an administrative word
    ("Helmand Province", "2024-06-01", "AFG", None),
    ("Bucha", "2024-06-01", "UKR", "CVL"),                   # a town under 100k whose name is no ordinary word
    ("Nasser Hospital in Khan Younis", "2024-06-01", "PSE", "MED"),  # a body named by where it is
    ("Mariupol Maternity Hospital", "2024-06-01", "UKR", "MED"),
])
def test_more_knowledge_and_place_rules(text: str, date: str, country: str, sector: str | None) -> None:
    found = resolve_text(text, date, "en")
    assert found is not None and found.country == country
    if sector is not None:
        assert found.sector == sector


@pytest.mark.parametrize("text", ["Ferguson", "Nice", "Hope"])
def test_ordinary_words_and_surnames_are_no_small_towns(text: str) -> None:
    found = resolve_text(text, "2024-06-01", "en")
    assert found is None or found.country is None


@pytest.mark.parametrize("paragraph, victims", [
    ("Russian troops shelled Kharkiv overnight. At least 31 people died, Russia's defence ministry said.", "31 people"),
    ("Russian troops shelled Kharkiv overnight. The death toll rose to 40 people, Russia's defence ministry said.",
     "40 people"),
    ("Russian troops shelled Kharkiv. The death toll among civilians rose to 40, Russia's defence ministry said.",
     "civilians"),
    ("Three civilians were killed in Kharkiv when Russian troops shelled the city, Russia's army said.",
     "Three civilians"),
])
def test_people_who_died_or_were_counted_take_the_place_not_the_attacker(paragraph: str, victims: str) -> None:
    analysis = analyse([("body", paragraph)])
    found = find(analysis, victims)
    assert found is not None and found.country == "UKR", (victims, found)


@pytest.mark.parametrize("paragraph, victims", [
    ("Las fuerzas rusas atacaron Járkov y murieron tres civiles, según el Ministerio de Defensa ruso.", "civiles"),
    ("Las tropas rusas bombardearon Járkov, matando a tres civiles, informó Moscú.", "civiles"),
    ("Las tropas rusas bombardearon Jersón. Tres civiles fueron asesinados, dijo el Ejército ruso.", "civiles"),
    ("Las tropas rusas bombardearon Odesa. El balance de muertos subió a 40 personas, según Rusia.", "personas"),
])
def test_spanish_victims_take_the_place_not_the_attacker(paragraph: str, victims: str) -> None:
    analysis = analyse([("es", paragraph)])
    found = find(analysis, victims)
    assert found is not None and found.country == "UKR", (victims, found)


def test_victims_with_no_place_named_take_no_country() -> None:
    analysis = analyse([("body", "Russian troops opened fire. At least 31 people died, Russia's army said.")])
    assert find(analysis, "31 people").country is None


def test_deaths_without_violence_keep_the_context_rule() -> None:
    analysis = analyse([("body", "The US government acted after six people died from lung disease in the United States.")])
    assert find(analysis, "six people").country == "USA"
