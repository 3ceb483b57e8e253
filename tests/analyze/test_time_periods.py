"""TIMEX3 values beyond the calendar contract (seasons, halves, decades, references, spelled years) and quarter
anaphora in business stories, in English and Spanish, on sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze import nlp
from detente.analyze import time as time_layer
from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.time import quarter_in_focus, resolve_expression, timex_value
from detente.model import Article

PUBLISHED = "2026-02-04"  # a Wednesday in the first quarter
THIRD_QUARTER_2025 = ("2025-07-01", "quarter")


@pytest.mark.parametrize(
    "text, lang, tense, expected",
    [
        ("now", "en", "present", "PRESENT_REF"),
        ("currently", "en", "past", "PRESENT_REF"),
        ("in the past", "en", "past", "PAST_REF"),
        ("recent years", "en", "past", "PAST_REF"),
        ("the near future", "en", "future", "FUTURE_REF"),
        ("actualmente", "es", "present", "PRESENT_REF"),
        ("en el pasado", "es", "past", "PAST_REF"),
        ("en el futuro", "es", "future", "FUTURE_REF"),
        ("this summer", "en", "past", "2026-SU"),
        ("last spring", "en", "past", "2025-SP"),
        ("in the fall of 2024", "en", "past", "2024-FA"),
        ("el pasado verano", "es", "past", "2025-SU"),
        ("el verano de 2019", "es", "past", "2019-SU"),
        ("the first half of 1990", "en", "past", "1990-H1"),
        ("first two quarters of 1990", "en", "future", "1990-H1"),
        ("the second half of next year", "en", "future", "2027-H2"),
        ("el primer semestre de 2025", "es", "past", "2025-H1"),
        ("el segundo semestre", "es", "future", "2026-H2"),
        ("the 1990s", "en", "past", "199"),
        ("the nineties", "en", "past", "199"),
        ("la década de 1990", "es", "past", "199"),
        ("los años noventa", "es", "past", "199"),
        ("the 20th century", "en", "past", "19"),
        ("el siglo XX", "es", "past", "19"),
        ("nineteen ninety-six", "en", "past", "1996"),
        ("January nineteen ninety-seven", "en", "past", "1997-01"),
        ("the year two thousand", "en", "future", "2000"),
        ("Tuesday", "en", "past", "2026-02-03"),  # calendar expressions are written as before
        ("last week", "en", "past", "2026-W05"),
        ("the third quarter", "en", "past", "2025-Q3"),
        ("recently", "en", "past", "PAST_REF"),
    ],
)
def test_timex_values(text, lang, tense, expected):
    assert timex_value(text, PUBLISHED, lang, tense) == expected


def test_durations_and_unknowns_have_no_timex_value():
    assert timex_value("twenty-five years", PUBLISHED) is None  # spelled numbers that are not years
    assert timex_value("two hours", PUBLISHED) is None
    assert timex_value("now", None) is None


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("a year ago", "en", "2024-Q3"),
        ("a year earlier", "en", "2024-Q3"),
        ("the year-earlier period", "en", "2024-Q3"),
        ("year-ago", "en", "2024-Q3"),
        ("the same period last year", "en", "2024-Q3"),
        ("the quarter", "en", "2025-Q3"),
        ("the latest quarter", "en", "2025-Q3"),
        ("the 2023 period", "en", "2023-Q3"),
        ("hace un año", "es", "2024-Q3"),
        ("el mismo periodo del año pasado", "es", "2024-Q3"),
    ],
)
def test_quarter_anaphora_follows_the_quarter_in_focus(text, lang, expected):
    assert timex_value(text, PUBLISHED, lang, "past", THIRD_QUARTER_2025) == expected


def test_without_a_quarter_in_focus_a_year_ago_is_a_year():
    assert timex_value("a year ago", PUBLISHED) == "2025"
    assert timex_value("the quarter", PUBLISHED) is None


def test_focus_is_the_latest_begun_quarter_named_nearby():
    named = TimeExpression("the third quarter", 10, 27, "2025-07-01", "quarter")
    forecast = TimeExpression("the fourth quarter of 2026", 40, 66, "2026-10-01", "quarter")
    anaphor = TimeExpression("a year ago", 70, 80, "2024-07-01", "quarter")
    assert quarter_in_focus([named, forecast, anaphor], 90, "en", PUBLISHED) == THIRD_QUARTER_2025
    assert quarter_in_focus([named], 27 + 2000, "en", PUBLISHED) is None  # too far back
    assert quarter_in_focus([named], 5, "en", PUBLISHED) is None  # named after the offset


def test_resolve_only_phrases_are_read_but_not_searched_for():
    assert resolve_expression("the year", PUBLISHED) == ("2026-01-01", "year")
    assert resolve_expression("year-end", PUBLISHED) == ("2026-01-01", "year")


@pytest.fixture(scope="module")
def earnings_story() -> Analysis:
    article = Article.of_paragraphs([
        ("Net income rose in the third quarter to $5 million from $4 million a year ago. Last summer sales fell, "
         "and in the first half of 2025 they rose. The year was hard for the company.", "en"),
        ("El pasado verano hubo protestas y en el primer semestre de 2025 la economía creció.", "es"),
    ], PUBLISHED, id="earnings")
    analysis = Analysis(article=article)
    nlp.parse(analysis)
    time_layer.resolve(analysis)
    return analysis


def test_pipeline_reads_quarter_anaphora_seasons_and_halves(earnings_story):
    found = {t.text: (t.value, t.precision) for t in earnings_story.times}
    assert found["the third quarter"] == THIRD_QUARTER_2025
    assert found["a year ago"] == ("2024-07-01", "quarter")
    assert found["Last summer"] == ("2025-06-01", "season")  # first day of the period, and how long it is
    assert found["the first half of 2025"] == ("2025-01-01", "half")
    assert found["El pasado verano"] == ("2025-06-01", "season")
    assert found["el primer semestre de 2025"] == ("2025-01-01", "half")
    assert found["The year"] == ("2026-01-01", "year")  # proposed by spaCy, read by the resolve-only lexicon


def test_resolve_only_phrases_are_not_rule_candidates():
    from detente.analyze.time.detect import rule_candidates

    text = "The year was hard, and sales fell last year."
    assert [text[c.start : c.end] for c in rule_candidates(text, "en")] == ["last year"]


@pytest.mark.parametrize(
    "text, lang, phrase, timex",
    [
        ("La economía creció durante la década de 1990.", "es", "la década de 1990", "199"),
        ("Los precios subieron en la década de los 80 y en los años noventa.", "es", "la década de los 80", "198"),
        ("Los precios subieron en la década de los 80 y en los años noventa.", "es", "los años noventa", "199"),
        ("El país fue una colonia hasta el siglo XIX.", "es", "el siglo XIX", "18"),
        ("The economy grew through the 1990s.", "en", "the 1990s", "199"),
        ("Prices rose in the late 1980s and the nineties.", "en", "the late 1980s", "198"),
    ],
)
def test_decades_and_centuries_are_found_whole_with_their_own_precision(text, lang, phrase, timex):
    from detente.analyze.time.detect import rule_candidates

    if lang == "es":  # the Spanish model has no DATE entity: the rule layer must find the whole phrase
        assert phrase in [text[c.start : c.end] for c in rule_candidates(text, lang)]
    article = Article.of_paragraphs([(text, lang)], PUBLISHED, id="decades")
    analysis = Analysis(article=article)
    nlp.parse(analysis)
    time_layer.resolve(analysis)
    expression = next(t for t in analysis.times if t.text == phrase)
    expected = (f"{timex}0-01-01", "decade") if len(timex) == 3 else (f"{timex}00-01-01", "century")
    assert (expression.value, expression.precision) == expected  # not the year 1990
    assert timex_value(phrase, PUBLISHED, lang) == timex


def test_years_next_to_decade_words_stay_years():
    from detente.analyze.time.detect import rule_candidates

    text = "Hubo elecciones en 2020 y en los años 2021 y 2022."
    assert "en 2020" not in [text[c.start : c.end] for c in rule_candidates(text, "es")]  # the year alone, no preposition
    assert any(text[c.start : c.end] == "2020" for c in rule_candidates(text, "es"))
    assert not any("anos" in text[c.start : c.end] or "años" in text[c.start : c.end] for c in rule_candidates(text, "es"))


def test_a_season_refines_its_year_when_event_mentions_merge():
    """Event dates carry season/half/decade/century precision (docs/schema.md); merging keeps the shorter period."""
    from detente.analyze.events.merge import merge_events
    from tests.analyze.test_events_merge import MADURO, TRUMP, event

    in_year = event("ASSAULT", [TRUMP], [MADURO], 0, date="2025-01-01", date_text="in 2025", precision="year",
                    confidence=0.8)
    in_summer = event("ASSAULT", [TRUMP], [MADURO], 100, date="2025-06-01", date_text="last summer", precision="season")
    one, = merge_events([in_year, in_summer])
    assert (one.date, one.date_precision, one.date_text) == ("2025-06-01", "season", "last summer")


def test_the_story_time_after_a_season_and_a_decade():
    """"that year" after "last summer" is the summer's year; "the next day" after "the 1990s" dates nothing."""
    article = Article.of_paragraphs([("Protests began last summer. That year the economy shrank.", "en"),
                                     ("Growth was fast in the 1990s. The next day nothing changed.", "en")], PUBLISHED, id="story")
    analysis = Analysis(article=article)
    nlp.parse(analysis)
    time_layer.resolve(analysis)
    found = {t.text: (t.value, t.precision) for t in analysis.times}
    assert found["last summer"] == ("2025-06-01", "season")
    assert found["That year"] == ("2025-01-01", "year")
    assert found["The next day"] == (None, None)
