"""Peoples named by a demonym whose plural is the word itself ("the Japanese", "the Swiss") are civilians of
that country and a different actor from the state; a bare word that is also a common first name ("Hassan",
"Ibrahim") is a listed person only when the article names that person in full. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from tests.analyze.test_actors import analyse, find


def code(text: str, date: str = "2022-06-01") -> tuple:
    found = resolve_text(text, date, "en")
    return (found.country, found.sector) if found else (None, None)


@pytest.mark.parametrize("text, expected", [
    ("the Japanese", ("JPN", "CVL")), ("Lebanese", ("LBN", "CVL")), ("the Swiss", ("CHE", "CVL")),
    ("the Dutch", ("NLD", "CVL")), ("Vietnamese", ("VNM", "CVL")), ("the Irish", ("IRL", "CVL")),
])
def test_an_invariant_demonym_standing_alone_is_the_people(text: str, expected: tuple) -> None:
    assert code(text) == expected


@pytest.mark.parametrize("text", ["the Japanese economy", "Japanese cars"])
def test_an_invariant_demonym_before_a_noun_is_no_people(text: str) -> None:
    assert code(text) == ("JPN", None)


def test_peoples_in_running_text_and_coordinated_adjectives() -> None:
    analysis = analyse([("en", "The Lebanese have lost patience, and the Swiss voted against the plan. "
                               "The Swedish and Finnish guides advise families to store water.")])
    assert (find(analysis, "The Lebanese").country, find(analysis, "The Lebanese").sector) == ("LBN", "CVL")
    assert (find(analysis, "the Swiss").country, find(analysis, "the Swiss").sector) == ("CHE", "CVL")
    assert find(analysis, "The Swedish").sector != "CVL"  # an adjective shared with "Finnish guides"


def test_a_people_is_not_merged_into_its_state() -> None:
    analysis = analyse([("en", "Israel said it would respond. Thousands of Israelis protested in Tel Aviv.")])
    state, people = find(analysis, "Israel"), find(analysis, "Israelis")
    assert state is not people
    assert (state.country, state.sector) == ("ISR", None)
    assert (people.country, people.sector) == ("ISR", "CVL")


@pytest.mark.parametrize("paragraph, name", [
    ("Hassan told reporters that the civilians fled.", "Hassan"),
    ("Ibrahim said the attack killed three people in the village.", "Ibrahim"),
])
def test_a_common_first_name_alone_is_no_listed_head_of_state(paragraph: str, name: str) -> None:
    analysis = analyse([("en", paragraph)], "2024-05-01")
    person = find(analysis, name)
    assert person is None or person.country is None
    assert all(actor.country is None for actor in analysis.actors)  # and lends no country to the others


def test_spanish_bare_first_name_is_no_listed_person() -> None:
    analysis = analyse([("es", "Ibrahim dijo que murieron tres civiles en el ataque.")], "2024-05-01")
    assert all(actor.country != "MYS" for actor in analysis.actors)


def test_the_same_word_after_the_full_name_is_that_person() -> None:
    analysis = analyse([("en", "Malaysian Prime Minister Anwar Ibrahim arrived on Monday. "
                               "Ibrahim said the talks went well.")], "2024-05-01")
    assert find(analysis, "Ibrahim", 1).name == "Anwar Ibrahim"


def test_a_distinctive_surname_alone_still_names_the_head_of_government() -> None:
    analysis = analyse([("en", "Sharif said the talks went well.")], "2024-05-01")
    assert (find(analysis, "Sharif").country, find(analysis, "Sharif").sector) == ("PAK", "GOV")


@pytest.mark.parametrize("paragraph, bare", [
    ("The campaign did not appeal to Julie Sharif, a nurse in Ohio. Sharif said she was tired.", "Sharif"),
    ("Maria Ruto, a teacher, spoke on Monday. Ruto said the school was closed.", "Ruto"),
])
def test_a_surname_the_article_gives_someone_unlisted_is_that_person(paragraph: str, bare: str) -> None:
    analysis = analyse([("en", paragraph)], "2024-05-01")
    person = find(analysis, bare, 1)
    assert person.name not in {"Shehbaz Sharif", "William Ruto"}
    assert person.sector != "GOV"


def test_a_spelling_of_a_listed_name_still_leaves_the_surname_to_the_listed_person() -> None:
    analysis = analyse([("en", "Israel's prime minister Binyamin Netanyahu spoke. Mr Netanyahu said the war goes on.")],
                       "2024-05-01")
    assert (find(analysis, "Netanyahu", 1).country, find(analysis, "Netanyahu", 1).sector) == ("ISR", "GOV")
