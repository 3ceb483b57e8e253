"""Stop 18 (places3), on sentences written for these tests: a place modifying a noun in a speaker's description or
in the attribution clause ("an analyst at the U.S. think-tank Brookings") is not where the reported event happened;
the venue of talks or a meeting ("walked out of the talks in Geneva") gives no country to group words."""
from __future__ import annotations

import pytest

from detente.analyze.places import place_for_span
from tests.analyze.test_actors2_s18 import coded
from tests.analyze.test_places import analysed


def location(text: str, trigger: str) -> tuple[str, str | None] | None:
    analysis = analysed([(text, "en")])
    start = analysis.text.index(trigger)
    found = place_for_span(analysis, start, start + len(trigger))
    return (found.text, found.place.country) if found is not None else None


@pytest.mark.parametrize("text, trigger", [
    ("Rebels shelled the town, said Ahmed Ali, a researcher at the U.S. think-tank Brookings.", "shelled"),
    ('"The bombing of the depot changed everything," Maria Lopez, an analyst at U.K. think-tank Chatham House, '
     "said.", "bombing"),
])
def test_a_place_modifying_a_speakers_description_is_not_the_event_location(text: str, trigger: str) -> None:
    assert location(text, trigger) is None


def test_a_place_phrase_of_the_event_itself_stays() -> None:
    assert location("The strike killed five people at the Kabul hospital.", "strike") == ("Kabul", "AFG")
    assert location("Gunmen attacked the convoy, said a spokesman for the ministry in Kabul.",
                    "attacked") == ("Kabul", "AFG")


@pytest.mark.parametrize("text, word, venue", [
    ("Negotiators walked out of the talks in Geneva on Tuesday.", "Negotiators", "CHE"),
    ("Rebels left the meeting in Nairobi after two hours.", "Rebels", "KEN"),
    ("Los negociadores abandonaron la cumbre en Lima el martes.", "negociadores", "PER"),
])
def test_a_meeting_venue_gives_no_country_to_group_words(text: str, word: str, venue: str) -> None:
    lang = "es" if text.startswith("Los") else "en"
    found = {k.lower(): v for k, v in coded(lang, [text]).items()}
    key = next(k for k in found if word.lower() in k)
    assert found[key][0] != venue


def test_a_town_where_people_act_still_places_them() -> None:
    assert coded("en", ["Protesters marched in Nairobi on Tuesday."])["Protesters"][0] == "KEN"
    assert coded("en", ["Rebels attacked a village near Nairobi on Tuesday."])["Rebels"][0] == "KEN"


def test_the_parties_country_still_comes_from_the_paragraph() -> None:
    found = coded("en", ["Sudan's army sent a delegation to Switzerland. Negotiators walked out of the talks in "
                         "Geneva on Tuesday, Sudanese officials said."])
    assert found["Negotiators"][0] == "SDN"
