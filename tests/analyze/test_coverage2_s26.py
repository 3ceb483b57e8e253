"""Stop-26 round 2 (coverage2-s26): when two cue matches of equal length want the same word, the tighter phrase
wins ("lending support" right beside its noun, not "provided ... support" twenty words apart). Sentences are written
for these tests, not taken from any gold file or TimeBank document."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def _words(text: str, event) -> str:
    span = event.evidence.trigger
    return text[span.start:span.end]


def test_tighter_of_two_equal_matches_takes_the_shared_word():
    text = ("Japan provided most of the tankers for the blockade, with Canada and Norway among the other "
            "countries lending support in the Gulf.")
    events = coded_en(text)
    assert any(e.type == "SUPPORT" and _words(text, e).startswith("lend") for e in events), \
        [(e.type, _words(text, e)) for e in events]
    assert not any(e.type == "AID" and _words(text, e).startswith("provide") for e in events)


def test_a_lone_wide_match_is_still_taken():
    # no competitor for "support": the wider "provided ... support" still codes
    text = "Japan provided generous financial support to Kenya after the floods."
    assert any(e.type == "AID" for e in coded_en(text))


def test_a_noun_match_keeps_its_text_order_place():
    # "barrage ... missile" is tighter than "launched ... missiles", but a noun match does not take the word from
    # the light verb before it
    assert any(e.type == "ASSAULT" for e in coded_en("Syrian forces launched a barrage of rockets at Aleppo."))


def test_a_controlled_verb_does_not_take_the_controllers_object():
    # "provide aid" is tighter than "pledged ... aid", but "provide" is the pledge's complement: the pledge (AGREE)
    # keeps the noun
    assert "AGREE" in [e.type for e in coded_en("Canada pledged to provide aid to Haiti.")]
