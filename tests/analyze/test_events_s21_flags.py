"""Stop-21 event flags and dating on sentences written for these tests (published 2024-05-01 English,
2026-02-04 Spanish). Historical (P) follows one convention (dating.py): a dated act is historical when its date's
last day lies in an earlier calendar year than publication and more than 30 days before it (issue 4's 2026
article recalling 2025 sanctions); "since" dates an ongoing state; a present-tense verb is now;
durations, "earlier" and a bare past perfect are no background cue. Open-question and condition clauses
("whether", "once", "unless", "a menos que" + subjunctive) and infinitives under may/might/could are
hypothetical; "lie ahead" is future. Spanish: "quemar el embrague" and "investigar el paradero" are no events."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en, coded_es, types_es


def _only(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.negated, e.hypothetical, e.future, e.historical, e.date) for e in events]
    return found[0]


@pytest.mark.parametrize("text", [
    "Last month, the Chilean government criticized Peru over the fishing dispute.",
    "In February, the Chilean government criticized Peru over the fishing dispute.",
    "Earlier this year, the Chilean government criticized Peru over the fishing dispute.",
    "On April 2, the Chilean government criticized Peru over the fishing dispute.",
])
def test_an_act_of_the_months_before_publication_is_not_historical(text):
    assert not _only(coded_en(text), "ACCUSE").historical


@pytest.mark.parametrize("text", [
    "In 2011, the Chilean government criticized Peru over the fishing dispute.",
    "In the 1990s, the Chilean government criticized Peru over the fishing dispute.",
    "In April 2022, the Chilean government criticized Peru over the fishing dispute.",
    "Last year, the Chilean government criticized Peru over the fishing dispute.",
    "On Oct. 7, the Chilean government criticized Peru over the fishing dispute.",
])
def test_an_act_of_an_earlier_year_is_historical(text):
    assert _only(coded_en(text), "ACCUSE").historical


def test_before_a_recent_date_reaches_back_to_its_first_day():
    text = "Before becoming a judge last year, the senator frequently criticized the Mexican government."
    assert _only(coded_en(text), "ACCUSE").historical
    assert not _only(coded_en("In April, the senator frequently criticized the Mexican government."), "ACCUSE").historical


def test_since_dates_an_ongoing_state_not_history():
    event = _only(coded_en("Polish farmers have been blocking the border crossings with Ukraine since March 2022."), "PROTEST")
    assert not event.historical


def test_a_present_tense_act_is_now_whatever_other_date_the_sentence_holds():
    events = coded_en("The US government, which in 2012 accused the activist, is seeking his extradition.")
    assert not _only(events, "REQUEST").historical
    assert _only(coded_en("In 2012, the US government accused the activist of espionage."), "ACCUSE").historical


def test_months_of_fighting_lie_ahead_is_future_not_history():
    [event] = coded_en("The Israeli army has said that months of fighting lie ahead in southern Lebanon.")
    assert event.future and not event.historical


def test_a_bare_past_perfect_is_not_history():
    assert not _only(coded_en("Moscow had vowed to strike back at Ukraine."), "THREATEN").historical


def test_whether_clause_is_hypothetical_not_future():
    event = _only(coded_en("Whether the Venezuelan government will agree to the new oil deal remains unclear."), "AGREE")
    assert event.hypothetical and not event.future


def test_once_clause_with_a_present_perfect_is_hypothetical():
    event = _only(coded_en("The envoys will start work once their appointments have been ratified by the U.S. Senate."),
                  "SUPPORT")
    assert event.hypothetical
    done = _only(coded_en("The envoys started work once their appointments were ratified by the U.S. Senate."), "SUPPORT")
    assert not done.hypothetical


def test_an_infinitive_under_may_is_hypothetical():
    event = _only(coded_en("It may take years for the Venezuelan government to agree to a new oil deal."), "AGREE")
    assert event.hypothetical
    assert not _only(coded_en("The Venezuelan government agreed to a new oil deal."), "AGREE").hypothetical


def test_spanish_condition_with_subjunctive_is_hypothetical():
    events = coded_es("El Congreso peruano aprobará la ley cuando el gobierno negocie con los camioneros.")
    assert _only(events, "CONSULT").hypothetical


@pytest.mark.parametrize("text", [
    "El piloto mexicano quemó el embrague cuando iba quinto en la carrera.",
    "El Ejército sigue investigando el paradero de varios campesinos.",
])
def test_spanish_burnt_clutch_and_sought_whereabouts_are_no_events(text):
    assert types_es(text) == []


def test_spanish_burning_a_building_and_investigating_a_person_stay_events():
    assert "ASSAULT" in types_es("Los paramilitares quemaron la alcaldía del pueblo.")
    assert "ACCUSE" in types_es("La Fiscalía investiga al alcalde de Lima por corrupción.")


def test_an_act_on_an_if_condition_is_hypothetical_but_not_under_even_if():
    events = coded_en("The Peruvian government negotiates with the miners only if they end the blockade.")
    assert _only(events, "CONSULT").hypothetical
    events = coded_en("The Peruvian government negotiated with the miners even if they kept the blockade.")
    assert not _only(events, "CONSULT").hypothetical


def test_an_inverted_had_clause_is_contrary_to_fact():
    events = coded_en("Had nine more senators voted to convict the president, he would be ineligible.")
    assert _only(events, "SANCTION").hypothetical


def test_a_later_date_is_not_the_date_of_a_done_act():
    done = _only(coded_en("The Chilean government asked Peru for answers no later than May 10."), "REQUEST")
    assert not done.future and done.date == "2024-05-01"
    coming = _only(coded_en("The Chilean government will ask Peru for answers on May 10."), "REQUEST")
    assert coming.future and coming.date == "2024-05-10"
