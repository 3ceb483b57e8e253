"""Stop-26 round 2 (nonevents3): the last-resort linker of coder.py may not give an actorless event word the subject
of a clause whose own trigger read its actors and was dropped as a non-event; an event word hanging on a clause that
is no dropped trigger still links. Sentences written for these tests."""
from __future__ import annotations

from detente.analyze.events import coder
from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


PRIVATE_VISIT = "Iran visited one of its golf resorts after naval exercises in the Gulf."


def test_no_last_resort_link_through_a_dropped_trigger():
    # the visit is a private one (no host): the exercises in its time phrase are not linked to the visitor
    assert "MOBILIZE" not in types(PRIVATE_VISIT)


def test_the_guard_is_what_drops_it(monkeypatch):
    monkeypatch.setattr(coder, "FILTERED_SENTENCE_GUARD", False)
    assert "MOBILIZE" in types(PRIVATE_VISIT)  # the fallback alone would link the exercises to Iran


def test_a_word_hanging_on_an_undropped_clause_still_links():
    assert "MOBILIZE" in types("Iran went ahead with naval exercises in the Gulf on Sunday.")
    assert "MOBILIZE" in types("Iran went ahead with naval exercises in the Gulf after it visited one of its golf resorts.")
