"""A city name shared by big towns of several countries takes the one its sentence's country names (sentences
written for these tests)."""
from __future__ import annotations

import pytest

from tests.analyze.test_actors import analyse


def countries(lang: str, sentence: str) -> dict[str, str | None]:
    return {m.text: a.country for a in analyse([(lang, sentence)]).actors for m in a.mentions}


@pytest.mark.parametrize("sentence, mention, country", [
    ("Syrian officers ended mediation between rival militias in Tripoli as shells hit the north Lebanese port.",
     "rival militias in Tripoli", "LBN"),
    ("Pakistani police arrested protesters in Hyderabad.", "protesters in Hyderabad", "PAK"),
])
def test_a_shared_town_name_follows_the_country_its_sentence_names(sentence, mention, country) -> None:
    assert countries("en", sentence)[mention] == country


@pytest.mark.parametrize("sentence, mention, country", [
    ("Rival militias clashed in Tripoli.", "Rival militias", "LBY"),  # no country named: the largest town
    ("Libyan militias clashed in Tripoli.", "Libyan militias", "LBY"),
    ("Indian police arrested protesters in Hyderabad.", "protesters in Hyderabad", "IND"),
])
def test_the_largest_town_stays_without_a_contrary_hint(sentence, mention, country) -> None:
    assert countries("en", sentence)[mention] == country
