"""Stop 26: earlier acts that the text anchors by another act or by an earlier, dated mention do not take the
publication date (anchored_dates.py). Sentences written for these tests (published 2024-05-01)."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en


def _at(text, event_type, trigger):
    found = [e for e in coded_en(text)
             if e.type == event_type and trigger == text[e.evidence.trigger.start:e.evidence.trigger.end]]
    assert found, [(e.type, text[e.evidence.trigger.start:e.evidence.trigger.end], e.date) for e in coded_en(text)]
    return found


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Chile expelled the Peruvian ambassador, a month after Peruvian police arrested the Chilean consul.",
     "COERCE", "arrested"),
    ("Chile expelled the Peruvian ambassador two weeks after Peru attacked a Chilean border post.",
     "ASSAULT", "attacked"),
    ("The protest came weeks after the Peruvian invasion of Chile.", "ASSAULT", "invasion"),
])
def test_an_act_a_stated_span_before_another_has_no_date(text, event_type, trigger):
    for event in _at(text, event_type, trigger):
        assert event.date is None and event.date_text is None and not event.historical


@pytest.mark.parametrize("text, event_type, trigger", [
    # the main act keeps the publication date
    ("Chile expelled the Peruvian ambassador, a month after Peruvian police arrested the Chilean consul.",
     "SANCTION", "expelled"),
    # "hours after" may be the same day
    ("Chile expelled the Peruvian ambassador hours after Peru attacked a Chilean border post.",
     "ASSAULT", "attacked"),
])
def test_the_main_act_and_an_act_hours_before_keep_the_publication_date(text, event_type, trigger):
    for event in _at(text, event_type, trigger):
        assert event.date == "2024-05-01"


def test_a_definite_mention_takes_the_date_of_the_earlier_dated_act():
    text = ("Peru and Chile signed a border agreement on March 3, 2023. "
            "The agreement between Peru and Chile ended a long dispute.")
    for event in _at(text, "AGREE", "agreement"):
        assert event.date == "2023-03-03" and event.date_text == "March 3, 2023" and event.historical


@pytest.mark.parametrize("text", [
    # the earlier mention has no date: the act may be of the day
    "Peru and Chile signed a border agreement. The agreement between Peru and Chile ended a long dispute.",
    # an indefinite mention is a new act
    "Peru and Chile signed a border agreement on March 3, 2023. "
    "An agreement between Peru and Chile ended a long dispute.",
])
def test_an_undated_antecedent_or_a_new_act_keeps_the_publication_date(text):
    for event in _at(text, "AGREE", "agreement"):
        assert event.date == "2024-05-01"


def test_an_act_in_a_temporal_clause_takes_the_date_of_its_earlier_dated_mention():
    text = ("Peruvian police arrested the Chilean consul Juan Soto on March 3. "
            "Chile recalled its ambassador after Soto was arrested.")
    found = _at(text, "COERCE", "arrested")
    assert [e.date for e in found] == ["2024-03-03"] * len(found)
    for event in _at(text, "SANCTION", "recalled"):
        assert event.date == "2024-05-01"  # the main act is news of the day


def test_an_act_in_a_temporal_clause_with_an_undated_antecedent_keeps_the_publication_date():
    text = ("Peruvian police arrested the Chilean consul Juan Soto. "
            "Chile recalled its ambassador after Soto was arrested.")
    for event in _at(text, "COERCE", "arrested"):
        assert event.date == "2024-05-01"


def test_a_date_of_the_main_act_stays():
    text = "Chile recalled its ambassador on Monday after Peruvian police arrested its consul."
    for event in _at(text, "SANCTION", "recalled"):
        assert event.date == "2024-04-29"


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Chile has protested to Lima since the arrest of its consul by Peruvian police.", "COERCE", "arrest"),
    ("Chile has protested since the Peruvian invasion of Arica.", "ASSAULT", "invasion"),
    ("Tensions have risen since Peruvian troops attacked a Chilean border post.", "ASSAULT", "attacked"),
])
def test_an_act_that_starts_a_since_period_has_no_date(text, event_type, trigger):
    for event in _at(text, event_type, trigger):
        assert event.date is None and not event.historical


def test_a_causal_since_clause_keeps_the_publication_date():
    text = "Since Peruvian police arrested its consul, Chile recalled its ambassador."
    for event in _at(text, "COERCE", "arrested"):
        assert event.date == "2024-05-01"
