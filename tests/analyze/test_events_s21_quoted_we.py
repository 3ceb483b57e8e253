"""A quoted "we" acts as the quote's speaker, as the quotes layer attributed it (stop 21, round 3, class C1 of the
fresh dev audit: "We condemn ...", "We seek to understand ..." with the speaker tag in another sentence). The
quotes stage now runs before events for this."""
from __future__ import annotations

from event_helpers import coded_en

from detente.analyze.pipeline import stage_name, stages, stages_before


def test_quotes_run_before_events():
    names = [stage_name(stage) for stage in stages()]
    assert names.index("quotes") < names.index("events") < names.index("tone")
    assert "quotes" in [stage_name(stage) for stage in stages_before("events")]


def test_quoted_we_after_a_partial_quote_takes_the_writers_of_the_letter():
    text = ('The senators wrote to the Pentagon on Tuesday. That delay raises "doubts about the audit," the senators '
            'wrote. "We seek answers from the Pentagon about the failed audit."')
    requests = [e for e in coded_en(text) if e.type == "REQUEST"]
    assert requests and {(a.country, a.sector) for a in requests[0].source} == {("USA", "LEG")}



def test_quoted_we_goes_on_with_the_speaker_of_the_quote_before():
    text = ('Japanese Foreign Minister Yoko Kamikawa spoke on Wednesday. "Japan is deeply concerned," Kamikawa said. '
            '"We call on both India and Pakistan to exercise restraint."')
    requests = [e for e in coded_en(text) if e.type == "REQUEST"]
    assert requests and {(a.country, a.sector) for a in requests[0].source} == {("JPN", "GOV")}
