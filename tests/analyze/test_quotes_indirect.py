"""Quotes: indirect speech shapes (a cue between commas, a report inside a relative clause, speaker-colon lines,
"In a poll, …", "according to" next to another cue) and the speaker of a quote taken back with no cue."""
from __future__ import annotations

from detente.analyze.quotes import direct_model
from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"


def test_cue_between_commas_reports_the_clause_around_it() -> None:
    analysis = analyse([(EN, "Many of the closures, Jack Nicklaus said, have involved public courses in Florida.")])
    quote = quote_with(analysis, "Many of the closures")
    assert quote.cue == "said" and not quote.direct
    assert quote.text.endswith("have involved public courses in Florida")
    assert quote.speaker is not None and "Nicklaus" in quote.speaker.text


def test_report_inside_a_relative_clause_keeps_the_relative_word() -> None:
    analysis = analyse([(EN, "The ministry published new border rules, which officials said will take effect "
                             "next month.")])
    quote = quote_with(analysis, "will take effect next month")
    assert quote.text.startswith("which") and quote.cue == "said"
    assert quote.speaker is not None and quote.speaker.text == "officials"


def test_reported_clause_ends_before_the_writers_relative_aside() -> None:
    analysis = analyse([(EN, "Senator Chris Murphy said he supports the final bill, which includes new "
                             "accountability rules for schools.")])
    quote = quote_with(analysis, "he supports the final bill")
    assert quote.text == "he supports the final bill" and quote.cue == "said"


def test_speaker_colon_line_reports_the_rest_of_the_line() -> None:
    analysis = analyse([(EN, "Graham: Trump Is Destroying the Party's Chance to Win the White House"),
                        (EN, "UPDATE: The vote was delayed until Friday afternoon."),
                        (EN, "Clinton: 547")])
    line = quote_with(analysis, "Trump Is Destroying")
    assert line.cue == ":" and not line.direct and line.speaker.text == "Graham"
    assert not [q for q in analysis.quotes if "vote was delayed" in q.text]
    assert not [q for q in analysis.quotes if q.text.strip() == "547"]


def test_sentence_opening_with_a_poll_reports_the_rest_of_it() -> None:
    analysis = analyse([(EN, "In a Des Moines Register poll last month, Ted Cruz had a ten-point lead over "
                             "Donald Trump.")])
    quote = quote_with(analysis, "Ted Cruz had a ten-point lead")
    assert quote.cue == "In" and "poll" in quote.speaker.text


def test_according_to_is_kept_beside_a_cue_inside_its_content() -> None:
    analysis = analyse([(EN, "Hillary Clinton performed well among voters who believe that Wall Street helps the "
                             "economy, according to exit polls.")])
    quote = quote_with(analysis, "Hillary Clinton performed well")
    assert quote.cue == "according to" and quote.speaker.text.endswith("polls")


def test_quote_taken_back_with_no_cue_takes_the_name_signing_it(monkeypatch) -> None:
    monkeypatch.setattr(direct_model, "active_decider", lambda: (lambda features, pieces, rule: True))
    analysis = analyse([(EN, "The speech ended late on Thursday night."),
                        (EN, "\"Great speech. She is tested. She is ready. She never quits.\""),
                        (EN, "-President Barack Obama, tweeting after the speech.")])
    quote = quote_with(analysis, "She never quits")
    assert quote.direct and quote.speaker is not None and "Obama" in quote.speaker.text
