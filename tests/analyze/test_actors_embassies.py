"""A state's embassy or consulate stands in another country: people gathered at "the US embassy in Caracas" are of
the city's country, while the embassy and its staff stay of their own. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors.context_country import is_foreign_mission
from detente.analyze.actors import resolve_text
from tests.analyze.test_actors import analyse, find


def test_mission_words() -> None:
    assert is_foreign_mission(resolve_text("the US embassy"))
    assert is_foreign_mission(resolve_text("la embajada de Estados Unidos", "2024-05-01", "es"))
    assert not is_foreign_mission(resolve_text("the US State Department"))


@pytest.mark.parametrize("lang, sentence, group, embassy, expected", [
    ("es", "Los estudiantes protestaron frente a la embajada de Estados Unidos en Caracas.", "Los estudiantes",
     "embajada de Estados Unidos", "VEN"),
    ("en", "Hundreds of protesters gathered outside the US embassy in Caracas on Monday.", "protesters",
     "US embassy", "VEN"),
    ("en", "Students protested outside the US consulate in Guadalajara on Friday.", "Students", "US consulate", "MEX"),
])
def test_people_at_an_embassy_take_the_city_country(lang, sentence, group, embassy, expected) -> None:
    analysis = analyse([(lang, sentence)])
    assert find(analysis, group).country == expected
    assert find(analysis, embassy).country == "USA"


def test_embassy_staff_keep_the_embassy_country() -> None:
    analysis = analyse([("en", "Students protested outside the Chinese embassy in Manila, an embassy spokesman said.")])
    assert find(analysis, "Students").country == "PHL"
    assert find(analysis, "an embassy spokesman").country == "CHN"


def test_an_embassy_alone_does_not_place_the_article() -> None:
    analysis = analyse([("en", "Police detained protesters outside the US embassy on Sunday.")])
    assert find(analysis, "protesters").country != "USA"


def test_an_embassy_named_by_its_city_places_the_people_there() -> None:
    """'its Washington embassy' stands in Washington: the court beside it is not placed away from there."""
    analysis = analyse([("en", "The lawyer told the court that the Egyptian government, through its Washington embassy, "
                               "had written to the State Department.")])
    assert find(analysis, "the court").country != "EGY"
