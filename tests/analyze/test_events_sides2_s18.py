"""Who did what to whom (session 18, second sides pass): the posting an own envoy or force is withdrawn from, the
recipient of aid the sender's own ships carry, an agreement named after the city it was made in, a Spanish gerund
the parser hangs on a noun. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en, coded_es, countries


def of_type(events, event_type: str):
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    return found[0]


@pytest.mark.parametrize("text, source, target", [
    # the doer's own envoy or troops are what it withdraws; the posting they leave is the target (the country
    # itself, read off the from-phrase, whatever country the actor layer gives the envoy)
    ("Chile recalled its ambassador from Peru after the incident.", "CHL", "PER"),
    ("Chile recalled its ambassador, Juan Perez, from Peru.", "CHL", "PER"),
    ("Chile pulled its diplomats out of Peru.", "CHL", "PER"),
    ("Canada recalled its envoy from New Delhi on Friday.", "CAN", "IND"),
    ("Turkey withdrew its troops from northern Iraq.", "TUR", "IRQ"),
    ("Uruguay retiró a su embajador de Paraguay.", "URY", "PRY"),
    ("Ecuador llamó a consultas a su embajador en Colombia.", "ECU", "COL"),
])
def test_own_envoy_withdrawn_from_a_posting(text, source, target):
    coded = coded_es(text) if " su " in text else coded_en(text)
    event = next(e for e in coded if e.type in {"SANCTION", "RETREAT"})
    assert countries(event.source) == {source}
    assert countries(event.target) == {target}
    assert all(a.sector is None for a in event.target), [a.name for a in event.target]  # not the envoy


def test_aid_carried_by_the_senders_own_ships_goes_to_the_destination():
    event = of_type(coded_en("Japan sent three navy ships with emergency supplies to the Philippines."), "AID")
    assert countries(event.source) == {"JPN"}
    assert countries(event.target) == {"PHL"}


def test_aid_to_the_senders_own_people_stays_with_them():
    # no destination abroad: the sender's own forces stay the target read (nothing is invented)
    event = of_type(coded_en("Japan sent three navy ships with emergency supplies."), "AID")
    assert "PHL" not in countries(event.target)


@pytest.mark.parametrize("text", [
    "Brazil pulled out of the Paris climate accord.",
    "Australia withdrew from the Kyoto protocol last year.",
])
def test_city_an_agreement_is_named_after_is_no_party(text):
    event = of_type(coded_en(text), "SANCTION")
    assert not (countries(event.target) & {"FRA", "JPN"})


def test_country_an_agreement_is_named_after_is_a_party():
    event = of_type(coded_en("Brazil pulled out of the Iran nuclear deal."), "SANCTION")
    assert countries(event.target) == {"IRN"}


def test_spanish_gerund_hung_on_a_noun_is_said_of_the_clause_subject():
    # the small parser reads "el fundo" as a verb and hangs the gerund on it, its name as that verb's subject
    event = of_type(coded_es("Los soldados rodearon el fundo Santa Rosa golpeando a los trabajadores."), "ASSAULT")
    assert [a.name for a in event.source] == ["soldados"]
    assert [a.name for a in event.target] == ["trabajadores"]


@pytest.mark.parametrize("text", [
    "Miles de estudiantes desfilaron en Roma contra la reforma educativa.",
    "Los docentes se manifestaron en el campus de la Universidad de Lima contra los recortes.",
])
def test_spanish_protest_place_is_its_location_not_its_target(text):
    event = of_type(coded_es(text), "PROTEST")
    assert not event.target, [a.name for a in event.target]


def test_spanish_protest_directed_at_an_institution_keeps_it():
    event = of_type(coded_es("Los mineros marcharon hacia el Congreso en La Paz."), "PROTEST")
    assert countries(event.target) == {"BOL"}
