"""Sides of wire-news shapes (stop 26, round 2): the subject of a raising or scheduling predicate does the act of
its infinitive ("X is expected to meet Y"), the reporter or victim of an attack is never recalled as its doer, and
a site noun on an attack noun is its target. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries, event_at


def test_expected_to_meet_has_the_subject_as_doer():
    event = event_at("The Swedish foreign minister is expected to meet Iranian officials in Tehran.", "AGREE", "meet")
    assert "SWE" in countries(event.source) and "IRN" in countries(event.target)
    assert event.future


def test_scheduled_to_visit_has_the_subject_as_doer():
    events = [e for e in coded_en("The Kenyan president is scheduled to visit Ethiopia next month.") if e.future]
    assert any("KEN" in countries(e.source) and "ETH" in countries(e.target) for e in events)


def test_due_to_meet_reads_the_copula_subject():
    events = coded_en("The Polish premier is due to meet Ukrainian officials on Tuesday.")
    assert any("POL" in countries(e.source) and "UKR" in countries(e.target) for e in events)


def test_expected_to_win_is_no_event():  # counter-example: no act of the PLOVER kind
    assert not coded_en("The ruling party is expected to win the vote in Portugal.")


def test_expected_to_meet_without_a_partner_is_not_coded():  # counter-example: "meet the target" forecasts no meeting
    assert not coded_en("The Dutch government is expected to meet its budget target.")


def test_object_of_expected_is_not_the_raised_subject():  # counter-example: "expected X to meet": X, not the expecter
    from detente.analyze.events.raised_subjects import raised_subject
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("en")("Diplomats expected the Pope to visit Lebanon.")
    assert raised_subject(next(t for t in doc if t.text == "visit")) is None


def test_reporter_of_an_attack_is_not_recalled_as_its_doer():
    text = "Police and Loyalists clashed in Belfast on Sunday. Police said a police van was hit with petrol bombs."
    event = event_at(text, "ASSAULT", "hit")
    assert not any(a.sector == "COP" for a in event.source)


def test_recall_still_gives_the_war_attacker():  # counter-example: the reporter is someone else
    text = ("Russian forces struck Kharkiv with missiles overnight. "
            "Ukrainian officials said a hospital in Kharkiv was hit in the attack.")
    event = event_at(text, "ASSAULT", "hit")
    assert "RUS" in countries(event.source)


def test_site_noun_of_an_attack_is_its_target():
    events = [e for e in coded_en("The mosque attack left 12 dead in Herat.") if e.type == "ASSAULT"]
    assert events and not events[0].source and any(a.name == "mosque" for a in events[0].target)


def test_town_named_on_an_attack_is_no_target():  # counter-example: a town names the attack, no target is added
    assert not [e for e in coded_en("The Orlando shootings shocked the country.") if e.type == "ASSAULT"]


def test_attacker_who_reports_its_own_attack_is_still_recalled():  # counter-example: reporter and doer are one
    text = "Israeli jets struck Gaza overnight. Israel said the strikes killed dozens of Hamas fighters in Gaza."
    events = [e for e in coded_en(text) if e.type == "ASSAULT" and e.target and "PSE" in countries(e.target)]
    assert events and all("ISR" in countries(e.source) for e in events)
