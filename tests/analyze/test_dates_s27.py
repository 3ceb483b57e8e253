"""Stop-27 dates: earlier acts with no date cue of the day. A date inside a "following ..." phrase parsed as a
participle still dates the act; "already" on a finished act and a noun object of a clause "a week after" make the act
earlier and undated; "once" before a finished act is a background cue; a once-only act done to a person, told again
without a date, keeps the time first given to it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.events import repeated_act_dates
from tests.analyze.event_helpers import ENGLISH_PUBLISHED, coded_en


def _at(text: str, event_type: str, trigger: str, published: str = ENGLISH_PUBLISHED):
    from detente.analyze.events.evaluation import code_text

    found = [e for e in code_text(text, published, "en") if e.type == event_type
             and text[e.evidence.trigger.start:e.evidence.trigger.end] == trigger]
    assert found, [(e.type, text[e.evidence.trigger.start:e.evidence.trigger.end]) for e in code_text(text, published, "en")]
    return found


def test_a_date_inside_a_following_phrase_parsed_as_a_participle_dates_the_act():
    text = ("Assange was accused of rape by a woman and sexual assault by another one following a Wikileaks "
            "conference in Stockholm in 2010.")
    for event in _at(text, "ACCUSE", "accused", "2019-11-19"):
        assert (event.date, event.date_precision, event.historical) == ("2010-01-01", "year", True)


@pytest.mark.parametrize("text, event_type, trigger", [
    ("The Ukrainian parliament has already ratified the treaty.", "SUPPORT", "ratified"),
    ("Eric Rudolph has already been charged in the Birmingham bombing.", "ACCUSE", "charged"),
])
def test_already_on_a_finished_act_gives_no_date(text, event_type, trigger):
    for event in _at(text, event_type, trigger):
        assert event.date is None and event.date_text is None
        assert not event.historical  # earlier, not a recalled past: no background cue


def test_without_already_the_act_is_the_news_of_the_day():
    for event in _at("The Ukrainian parliament ratified the treaty.", "SUPPORT", "ratified"):
        assert event.date == ENGLISH_PUBLISHED


def test_once_before_a_finished_act_is_a_background_cue():
    for event in _at("The group once attacked police stations in the north.", "ASSAULT", "attacked"):
        assert event.historical and event.date is None


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Once the deal is signed, Russia will withdraw its troops.", "SUPPORT", "signed"),  # a condition
    ("Putin met Biden once in Geneva.", "CONSULT", "met"),  # one time
])
def test_once_as_a_condition_or_one_time_is_no_background(text, event_type, trigger):
    for event in _at(text, event_type, trigger):
        assert not event.historical and event.date == ENGLISH_PUBLISHED


def test_an_act_noun_object_of_a_clause_some_time_after_is_undated():
    text = ("The letter came just over a week after the FBI and federal prosecutors announced the arrests of two "
            "New Yorkers.")
    for event in _at(text, "COERCE", "arrests"):
        assert event.date is None


HANIYEH = "The appointment came days after Ismail Haniyeh was assassinated in Tehran. "


def test_a_killing_told_again_keeps_the_undated_earlier_time():
    text = HANIYEH + "Haniyeh was killed by an airstrike in Tehran, where he was attending an inauguration."
    assert [e.date for e in _at(text, "ASSAULT", "killed")] == [None]


@pytest.mark.parametrize("first", ["March 3", "April 30"])
def test_an_arrest_told_again_keeps_the_stated_day(first):
    text = f"Police arrested Ismail Haniyeh on {first}. Haniyeh was detained at his home in Gaza."
    day = {"March 3": "2024-03-03", "April 30": "2024-04-30"}[first]
    assert [e.date for e in _at(text, "COERCE", "detained")] == [day]


def test_an_arrest_again_is_a_new_act():
    text = "Police arrested Ismail Haniyeh on March 3. Haniyeh was arrested again by the army."
    dates = sorted(e.date for e in _at(text, "COERCE", "arrested"))
    assert dates == ["2024-03-03", ENGLISH_PUBLISHED]


def test_a_killing_told_alone_is_the_news_of_the_day():
    assert [e.date for e in coded_en("Israeli troops killed Ismail Haniyeh in Tehran.")] == [ENGLISH_PUBLISHED]


def test_the_repeated_act_rule_is_what_dates_it(monkeypatch):
    monkeypatch.setattr(repeated_act_dates, "date_repeated_acts", lambda analysis: None)
    text = "Police arrested Ismail Haniyeh on March 3. Haniyeh was detained at his home in Gaza."
    assert [e.date for e in _at(text, "COERCE", "detained")] == [ENGLISH_PUBLISHED]


def _coded_paragraphs(paragraphs, published=ENGLISH_PUBLISHED):
    """Events of a several-paragraph English article (the pipeline up to events)."""
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_paragraphs([(p, "en") for p in paragraphs], published, id="test"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return [(e, analysis.text[e.evidence.trigger.start:e.evidence.trigger.end]) for e in analysis.events]


LEAD = ["Congress passed a budget bill.", "The House voted 220 to 210 on the measure."]


@pytest.mark.parametrize("background, trigger", [
    ("Kevin McCarthy was fired by his colleagues as Speaker of the House and ultimately chose to quit Congress.", "quit"),
    ("They were later joined by farmers who demanded government subsidies.", "demanded"),
    ("Eventually, Mr. Ackman resigned from the board.", "resigned"),
])
def test_a_sequence_adverb_past_the_lead_makes_a_past_act_undated(background, trigger):
    found = [e for e, word in _coded_paragraphs(LEAD + [background]) if word == trigger]
    assert found and all(e.date is None for e in found)


def test_a_sequence_adverb_in_the_lead_is_the_news_of_the_day():
    found = [e for e, word in _coded_paragraphs(["Eventually, Mr. Ackman resigned from the board."]) if word == "resigned"]
    assert found and all(e.date == ENGLISH_PUBLISHED for e in found)


def test_a_sequence_after_a_day_of_the_news_is_of_that_story():
    paragraph = "Police arrested five protesters on Tuesday. Two of them were later released by the police."
    found = [e for e, word in _coded_paragraphs(LEAD + [paragraph], "2024-05-01") if word == "released"]
    assert found and all(e.date is not None for e in found)


@pytest.mark.parametrize("paragraph, trigger", [
    ("US lawmakers asked the FBI for answers no later than May 10.", "asked"),  # a deadline
    ("Police and military officials later sealed off the area to clear the debris, Dar said.", "sealed"),  # reported
])
def test_a_deadline_or_a_reported_sequence_is_no_past_story(paragraph, trigger):
    found = [e for e, word in _coded_paragraphs(LEAD + [paragraph]) if word == trigger]
    assert found and all(e.date == ENGLISH_PUBLISHED for e in found)


@pytest.mark.parametrize("text, found", [
    ("In nineteen ninety-one Charles Keating was convicted.", "nineteen ninety-one"),
    ("Elections were held in two thousand and five.", "two thousand and five"),
    ("Police arrested two thousand protesters.", None),  # a count
    ("Nineteen ninety-one people signed.", None),  # no preposition of time
])
def test_a_year_in_words_after_a_preposition_of_time_is_found(text, found):
    from detente.analyze.time.detect import rule_candidates

    spans = [text[c.start:c.end] for c in rule_candidates(text, "en")]
    assert (found in spans) if found else not any("thousand" in s or "ninety" in s for s in spans)


def test_once_takes_no_year_named_nearby():
    found = [e for e, word in _coded_paragraphs(
        ["NAFTA, the 1994 deal with Mexico, is unpopular. The group once attacked police stations in the north."],
        "2016-03-21") if word == "attacked"]
    assert found and all(e.historical and e.date is None for e in found)


def _dates_of(paragraphs, trigger):
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_paragraphs([(p, "en") for p in paragraphs], ENGLISH_PUBLISHED, id="t"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return [e.date for e in analysis.events if analysis.text[e.evidence.trigger.start:e.evidence.trigger.end] == trigger]


@pytest.mark.parametrize("first, expected", [
    ("The letter came a week after the FBI announced the arrests of two New Yorkers.", None),  # placed earlier
    ("The FBI announced the arrests of two New Yorkers.", ENGLISH_PUBLISHED),  # news of the day
])
def test_a_back_reference_to_an_act_placed_earlier_is_undated_too(first, expected):
    paragraphs = [first, "Congress passed a bill.", "The arrests of the two men angered the Chinese embassy."]
    assert _dates_of(paragraphs, "arrests")[-1] == expected
