"""Stop-27 day dates: an act whose day the text states next to it, not in its own sentence. A day of the news week
that an earlier sentence of the paragraph dates its simple past by frames the simple pasts told after it
(background_dates.paragraph_frame); a speaker's undated act next to that speaker's statement dated to a day of the
news week took place that day (speaker_occasion_dates.py); "the attack" after an attack of yesterday is that attack
(recalled_attack_dates.FRESH_DAYS). Sentences written for these tests, published Wednesday
2024-05-01 (Monday is 2024-04-29, Tuesday 2024-04-30)."""
from __future__ import annotations

import pytest

from detente.analyze.events import speaker_occasion_dates
from tests.analyze.event_helpers import ENGLISH_PUBLISHED, coded_en


def _coded(text: str):
    """The events of a text whose paragraphs are separated by blank lines (one paragraph each)."""
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    if "\n\n" not in text:
        return coded_en(text)
    analysis = Analysis(article=Article.of_paragraphs([(p, "en") for p in text.split("\n\n")], ENGLISH_PUBLISHED))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return analysis.events


def _at(text: str, event_type: str, trigger: str):
    events = _coded(text)
    found = [e for e in events if e.type == event_type and text[e.evidence.trigger.start:e.evidence.trigger.end] == trigger]
    assert len(found) == 1, [(e.type, text[e.evidence.trigger.start:e.evidence.trigger.end], e.date) for e in events]
    return found[0]


MET = "The Chilean president met the Peruvian envoy in Lima on Monday."


@pytest.mark.parametrize("second, event_type, trigger", [
    ("He urged Peru to reopen the border at Tacna.", "REQUEST", "urged"),
    ("He also criticized Peru's new tariffs on Chilean copper.", "ACCUSE", "criticized"),
])
def test_a_day_of_the_news_week_frames_the_simple_pasts_after_it_in_its_paragraph(second, event_type, trigger):
    event = _at(MET + " " + second, event_type, trigger)
    assert (event.date, event.date_text, event.date_precision) == ("2024-04-29", "Monday", "day")


@pytest.mark.parametrize("text, event_type, trigger", [
    # a day a fortnight back: a chronology may move on from day to day
    ("The Chilean president met the Peruvian envoy in Lima on April 12. He urged Peru to reopen the border at Tacna.",
     "REQUEST", "urged"),
    # a present tense is now
    (MET + " He says Peru must reopen the border at Tacna.", "REQUEST", "says"),
    # another paragraph: its frame is not carried
    (MET + "\n\nThe Chilean president urged Peru to reopen the border at Tacna.", "REQUEST", "urged"),
])
def test_no_news_day_frame_for_an_older_day_a_present_or_another_paragraph(text, event_type, trigger):
    event = _at(text, event_type, trigger)
    assert event.date_text is None and event.date == ENGLISH_PUBLISHED


def test_a_past_perfect_after_a_news_day_is_not_framed_by_it():
    event = _at(MET + " He had urged Peru to reopen the border at Tacna.", "REQUEST", "urged")
    assert event.date_text is None and event.date != "2024-04-29"


ACCUSING = ("Chilean spokeswoman Camila Vallejo said it is up to Peru to get the talks moving again, accusing Lima of "
            "engaging in political drama.")


def test_an_act_takes_the_day_of_the_same_speakers_statement_in_the_next_sentence():
    text = ACCUSING + " “We are really at a stalemate,” Vallejo told reporters during a press briefing Tuesday."
    event = _at(text, "ACCUSE", "accusing")
    assert (event.date, event.date_text, event.date_precision) == ("2024-04-30", "Tuesday", "day")


def test_an_act_takes_the_day_of_the_same_speakers_statement_across_a_paragraph_break():
    text = ("“We have to protect our copper exports,” Chilean President Gabriel Boric said Monday.\n\n"
            "Boric also accused Peru of blocking the border crossings at Tacna.")
    event = _at(text, "ACCUSE", "accused")
    assert (event.date, event.date_text) == ("2024-04-29", "Monday")


@pytest.mark.parametrize("statement", [
    "“We are really at a stalemate,” Peruvian Foreign Minister Javier Gonzalez-Olaechea told reporters on Tuesday.",
    "“We are really at a stalemate,” Vallejo told reporters during a press briefing on April 12.",  # no news day
    "“We are really at a stalemate,” Vallejo tells reporters every Tuesday.",  # no simple past
])
def test_no_day_from_another_speaker_an_older_day_or_no_past_statement(statement):
    event = _at(ACCUSING + " " + statement, "ACCUSE", "accusing")
    assert event.date_text is None and event.date == ENGLISH_PUBLISHED


def test_the_statement_day_comes_from_the_speaker_step(monkeypatch):
    text = ACCUSING + " “We are really at a stalemate,” Vallejo told reporters during a press briefing Tuesday."
    monkeypatch.setattr(speaker_occasion_dates, "date_speaker_occasions", lambda analysis: None)
    assert _at(text, "ACCUSE", "accusing").date == ENGLISH_PUBLISHED


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Russian missiles struck the Kyiv region on Tuesday, Ukrainian officials said.\n\n"
     "At least 83 people were wounded in the attack.", "ASSAULT", "wounded"),
])
def test_a_back_reference_to_an_attack_of_yesterday_takes_that_day(text, event_type, trigger):
    event = _at(text, event_type, trigger)
    assert (event.date, event.date_text) == ("2024-04-30", "Tuesday")


def test_a_back_reference_to_an_attack_of_the_publication_day_keeps_the_default():
    text = ("Russian missiles struck the Kyiv region on Wednesday, Ukrainian officials said.\n\n"
            "At least 83 people were wounded in the attack.")
    event = _at(text, "ASSAULT", "wounded")
    assert event.date == ENGLISH_PUBLISHED


def test_a_participle_on_a_relative_clause_takes_no_statement_day():
    text = ("Vallejo told voters in Arica on Monday that she would keep criticizing Peru. It was a critique she made "
            "again and again during the debate, inviting ridicule from Peruvian Foreign Minister Javier Gonzalez-Olaechea.")
    events = _coded(text)
    inviting = [e for e in events if text[e.evidence.trigger.start:e.evidence.trigger.end] == "inviting"]
    assert inviting and all(e.date_text != "Monday" for e in inviting)
