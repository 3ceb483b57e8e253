"""What belongs to which clause and which party (session 5, round 2): dates of relative clauses, nouns of a
verb+noun cue, common foes of a joint act, promises of pressure, figurative attacks, labour strikes on a date,
happenings that are no crowd. Sentences written for these tests; full analysis up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text, main_event

PUBLISHED = "2026-03-12"


def events(text: str, lang: str = "en"):
    return code_text(text, PUBLISHED, lang)


def test_a_relative_clause_date_does_not_date_the_main_act():
    event = main_event(events("The State Department lifted the sanctions it had imposed on Colombian officials in October."))
    assert event.type == "CONCEDE"
    assert event.date == PUBLISHED and event.date_text is None  # October is when they were imposed
    assert "COL" in {a.country for a in event.target}  # whom the lifted sanctions were on


@pytest.mark.parametrize("text, expected", [
    ("The attack, which happened on Monday, killed ten soldiers.", "2026-03-09"),  # the act's subject
    ("In a statement published on Monday, Russia accused Ukraine of shelling the plant.", "2026-03-09"),  # its vehicle
    ("The call Trump made on Monday, in which he pressed Petro to extradite the suspects, angered Bogotá.", "2026-03-09"),
])
def test_a_clause_on_the_acts_occasion_still_dates_it(text, expected):
    event = main_event(events(text))
    assert event.date == expected


@pytest.mark.parametrize("text, lang", [
    ("Thousands of people took to the streets of Paris to protest against the pension reform.", "en"),
    ("Miles de personas salieron a las calles de Madrid para protestar contra la reforma.", "es"),
])
def test_the_city_of_the_streets_is_no_protester(text, lang):
    event = main_event(events(text, lang))
    assert event.type == "PROTEST"
    assert [a.name for a in event.source] and all(a.name not in {"Paris", "Madrid"} for a in event.source)


def test_a_happening_is_no_protesting_crowd():
    found = events("Los incidentes ocurrieron en la plaza central para protestar contra el alcalde.", "es")
    assert all("incidentes" not in a.name for e in found for a in e.source)


def test_a_common_foe_is_no_party_to_cooperation():
    event = main_event(events("Colombia said it would cooperate with the United States against the armed groups."))
    assert event.type == "AGREE"
    assert {a.country for a in event.target} == {"USA"}
    assert all("armed" not in a.name for a in event.target)


@pytest.mark.parametrize("text, expected", [
    ("Israel vows to keep up pressure on Hamas.", "THREATEN"),
    ("The EU pledged to increase pressure on Russia.", "THREATEN"),
    ("The Kenyan minister promised to relieve pressure on farmers.", "AGREE"),  # relief is no pressure
])
def test_a_promise_of_pressure_is_a_threat(text, expected):
    assert main_event(events(text)).type == expected


def test_a_legal_offensive_is_no_assault():
    assert not [e for e in events("Mexican opposition parties waged a legal offensive against the new law.") if e.type == "ASSAULT"]
    assert main_event(events("Mexican rebels waged a military offensive against the army.")).type == "ASSAULT"


@pytest.mark.parametrize("text, expected", [
    ("French teachers will strike on Monday.", ("PROTEST", "strike", True)),  # scheduled, unconditional
    ("French teachers will strike for 48 hours.", ("PROTEST", "strike", True)),
    ("French teachers will strike unless the government raises wages.", ("THREATEN", "restrict", False)),
    ("French teachers said they would strike.", ("THREATEN", "restrict", False)),  # no date: a warning
    ("French teachers struck on Monday.", ("PROTEST", "strike", False)),
])
def test_a_scheduled_strike_is_a_protest_in_the_future(text, expected):
    event = main_event(events(text))
    assert (event.type, event.mode) == expected[:2]
    if expected[0] == "PROTEST":
        assert event.future == expected[2]


def test_two_governments_working_together_borrow_no_partner():
    text = ("President Donald Trump received President Gustavo Petro at the White House on Tuesday.\n\n"
            "Petro said the two governments could work together.")
    found = [e for e in events(text) if e.type in {"COOPERATE", "AGREE"}]
    assert all("USA" not in {a.country for a in e.target} for e in found)


def test_signing_an_agreement_is_support_and_a_promise_to_sign_is_agree():
    """Codebook SUPPORT: "ratify, sign, or finalize an agreement"; AGREE: "promises to sign"."""
    assert main_event(events("Colombia and Peru signed an agreement on Wednesday to share intelligence.")).type == "SUPPORT"
    assert main_event(events("Colombia and Peru will sign an agreement next week.")).type == "AGREE"


def test_a_strike_date_the_strikers_announce_is_their_warning():
    event = main_event(events("French teachers said they would strike on Monday."))
    assert (event.type, event.mode) == ("THREATEN", "restrict")


def test_a_pledge_of_aid_is_a_promise():
    """Codebook AGREE: "agree to, offer, promise"; aid actually sent stays AID."""
    assert main_event(events("Japan pledged 50 million dollars in aid to Ukraine.")).type == "AGREE"
    assert main_event(events("Japan sent aid to Ukraine.")).type == "AID"


def test_the_city_where_an_accord_was_signed_is_no_target():
    event = main_event(events("Rubio and Villavicencio signed the accord at the Casa de Nariño in Bogotá."))
    assert event.type == "SUPPORT" and all(a.name != "Bogotá" for a in event.target)
