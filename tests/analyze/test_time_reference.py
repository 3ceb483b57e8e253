"""Story time: back-references ("that year", "the next day", "two days later", "ese año", "al día siguiente")
read from the period the story last named, in English and Spanish, on sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze import nlp
from detente.analyze import time as time_layer
from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.time import reference_time, timex_value
from detente.analyze.time.reference import resolve_back_reference
from detente.model import Article

PUBLISHED = "2026-02-04"
MARCH_3_2019 = ("2019-03-03", "day")


@pytest.mark.parametrize(
    "text, lang, reference, expected",
    [
        ("that year", "en", MARCH_3_2019, ("2019-01-01", "year")),
        ("the following month", "en", ("2019-03-01", "month"), ("2019-04-01", "month")),
        ("the next day", "en", MARCH_3_2019, ("2019-03-04", "day")),
        ("on the previous day", "en", MARCH_3_2019, ("2019-03-02", "day")),
        ("later that week", "en", MARCH_3_2019, ("2019-02-25", "week")),
        ("two days later", "en", MARCH_3_2019, ("2019-03-05", "day")),
        ("a year earlier", "en", ("2019-01-01", "year"), ("2018-01-01", "year")),
        ("then", "en", ("2019-03-01", "month"), ("2019-03-01", "month")),
        ("ese año", "es", MARCH_3_2019, ("2019-01-01", "year")),
        ("al día siguiente", "es", MARCH_3_2019, ("2019-03-04", "day")),
        ("el mes siguiente", "es", MARCH_3_2019, ("2019-04-01", "month")),
        ("a finales de ese año", "es", MARCH_3_2019, ("2019-01-01", "year")),
        ("tres días después", "es", MARCH_3_2019, ("2019-03-06", "day")),
    ],
)
def test_back_references_read_from_the_story_time(text, lang, reference, expected):
    from detente.analyze.time.rules import clean

    assert resolve_back_reference(clean(text), reference, lang, PUBLISHED) == expected


def test_without_story_time_back_references_read_from_publication():
    assert resolve_back_reference("that year", None, "en", PUBLISHED) == ("2026-01-01", "year")
    assert resolve_back_reference("the next day", None, "en", PUBLISHED) == ("2026-02-05", "day")
    assert resolve_back_reference("then", None, "en", PUBLISHED) is None  # no period to point at
    assert resolve_back_reference("two days later", None, "en", PUBLISHED) is None


def test_a_coarse_story_time_cannot_date_a_finer_back_reference():
    assert resolve_back_reference("the next day", ("1988-01-01", "year"), "en", PUBLISHED) is None
    assert resolve_back_reference("that month", ("1988-07-01", "quarter"), "en", PUBLISHED) is None
    assert resolve_back_reference("that year", ("1988-07-01", "quarter"), "en", PUBLISHED) == ("1988-01-01", "year")
    assert resolve_back_reference("next year", MARCH_3_2019, "en", PUBLISHED) is None  # publication-relative


def test_reference_time_is_the_latest_resolved_expression_nearby():
    times = [TimeExpression("in 2014", 0, 7, "2014-01-01", "year"), TimeExpression("recently", 20, 28, None, None)]
    assert reference_time(times, 40) == ("2014-01-01", "year")
    assert reference_time(times, 5) is None  # nothing ends before it
    assert reference_time(times, 7 + 5000) is None  # out of reach


def test_timex_value_takes_the_story_time():
    assert timex_value("that year", "1989-11-02", "en", "past", None, ("1988-01-01", "year")) == "1988"
    assert timex_value("The following month", "1989-11-02", "en", "past", None, ("1989-03-01", "month")) == "1989-04"
    assert timex_value("el año siguiente", PUBLISHED, "es", "past", None, MARCH_3_2019) == "2020"


@pytest.fixture(scope="module")
def narrative() -> Analysis:
    article = Article.of_paragraphs([
        ("Russia annexed Crimea in March 2014. Fighting broke out in the Donbas the following month.", "en"),
        ("On July 17, 2014, a missile downed a passenger jet. Investigators reached the site the next day.", "en"),
        ("El ejército tomó la ciudad el 5 de mayo de 2022. Al día siguiente, los vecinos huyeron.", "es"),
        ("Las tropas se retiraron en 2023. Ese año también cambió el gobierno.", "es"),
    ], PUBLISHED, id="narrative")
    analysis = Analysis(article=article)
    nlp.parse(analysis)
    time_layer.resolve(analysis)
    return analysis


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the following month", ("2014-04-01", "month")),
        ("the next day", ("2014-07-18", "day")),
        ("Al día siguiente", ("2022-05-06", "day")),
        ("Ese año", ("2023-01-01", "year")),
    ],
)
def test_pipeline_dates_back_references_from_the_story(narrative, phrase, expected):
    found = [t for t in narrative.times if phrase in t.text]
    assert found, f"{phrase!r} not found among {[t.text for t in narrative.times]}"
    assert (found[0].value, found[0].precision) == expected
