"""Disasters are not political events (events/hazards.py): sentences written for these tests, full analysis
(real actor layer) up to the events stage."""
from __future__ import annotations

import pytest

from detente.analyze.events.evaluation import code_text


def types(text: str) -> list[str]:
    return sorted(e.type for e in code_text(text, "2026-02-04", "en"))


@pytest.mark.parametrize("text", [
    "Typhoon Haiyan struck the Philippines on Friday.",  # a named hazard is no actor
    "A Russian plane crashed near Moscow, killing all 70 passengers.",  # harm from an accident
    "Nigerian authorities evacuated 2,000 residents after the floods.",  # relief, not a retreat
    "The Kenyan government declared a state of emergency after the floods.",  # not martial law
    "Soldiers were killed in a helicopter crash in Afghanistan.",  # armed victims of a mishap: no attacker
    "Two police officers were killed when a landslide hit their vehicle in Peru.",
    "Officials urged residents to stay indoors as the storm approached Florida.",  # safety advice, no demand
    "Indian authorities banned fishing as the cyclone neared the coast.",
    "The fire brigade evacuated the building after a gas leak in Paris.",
    "The ministry blamed the heavy rains for the collapse of the bridge in Italy.",  # a hazard is accused of nothing
    "Firefighters battled the blaze in Athens for six hours.",  # a fight against a hazard attacks no one
    "Authorities in Bangladesh ordered the evacuation of coastal villages as Cyclone Mocha approached.",
    "The mayor of Lagos called on residents to avoid flooded roads.",  # "flooded": the hazard as an adjective
    "The Nigerian prime minister ordered an inquiry into the collapse of the building.",  # no one is accused
])
def test_disaster_sentences_code_nothing(text):
    assert types(text) == []


def test_a_clause_with_its_own_subject_borrows_no_doer():
    # "the fire killed" has its own (non-actor) subject: the police of the main clause did not kill anyone
    assert types("Police arrested the owner of the factory after the fire killed 12 workers.") == ["COERCE"]


@pytest.mark.parametrize("text, expected", [
    ("Police opened fire on protesters in Nairobi, killing three.", "ASSAULT"),  # "fire" from a weapon
    ("Japan sent aid to Turkey after the earthquake.", "AID"),  # aid after a disaster is still aid
    ("Soldiers killed 12 villagers after the earthquake.", "ASSAULT"),  # armed doers still attack
    ("The Syrian government declared a state of emergency as protests spread.", "COERCE"),  # no disaster named
    ("The Chilean government asked for international help after the earthquake.", "REQUEST"),  # an appeal to others
    ("Police arrested the driver of the bus after the crash in Kenya.", "COERCE"),
    ("Rebels attacked a relief convoy carrying flood aid in Pakistan.", "ASSAULT"),
    ("The Nigerian army fought the rebels in the flooded valley.", "ASSAULT"),  # fighting people, not the flood
    ("The Kenyan prime minister ordered an inquiry into the killing of the protesters.", "ACCUSE"),  # not a request
])
def test_political_acts_near_hazard_words_stay(text, expected):
    assert expected in types(text)
