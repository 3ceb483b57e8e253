"""Time layer: relative dates in English and Spanish against a fixed publication date, tense, spans."""
from __future__ import annotations

import pytest

from detente.analyze import nlp
from detente.analyze import time as time_layer
from detente.analyze.context import Analysis
from detente.analyze.time import resolve_expression, time_for_span
from detente.model import Article

PUBLISHED = "2026-02-04"  # a Wednesday


def make_article(paragraphs: list[tuple[str, str]], published: str | None = PUBLISHED) -> Article:
    return Article.of_paragraphs(paragraphs, published, id="t")


def analysed(paragraphs: list[tuple[str, str]], published: str | None = PUBLISHED) -> Analysis:
    analysis = Analysis(article=make_article(paragraphs, published))
    nlp.parse(analysis)
    time_layer.resolve(analysis)
    return analysis


@pytest.mark.parametrize(
    "text, lang, tense, expected",
    [
        ("On Tuesday", "en", "past", ("2026-02-03", "day")),
        ("Wednesday", "en", "past", ("2026-02-04", "day")),  # the publication day counts
        ("Tuesday", "en", "future", ("2026-02-10", "day")),
        ("last Wednesday", "en", "past", ("2026-01-28", "day")),
        ("next Monday", "en", "past", ("2026-02-09", "day")),
        ("last week", "en", "past", ("2026-01-26", "week")),
        ("yesterday", "en", "past", ("2026-02-03", "day")),
        ("last night", "en", "past", ("2026-02-03", "day")),
        ("two days ago", "en", "past", ("2026-02-02", "day")),
        ("in 2025", "en", "past", ("2025-01-01", "year")),
        ("in January", "en", "past", ("2026-01-01", "month")),
        ("in March", "en", "past", ("2025-03-01", "month")),
        ("in March", "en", "future", ("2026-03-01", "month")),
        ("Jan. 7, 2026", "en", "past", ("2026-01-07", "day")),
        ("Dec. 30", "en", "past", ("2025-12-30", "day")),
        ("June last year", "en", "past", ("2025-06-01", "month")),
        ("next year", "en", "past", ("2027-01-01", "year")),
        ("7 de enero de 2026", "es", "past", ("2026-01-07", "day")),
        ("el martes pasado", "es", "past", ("2026-02-03", "day")),
        ("el próximo viernes", "es", "past", ("2026-02-06", "day")),
        ("hace dos días", "es", "past", ("2026-02-02", "day")),
        ("hace tres semanas", "es", "past", ("2026-01-12", "week")),
        ("anoche", "es", "past", ("2026-02-03", "day")),
        ("esta mañana", "es", "past", ("2026-02-04", "day")),  # dateparser alone says tomorrow
        ("el lunes", "es", "past", ("2026-02-02", "day")),
        ("el lunes", "es", "future", ("2026-02-09", "day")),
        ("ayer", "es", "past", ("2026-02-03", "day")),
        ("la semana pasada", "es", "past", ("2026-01-26", "week")),
        ("el año pasado", "es", "past", ("2025-01-01", "year")),
        ("en 2025", "es", "past", ("2025-01-01", "year")),
        ("en enero", "es", "past", ("2026-01-01", "month")),
    ],
)
def test_resolve_expression(text, lang, tense, expected):
    assert resolve_expression(text, PUBLISHED, lang, tense) == expected


def test_non_dates_and_missing_publication_date_stay_unresolved():
    assert resolve_expression("recent weeks", PUBLISHED) is None
    assert resolve_expression("the 1990s", PUBLISHED) is None
    assert resolve_expression("two hours", PUBLISHED) is None
    assert resolve_expression("14 years", PUBLISHED) is None  # a duration, though dateparser reads it as a date
    assert resolve_expression("Tuesday", None) is None


def test_english_paragraph_past_and_future_tense():
    analysis = analysed([
        ("On Tuesday, US President Donald Trump met Colombian President Gustavo Petro. "
         "The two leaders will meet again on Friday.", "en"),
    ])
    values = {t.text: t.value for t in analysis.times}
    assert values["Tuesday"] == "2026-02-03"
    assert values["Friday"] == "2026-02-06"
    first = analysis.times[0]
    assert analysis.text[first.start : first.end] == first.text


def test_spanish_caption_is_resolved_by_the_rule_layer():
    caption = ("El presidente colombiano Gustavo Petro habla durante una manifestación en Bogotá, Colombia, "
               "el 7 de enero de 2026. Ayer por la mañana se reunió con sus ministros.")
    analysis = analysed([("Trump met Petro on Tuesday.", "en"), (caption, "es")])
    spanish = [t for t in analysis.times if t.start >= analysis.article.paragraphs[1].start]
    assert [(t.text, t.value, t.precision) for t in spanish] == [
        ("el 7 de enero de 2026", "2026-01-07", "day"),
        ("Ayer por la mañana", "2026-02-03", "day"),
    ]


