"""Stop-25 round 2: an undated act that its own clause calls recent, or puts in the past perfect outside reported
speech, lies before the news of the day and gets no date rather than the publication date (earlier_acts.py;
docs/schema.md: date null "for an earlier act the text does not date"). Sentences written for these tests
(published 2024-05-01)."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en, coded_es


def _all(events, text, event_type, trigger):
    found = [e for e in events
             if e.type == event_type and trigger in text[e.evidence.trigger.start:e.evidence.trigger.end]]
    assert found, [(e.type, text[e.evidence.trigger.start:e.evidence.trigger.end], e.date) for e in events]
    return found


@pytest.mark.parametrize("text, event_type, trigger", [
    ("The recent Peruvian attacks on Chilean border posts killed three soldiers.", "ASSAULT", "attacks"),
    ("The previous Peruvian attacks on Chilean border posts killed three soldiers.", "ASSAULT", "attacks"),
    ("Peruvian troops recently shelled the Chilean border post of Visviri.", "ASSAULT", "shelled"),
    ("Peru has recently accused Chile of spying on its navy.", "ACCUSE", "accused"),
    ("Peruvian troops had shelled the Chilean border post of Visviri.", "ASSAULT", "shelled"),
])
def test_an_act_marked_as_earlier_has_no_date(text, event_type, trigger):
    for event in _all(coded_en(text), text, event_type, trigger):
        assert event.date is None and event.date_text is None and not event.historical


@pytest.mark.parametrize("text, trigger", [
    ("Tropas peruanas bombardearon recientemente el puesto fronterizo chileno de Visviri.", "bombardearon"),
    ("Los ataques anteriores de Perú contra Visviri mataron a tres soldados chilenos.", "ataques"),
])
def test_a_spanish_earlier_act_has_no_date(text, trigger):
    for event in _all(coded_es(text), text, "ASSAULT", trigger):
        assert event.date is None and not event.historical


@pytest.mark.parametrize("text, event_type, trigger", [
    # the back-shifted past perfect of reported news is news of the day
    ("Chilean police said they had arrested five Peruvian smugglers.", "COERCE", "arrested"),
    ("According to the army, Peruvian troops had shelled the border post of Visviri.", "ASSAULT", "shelled"),
    # a plain past or present perfect with no cue stays news of the day
    ("Peruvian troops shelled the Chilean border post of Visviri.", "ASSAULT", "shelled"),
    ("Peru has accused Chile of spying on its navy.", "ACCUSE", "accused"),
    # "past" as a preposition of time is no cue
    ("Peruvian troops shelled the Chilean border post of Visviri past midnight.", "ASSAULT", "shelled"),
])
def test_reported_or_unmarked_acts_keep_the_publication_date(text, event_type, trigger):
    for event in _all(coded_en(text), text, event_type, trigger):
        assert event.date == "2024-05-01"


def test_a_stated_date_stays_over_the_earlier_cue():
    text = "Peruvian troops had shelled the Chilean border post of Visviri on Sunday."
    for event in _all(coded_en(text), text, "ASSAULT", "shelled"):
        assert event.date == "2024-04-28"
