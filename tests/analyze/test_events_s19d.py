"""Stop-19 round-4 event rules (events4): a gerund clause that is the subject of a modal predicate is an act weighed
(hypothetical); harassment is COERCE only by a state, its forces or an armed group, or of political voices; an aid
noun that is a clause's subject ("Aid from the EU reached the refugees") is AID with the receiver as target.
Sentences written for these tests, not taken from any gold file."""
from __future__ import annotations

from detente.analyze.events.evaluation import code_text


def of_type(text: str, kind: str):
    return [e for e in code_text(text, "2026-02-04", "en") if e.type == kind]


def test_gerund_subject_of_would_is_hypothetical():
    events = of_type("The minister said that Canada imposing duties on Brazilian beef would be a serious mistake.", "SANCTION")
    assert events and all(e.hypothetical for e in events)


def test_gerund_subject_of_could_is_hypothetical():
    events = of_type("Japan sending troops to the islands could inflame the region, the minister said.", "MOBILIZE")
    assert events and all(e.hypothetical for e in events)


def test_gerund_subject_of_a_plain_past_predicate_is_not_hypothetical():
    events = of_type("The United States putting tariffs on Mexican steel was a mistake.", "SANCTION")
    assert events and not any(e.hypothetical for e in events)


def test_police_harassing_journalists_is_coerce():
    events = of_type("Police in Minsk harassed journalists covering the trial.", "COERCE")
    assert events and any(a.sector == "COP" for e in events for a in e.source)


def test_unknown_men_harassing_opposition_activists_is_coerce():
    assert of_type("Unknown men harassed opposition activists outside the court in Minsk.", "COERCE")


def test_private_harassment_is_no_event():
    assert not of_type("Rowdy tourists harass women and girls in the old town.", "COERCE")
    assert not of_type("The manager harassed two employees at the bank.", "COERCE")


def test_aid_noun_as_subject_is_aid_with_receiver():
    events = of_type("Aid from the European Union reached Sudanese refugees last week.", "AID")
    assert events and events[0].source[0].country == "EUR" and any(a.country == "SDN" for a in events[0].target)


def test_aid_noun_arriving_in_a_city_targets_its_country():
    events = of_type("Food aid from Japan arrived in Dhaka on Monday.", "AID")
    assert events and events[0].source[0].country == "JPN" and any(a.country == "BGD" for a in events[0].target)