def test_time_for_span_picks_the_expression_of_the_sentence():
    analysis = analysed([
        ("Petro visited Caracas last week. On Tuesday he met Trump in Washington, and in 2025 they argued.", "en"),
    ])
    text = analysis.text
    met = text.index("met")
    found = time_for_span(analysis, met, met + 3)
    assert found is not None and found.text == "Tuesday"
    visited = text.index("visited")
    assert time_for_span(analysis, visited, visited + 7).value == "2026-01-26"


def test_without_publication_date_expressions_are_found_but_not_resolved():
    analysis = analysed([("Talks resumed on Tuesday.", "en")], published=None)
    assert [(t.text, t.value) for t in analysis.times] == [("Tuesday", None)]


def test_spanish_relative_dates_are_found_in_running_text():
    paragraph = ("El martes pasado el ministro viajó a Caracas; hace dos días volvió y anoche habló con la prensa. "
                 "La semana pasada hubo protestas y el próximo viernes se reunirá con la oposición.")
    found = {t.text.lower(): (t.value, t.precision) for t in analysed([(paragraph, "es")]).times}
    assert found == {
        "el martes pasado": ("2026-02-03", "day"),
        "hace dos días": ("2026-02-02", "day"),
        "anoche": ("2026-02-03", "day"),
        "la semana pasada": ("2026-01-26", "week"),
        "el próximo viernes": ("2026-02-06", "day"),
    }


def test_english_month_words_that_are_not_months_are_ignored():
    analysis = analysed([("Protesters may march on the capital. In May the talks resumed.", "en")])
    assert [(t.text, t.value) for t in analysis.times] == [("May", "2025-05-01")]


def test_sentence_bounds_by_article_offset():
    from detente.analyze.time.spans import sentence_bounds

    analysis = analysed([("Troops left on Monday. Talks resume next week.", "en"), ("El martes hubo protestas.", "es")])
    text = analysis.text
    second = text.index("Talks")
    assert sentence_bounds(analysis, 0) == (0, text.index(" Talks"))
    assert sentence_bounds(analysis, second + 3) == (second, text.index("\n\n"))
    spanish = text.index("El martes")
    assert sentence_bounds(analysis, spanish + 4) == (spanish, len(text))
    assert sentence_bounds(analysis, text.index("\n\n") + 1) is None  # between paragraphs
    assert sentence_bounds(analysis, len(text) + 5) is None
    assert all(parsed.text == parsed.doc.text for parsed in analysis.parsed)


@pytest.mark.parametrize(
    "text, lang, tense, published, expected",
    [
        ("the third quarter", "en", "past", "1989-10-26", ("1989-07-01", "quarter")),
        ("the fourth quarter", "en", "future", "1989-10-26", ("1989-10-01", "quarter")),  # the current one counts
        ("the first quarter", "en", "future", "1989-10-26", ("1990-01-01", "quarter")),
        ("the 1988 third quarter", "en", "past", "1989-10-26", ("1988-07-01", "quarter")),
        ("the final quarter of 2025", "en", "past", PUBLISHED, ("2025-10-01", "quarter")),
        ("in the first quarter of next year", "en", "future", PUBLISHED, ("2027-01-01", "quarter")),
        ("last quarter", "en", "past", PUBLISHED, ("2025-10-01", "quarter")),
        ("two quarters ago", "en", "past", PUBLISHED, ("2025-07-01", "quarter")),
        ("third-quarter", "en", "past", "1989-10-26", ("1989-07-01", "quarter")),
        ("el tercer trimestre de 2025", "es", "past", PUBLISHED, ("2025-07-01", "quarter")),
        ("el trimestre pasado", "es", "past", PUBLISHED, ("2025-10-01", "quarter")),
        ("hace dos trimestres", "es", "past", PUBLISHED, ("2025-07-01", "quarter")),
        ("two quarters", "en", "past", PUBLISHED, None),  # a duration, no calendar period
        ("third-quarter", "en", "future", "1989-10-26", ("1989-07-01", "quarter")),  # "will report third-quarter profit"
        ("next year's first quarter", "en", "present", "1989-10-26", ("1990-01-01", "quarter")),
        ("the year-ago third quarter", "en", "past", "1989-10-26", ("1988-07-01", "quarter")),
        ("the year-ago quarter", "en", "past", "1989-10-26", ("1988-07-01", "quarter")),
    ],
)
def test_quarters_resolve_to_their_first_day(text, lang, tense, published, expected):
    assert resolve_expression(text, published, lang, tense) == expected


def test_quarters_are_found_in_running_text():
    analysis = analysed([("Profit fell 5% in the third quarter, and the company expects a loss in the fourth "
                          "quarter of 2026.", "en"),
                         ("Las ventas cayeron en el tercer trimestre de 2025.", "es")])
    assert [(t.text, t.value, t.precision) for t in analysis.times] == [
        ("the third quarter", "2025-07-01", "quarter"),  # past tense in February 2026: last year's
        ("the fourth quarter of 2026", "2026-10-01", "quarter"),
        ("el tercer trimestre de 2025", "2025-07-01", "quarter"),
    ]
