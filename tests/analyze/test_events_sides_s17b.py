"""Who is the target of an act of sending (session 17b): the country forces or aid are sent into, also when the
forces are a passive subject ("troops were sent to Liberia by Nigeria") or when the act is the purpose of the sending
("sent a team to Syria to investigate ..."). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


@pytest.mark.parametrize("text, source, target", [
    ("Troops were sent to Liberia by Nigeria last month.", "NGA", "LBR"),
    ("More soldiers were sent to Cyprus by Turkey on Monday.", "TUR", "CYP"),
    ("Two battalions were deployed to Kosovo by Serbia overnight.", "SRB", "XKX"),
    # a gapped second object: "and troops to Saudi Arabia" (the parser hangs the troops on the first destination)
    ("The United States has sent warships to the Persian Gulf and troops to Saudi Arabia.", "USA", "SAU"),
])
def test_forces_sent_in_the_passive_are_the_doers_and_the_destination_is_the_target(text, source, target):
    event = main(text)
    assert event is not None and event.type == "MOBILIZE", text
    assert countries(event.source) == {source} and countries(event.target) == {target}, (event.source, event.target)


def test_forces_sent_to_no_country_leave_the_target_empty_rather_than_the_forces():
    event = main("Troops were sent to the border by Russia.")
    assert event is not None and countries(event.source) == {"RUS"}
    assert "RUS" not in countries(event.target)


@pytest.mark.parametrize("text, source, target", [
    ("The United Nations sent a team to Syria to investigate the chemical attack.", "UNO", "SYR"),
    ("France sent investigators to Mali to investigate the killings.", "FRA", "MLI"),
])
def test_an_act_in_the_purpose_clause_of_a_sending_verb_is_done_where_they_were_sent(text, source, target):
    event = main(text)
    assert event is not None and event.type == "ACCUSE", text
    assert source in countries(event.source) and target in countries(event.target), (event.source, event.target)


def test_destination_hung_on_the_sent_noun_counts():
    talks = [e for e in events("Brazil dispatched a delegation to Angola to discuss the debt.") if e.type == "CONSULT"]
    assert talks and "AGO" in countries(talks[0].target)

