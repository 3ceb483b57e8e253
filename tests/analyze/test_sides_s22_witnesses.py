"""Speakers and witnesses are not the doers of the harm they tell (witnessed_acts.py), and an infinitival relative on
a predicate noun is done by the one the noun describes (predicate_nouns.py); stop 22. Sentences written for these
tests."""
from __future__ import annotations

from tests.analyze.event_helpers import at_trigger as _of, coded_en, names


def test_parenthetical_speaker_is_not_the_doer_of_the_harm_after_it():
    text = "Police fired tear gas at the crowd, the official said, injuring five people."
    (event,) = _of(text, "ASSAULT", "injuring")
    assert names(event.source) == {"Police"}


def test_speaker_of_an_actorless_clause_injures_no_one():
    text = "Two shells landed near a school in the border town, the aid agency said, injuring at least ten people."
    assert all("agency" not in " ".join(names(e.source)) for e in _of(text, "ASSAULT", "injuring"))


def test_witness_who_heard_explosions_wounded_no_one():
    text = "A shopkeeper says he heard several explosions and that some people were wounded."
    assert all("shopkeeper" not in " ".join(names(e.source)) for e in _of(text, "ASSAULT", "wounded"))


def test_recording_ministry_wounded_no_one():
    text = "The health ministry said on Friday that it had recorded 300 deaths in the fighting and more than 900 wounded."
    assert all("ministry" not in " ".join(names(e.source)) for e in _of(text, "ASSAULT", "wounded"))


def test_doer_clause_joined_to_a_speech_keeps_its_own_subject():  # neighbour: not every advcl is a witness's
    text = "The army said it had stormed the camp, killing five rebels."
    events = [e for e in coded_en(text) if e.type == "ASSAULT"]
    assert events and all("army" in " ".join(names(e.source)) for e in events)


def test_latest_state_to_expel_is_the_copula_subject():
    (event,) = _of("Poland is the latest state to expel Russian diplomats.", "SANCTION", "expel")
    assert names(event.source) == {"Poland"}


def test_first_country_to_recognize_is_the_copula_subject():
    (event,) = _of("Chile was the first country to recognize the new government.", "SUPPORT", "recognize")
    assert names(event.source) == {"Chile"}


def test_step_to_expel_names_no_doer():  # neighbour: a predicate noun of a thing describes no actor
    for event in _of("The decision was the first step to expel the diplomats.", "SANCTION", "expel"):
        assert not event.source
