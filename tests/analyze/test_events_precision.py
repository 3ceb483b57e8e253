"""Precision of the general rules (session 11, second round): acts said to be missing or escaped are negated, a
disposition described inside another noun's phrase is no act, a court's country is where it sat (not the place in
the description of the person tried), and a possessor does only its own noun's act. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from detente.analyze.events.implied_sides import AUTHORITIES
from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


@pytest.mark.parametrize("text, event_type", [
    pytest.param("Investigators in Kenya, frustrated by the lack of assistance from the British army, have made little "
                 "progress.", "AID", id="a lack of aid is no aid given"),
    pytest.param("Brazil sent troops to the border without consultation with Paraguay.", "CONSULT",
                 id="without consultation"),
    pytest.param("The fugitive banker has evaded extradition to Italy for a decade.", "COOPERATE",
                 id="an avoided extradition did not happen"),
    pytest.param("Last-minute talks averted a strike by French rail workers on Monday.", "PROTEST",
                 id="an averted strike"),
])
def test_a_missing_or_averted_act_is_coded_negated(text: str, event_type: str):
    coded = events(text)
    assert [e for e in coded if e.type == event_type] and all(e.negated for e in coded if e.type == event_type)


def test_a_disposition_inside_a_noun_phrase_is_no_agreement():
    coded = events("Sales rose on the back of a jump in Germans' willingness to borrow.")
    assert not [e for e in coded if e.type == "AGREE"]


def test_a_stated_willingness_is_still_an_agreement():
    event = main("Japan expressed its willingness to resume fishery talks with South Korea.")
    assert event.type == "AGREE" and countries(event.source) == {"JPN"}


def test_a_place_describing_the_person_tried_is_not_the_court():
    event = main("A former senator in Chile's parliament was sentenced to eight years in prison on Monday.")
    assert (event.type, event.mode) == ("SANCTION", "convict")
    assert all(a.name != AUTHORITIES for a in event.source)


def test_a_court_named_by_its_place_still_implies_authorities():
    event = main("A former senator in Chile's parliament was sentenced to eight years in prison in Spain.")
    assert countries(event.source) == {"ESP"}


def test_a_possessor_does_not_do_the_act_its_noun_forces_on_another():
    coded = events("Critics say Putin's attempt to coerce Belarus into investigating opposition leaders was wrong.")
    assert not [e for e in coded if e.type == "ACCUSE" and countries(e.source) == {"RUS"}]


def test_a_possessors_own_decision_still_makes_it_the_doer():
    event = main("Canada's decision to suspend arms exports to Turkey was announced on Friday.")
    assert event.type == "SANCTION" and countries(event.source) == {"CAN"}



def test_no_doer_is_linked_through_a_verb_of_averting():
    coded = events("The U.S. nevertheless averted a recession, buoyed by a surge in Americans’ willingness to spend.")
    assert not [e for e in coded if e.type in {"AGREE", "REJECT"}]
