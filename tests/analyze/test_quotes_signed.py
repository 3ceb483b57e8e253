"""Quote paragraphs signed with a dash and a name (pull quotes, fact-check digests): the dash is the cue, the name
the speaker, whether the signature stands on the quote's own line or on the line after it."""
from __future__ import annotations

from tests.analyze.quotes_helpers import analyse, quote_with

EN = "en"
DASHES = {"-", "—", "–", "―"}


def test_signature_on_the_quote_line_gives_cue_and_speaker() -> None:
    analysis = analyse([(EN, "Supporters gathered in the hall before the speeches began."),
                        (EN, "“We have to keep fighting for the families who need it most.” ―\xa0Hillary Clinton"),
                        (EN, "“This election is about the future of every worker in this country.” — Tim Kaine, "
                             "speaking in Ohio")])
    first = quote_with(analysis, "We have to keep fighting")
    assert first.direct and first.cue == "―" and first.speaker.name == "Hillary Clinton"
    assert first.text == "We have to keep fighting for the families who need it most."
    second = quote_with(analysis, "This election is about")
    assert second.direct and second.cue == "—" and second.speaker.name == "Tim Kaine"


def test_signature_on_the_next_line_gives_cue_and_speaker() -> None:
    analysis = analyse([(EN, "Here is how the claims held up."),
                        (EN, "\"I helped write that bill, and I will keep defending it every single day.\""),
                        (EN, "- Bernie Sanders."),
                        (EN, "The senator voted for the bill but did not write it.")])
    quote = quote_with(analysis, "I helped write that bill")
    assert quote.direct and quote.cue == "-" and quote.speaker.name == "Bernie Sanders"


def test_dash_inside_a_paragraph_or_before_no_name_signs_nothing() -> None:
    analysis = analyse([(EN, "Freddy circled the ship as his friends jeered, ‘Do svidaniya!’ - Russian for ‘goodbye.’"),
                        (EN, "“The economy is strong and it is getting stronger every single day.” — a reader "
                             "from Ohio")])
    assert not any(q.cue in DASHES for q in analysis.quotes)
    assert all(q.speaker is None or q.speaker.name != "Russian" for q in analysis.quotes)
