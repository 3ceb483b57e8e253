"""Quotes: attributions with no complement clause (the cue's object), kept apart from the quotes."""
from __future__ import annotations

from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"


def test_object_of_a_speech_verb_is_what_was_reported() -> None:
    analysis = analyse([(EN, "Senator Marco Rubio criticized the sugar subsidies during the debate.")])
    quote = quote_with(analysis, "the sugar subsidies")
    assert quote.cue == "criticized" and not quote.direct and quote.speaker.name == "Marco Rubio"


def test_accused_of_keeps_the_whole_charge() -> None:
    analysis = analyse([(EN, "Hillary Clinton accused Donald Trump of inciting violence against protesters.")])
    quote = quote_with(analysis, "inciting violence")
    assert quote.text.startswith("Donald Trump of") and quote.cue == "accused"


def test_object_of_a_cue_that_reports_a_quote_is_not_a_second_statement() -> None:
    analysis = analyse([(EN, "“Should there be a database system that tracks Muslims?” a reporter asked Donald Trump "
                             "after an event in Iowa.")])
    asked = [q for q in analysis.quotes if q.cue == "asked"]
    assert [q.text for q in asked] == ["Should there be a database system that tracks Muslims?"]
    assert asked[0].direct


def test_called_x_quoted_words_reports_the_object_with_its_description() -> None:
    analysis = analyse([(EN, "Carly Fiorina called the merger \"a terrible deal for the company.\" She left.")])
    quote = quote_with(analysis, "a terrible deal")
    assert quote.text.startswith("the merger") and not quote.direct and quote.cue == "called"


def test_stance_verbs_report_positions_but_never_quotes() -> None:
    analysis = analyse([(EN, "A new poll shows that Hillary Clinton leads the race in California."),
                        (EN, "Senator Ted Cruz opposed the sugar subsidies."),
                        (EN, "\"We will win this state,\" said Ted Cruz, supporting the farmers.")])
    assert quote_with(analysis, "Hillary Clinton leads").cue == "shows"
    assert quote_with(analysis, "the sugar subsidies").cue == "opposed"
    assert quote_with(analysis, "We will win this state").cue == "said"


def test_asked_about_reports_the_topic() -> None:
    analysis = analyse([(EN, "Donald Trump was asked about the merger by reporters on Monday.")])
    assert quote_with(analysis, "the merger").cue == "asked"
