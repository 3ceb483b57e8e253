"""Sides of real-news events (stop 24, second round): an arrest or a court's act told without its doer, in a sentence
that names no place, is the act of the authorities of the country the sentences just before tell the case in; a bare
"the country" subject is the state named just before it. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries, event_at


def test_an_arrest_after_a_sentence_naming_the_prison_is_that_countrys():
    text = ("The blogger Ahmed Salem died at a military prison in Cairo in March. "
            "The death, a week after Salem was arrested, has drawn wide criticism.")
    event = event_at(text, "COERCE", "arrested")
    assert countries(event.source) == {"EGY"}


def test_a_conviction_after_the_prosecutors_charged_is_their_countrys():
    text = ("Prosecutors in Lagos charged the businessman Musa Bello with fraud in 2019. "
            "Bello was convicted and is serving a ten-year prison term.")
    event = event_at(text, "SANCTION", "convicted")
    assert countries(event.source) == {"NGA"}


def test_an_arrest_after_two_countries_takes_neither():  # neighbour: the case's country must be one
    text = ("The reporter Jan Novak flew from a conference in Berlin to a hotel in Madrid. "
            "A day later Novak was arrested.")
    event = event_at(text, "COERCE", "arrested")
    assert not event.source


def test_an_eviction_is_not_carried_to_the_embassys_city():  # neighbour: an eviction is often another state's
    text = ("The activist Luis Mora had lived at the Bolivian embassy in Paris since 2015. "
            "Mora was evicted in April.")
    assert all("FRA" not in countries(e.source) for e in coded_en(text) if e.type == "COERCE")


def test_the_country_as_subject_is_the_state_named_before_it():
    text = "According to the Moroccan government, the country had admitted more than 20,000 Malian refugees."
    event = event_at(text, "AID", "admitted")
    assert countries(event.source) == {"MAR"}


def test_the_country_continues_the_previous_sentences_state():
    text = "Serbia hosts thousands of migrants. The country has accused Hungary of pushing them back."
    event = event_at(text, "ACCUSE", "accused")
    assert countries(event.source) == {"SRB"}


def test_the_country_after_two_states_is_no_one():  # neighbour: the antecedent must be one state
    text = "Croatia and Serbia met on Monday. The country has accused Hungary of pushing migrants back."
    event = event_at(text, "ACCUSE", "accused")
    assert not event.source
