"""A wire dateline ("WASHINGTON — The Senate ...", "NEW YORK -" alone on its line) is where the story was filed, not an
actor; no actor's words start or end with a dash or run across a spaced one. Lines written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors.datelines import caps_place_line, dateline_length
from tests.analyze.test_actors import analyse, find


def _actor_texts(analysis) -> list[str]:
    return [m.text for a in analysis.actors for m in a.mentions]


@pytest.mark.parametrize("paragraph, head", [
    ("NEW YORK -", "NEW YORK -"),
    ("WASHINGTON —", "WASHINGTON —"),
    ("NEW YORK - A publisher said on Monday it would print the memoir.", "NEW YORK - "),
    ("JEDDAH, Saudi Arabia -- If there was any doubt before, there is none now.", "JEDDAH, Saudi Arabia -- "),
    ("The senator said - without naming anyone - that she would vote no.", ""),
])
def test_dateline_length(paragraph: str, head: str) -> None:
    assert paragraph[:dateline_length(paragraph)] == head


def test_a_capitals_line_is_a_place_line_but_a_sentence_is_not() -> None:
    assert caps_place_line("JEDDAH") and caps_place_line("KEREM SHALOM")
    assert not caps_place_line("Jeddah hosted the talks.")
    assert not caps_place_line("THE PRESIDENT SPOKE ON MONDAY TO REPORTERS ABOUT THE BUDGET AND TAXES")


@pytest.mark.parametrize("paragraphs", [
    [("en", "NEW YORK -"), ("en", "A publisher said on Monday it would print the memoir.")],
    [("en", "WASHINGTON —"), ("en", "A federal judge blocked the rule on Tuesday.")],
    [("en", "JEDDAH"), ("en", "Saudi officials met Iranian diplomats on Tuesday.")],
    [("en", "NEW YORK - A publisher said on Monday it would print the memoir.")],
    [("en", "JEDDAH, Saudi Arabia -- If there was any doubt before, there is none now.")],
    [("en", "WASHINGTON — Two federal prison officers were charged Tuesday with lying.")],
])
def test_a_dateline_gives_no_actor(paragraphs) -> None:
    texts = _actor_texts(analyse(paragraphs))
    for place in ("NEW YORK", "WASHINGTON", "JEDDAH", "Saudi Arabia"):
        assert not any(place in t for t in texts), texts


def test_the_dateline_still_places_the_people_of_the_story() -> None:
    analysis = analyse([("en", "WASHINGTON — Two federal prison officers were charged Tuesday with lying.")])
    assert find(analysis, "Two federal prison officers").country == "USA"


def test_a_dateline_place_inside_a_sentence_is_still_an_actor() -> None:
    analysis = analyse([("en", "Officials in Jeddah said Washington had rejected the offer.")])
    assert find(analysis, "Washington").country == "USA"


@pytest.mark.parametrize("paragraph, mention", [
    ("The strike hit the North – 16 Israeli soldiers were wounded in the attack.", "16 Israeli soldiers"),
    ("Reuters journalist Issam Abdallah - killed by tank fire - was 37.", "Reuters journalist Issam Abdallah"),
])
def test_no_dash_in_an_actor_text(paragraph: str, mention: str) -> None:
    analysis = analyse([("en", paragraph)])
    texts = _actor_texts(analysis)
    assert mention in texts, texts
    for actor in analysis.actors:
        assert not any(d in actor.text for d in (" - ", " – ", " — ")), actor.text
        assert actor.text.strip(" -–—") == actor.text
        for m in actor.mentions:
            assert analysis.text[m.start:m.end] == m.text


def test_a_verb_after_a_spaced_dash_is_cut_off_the_name() -> None:
    analysis = analyse([("en", "Reuters journalist Issam Abdallah - found dead on Friday - was 37.")])
    assert "Reuters journalist Issam Abdallah" in _actor_texts(analysis)
    assert "found" not in _actor_texts(analysis)


def test_a_capitals_heading_that_names_no_place_keeps_its_actor() -> None:
    analysis = analyse([("en", "US FALLS"), ("en", "The United States lost to Canada on Sunday.")])
    assert any(t == "US" for t in _actor_texts(analysis))
