"""A town named mostly as a meeting venue ("Davos", "Geneva") counts less than actors towards an article's
context country; in its own sentence and paragraph it still places people ("protesters in Davos"). Phrases written for these tests."""
from __future__ import annotations

from detente.analyze.actors.context_country import CountryEvidence, dominant_country
from detente.analyze.actors.resolve import VENUE_WEIGHT
from detente.knowledge.actors import venue_towns
from tests.analyze.test_actors import analyse, find

DAVOS_STORY = [
    ("en", "The forum opened in Davos on Monday. Davos was crowded, and Davos hotels were full."),
    ("en", "Davos has hosted the meeting for decades, and the talks in Geneva were moved to Davos."),
    ("en", "US Treasury Secretary Janet Yellen spoke on Tuesday."),
    ("en", "Officials said the talks would continue."),
]


def test_venue_towns_are_listed() -> None:
    assert {"davos", "geneva", "camp david"} <= venue_towns()
    assert "paris" not in venue_towns()  # a capital often stands for its government


def test_ten_venue_mentions_weigh_less_than_one_actor() -> None:
    evidence = [CountryEvidence(0, 0, i, "CHE", VENUE_WEIGHT) for i in range(9)]
    evidence.append(CountryEvidence(1, 0, 100, "USA", 1.0))
    assert dominant_country(evidence) == "USA"


def test_a_venue_town_does_not_make_the_article_its_country() -> None:
    analysis = analyse(DAVOS_STORY)
    assert find(analysis, "Officials").country == "USA"


def test_a_venue_town_still_places_the_people_of_its_paragraph() -> None:
    analysis = analyse([("en", "Protesters marched in Davos on Monday. Later, police said the crowd was calm."),
                        ("en", "US Treasury Secretary Janet Yellen spoke on Tuesday.")])
    assert find(analysis, "Protesters").country == "CHE"
    assert find(analysis, "police").country == "CHE"
