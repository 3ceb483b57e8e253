"""Short actor strings named by where they are: a place after a cue word ("in the Syrian city of Idlib", "in
northern Syria"), a compass word before a place, a town of two words, a place type after a name ("Jeju
Island"), letters Unicode does not decompose ("Diyarbakır"), and a short text whose only country word is
not in its head phrase. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.knowledge.actors.normalize import phrase_key


def code(text: str, date: str = "2022-06-01") -> tuple:
    found = resolve_text(text, date, "en")
    return (found.country, found.sector) if found else (None, None)


@pytest.mark.parametrize("text, expected", [
    ("a hospital in the Syrian city of Idlib", ("SYR", "MED")),
    ("a clinic in the Pakistani city of Peshawar", ("PAK", "MED")),
    ("hospital officials in the southern city of Basra", ("IRQ", "MED")),
    ("a maternity hospital in the city of Mariupol", ("UKR", "MED")),
    ("doctors at a hospital in northern Syria", ("SYR", "MED")),
    ("doctors at a Kyiv hospital", ("UKR", "MED")),
    ("a health center in the Somali capital", ("SOM", "MED")),
    ("the health ministry in Hamas-run Gaza", ("PSE", "GOV")),
    ("officials in the kenyan government", ("KEN", "GOV")),
])
def test_the_place_after_a_cue_word_gives_the_country(text: str, expected: tuple) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the mayor of the capital kyiv", ("UKR", "GOV")),
    ("the turkish president's spokesman", ("TUR", "GOV")),
])
def test_the_one_country_a_short_text_names_is_its_country(text: str, expected: tuple) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", ["the Kremlin-backed government", "Turkish-made drones", "pro-Russian separatists"])
def test_backers_and_makers_give_no_country(text: str) -> None:
    assert code(text)[0] is None


@pytest.mark.parametrize("text, expected", [
    ("North Sinai", "EGY"), ("Jeju Island", "KOR"), ("Quebec City", "CAN"), ("Ras Tanura", "SAU"),
    ("Kafr Qasim", "ISR"), ("Sharm el-Sheikh", "EGY"), ("Diyarbakir", "TUR"), ("Diyarbakır", "TUR"),
])
def test_places_of_these_shapes_are_read(text: str, expected: str) -> None:
    assert code(text)[0] == expected


@pytest.mark.parametrize("text", ["North America", "South America", "Central America", "the Red Sea"])
def test_a_compass_word_does_not_turn_a_world_region_into_a_country(text: str) -> None:
    assert code(text)[0] is None


def test_a_person_named_like_a_city_takes_no_country_from_it() -> None:
    assert code("Sen. Feliciano Valencia")[0] is None  # Valencia is a city in Venezuela and Spain


def test_letters_without_decomposition_fold_to_ascii() -> None:
    assert phrase_key("Łódź") == phrase_key("Lodz") == "lodz"
    assert phrase_key("Tromsø") == "tromso"


@pytest.mark.parametrize("text, expected", [
    ("hamas fighters", "PSE"), ("hezbollah militants", "LBN"), ("idf soldiers", "ISR"), ("the pla", "CHN"),
    ("pla navy warships", "CHN"), ("the peshmerga forces", "IRQ"), ("tatmadaw troops", "MMR"),
    ("al-shabaab fighters", "SOM"), ("the people's liberation army", "CHN"),
])
def test_armed_groups_typed_in_lower_case_are_read(text: str, expected: str) -> None:
    assert code(text)[0] == expected


@pytest.mark.parametrize("text", ["apple farmers", "shell workers"])
def test_lower_case_company_names_stay_common_words(text: str) -> None:
    assert code(text)[0] is None


@pytest.mark.parametrize("text", ["ice agents", "raw recruits", "kia soldiers"])
def test_acronyms_that_are_words_stay_words(text: str) -> None:
    assert code(text)[0] is None


def test_code_span_codes_a_phrase_of_a_parsed_sentence_as_code_doc_does() -> None:
    from detente.analyze.actors.text import code_doc, code_span
    from detente.analyze.nlp import load_pipeline
    from detente.knowledge.actors import default_knowledge

    kb = default_knowledge()
    doc = load_pipeline("en")("Thousands of angry farmers in northern Syria joined Kenyan police and the local residents.")
    for start, end in [(0, 6), (3, 7), (8, 10), (11, 14), (2, 4), (1, 3)]:
        span = doc[start:end]
        assert repr(code_span(span, "en", "2024-05-01", kb)) == repr(code_doc(span.as_doc(), "en", "2024-05-01", kb))
    assert code_span(doc[1:3], "en", "2024-05-01", kb) is None  # "of angry": no unit can start here
