"""Stop 26: "is set / due / slated / poised / about to V" puts the act still to come (future flag); "set out to V"
with its particle does not."""
import pytest

from detente.analyze.events.evaluation import code_text

PUBLISHED = "2026-01-05"


def _flags(text):
    return [(event.type, event.future) for event in code_text(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The Turkish president is due to visit Russia next week.",
    "Kenya's foreign minister is slated to meet his Ethiopian counterpart in Addis Ababa.",
])
def test_scheduled_act_is_future(text):
    flags = _flags(text)
    assert flags and all(future for _, future in flags)


def test_set_out_to_is_no_future():
    flags = _flags("French President Emmanuel Macron set out to meet German Chancellor Olaf Scholz.")
    assert flags and not any(future for _, future in flags)


def test_past_meeting_is_no_future():
    flags = _flags("The Iranian foreign minister met his Iraqi counterpart in Baghdad.")
    assert flags and not any(future for _, future in flags)
