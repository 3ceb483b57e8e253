"""A doerless attack that recalls the article's earlier attack takes its doer (recalled_attacks.py, stop 22): "the
attack", a passive harm, a weapon as subject. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries


def _assaults(text: str, trigger: str):
    found = []
    for event in coded_en(text):
        ev = event.evidence
        if event.type == "ASSAULT" and ev.sentence[ev.trigger.start - ev.start : ev.trigger.end - ev.start] == trigger:
            found.append(event)
    assert found, [(e.type, countries(e.source), countries(e.target)) for e in coded_en(text)]
    return found[0]


def test_wounded_in_the_attack_takes_the_attacker_just_named():
    text = "Russian forces struck Kyiv with drones overnight. Five people were injured in the attack."
    assert countries(_assaults(text, "injured").source) == {"RUS"}


def test_civil_war_army_shelling_its_own_town_is_carried():
    text = "Sudanese troops shelled the town of Kadugli on Friday. Officials said the homes of three families were hit during the shelling."
    assert countries(_assaults(text, "hit").source) == {"SDN"}


def test_victims_of_the_attackers_own_country_are_not_its_victims():
    text = "Israeli jets struck the Gaza Strip on Monday, killing 20 Palestinians. Nine Israeli soldiers were killed in fighting in the north."
    assert not _assaults(text, "killed").source


def test_two_attackers_leave_a_countryless_recall_undecided():
    text = ("Indian jets struck Pakistani army posts on Tuesday. Pakistani guns shelled Indian border villages. "
            "The officer said 30 people had been killed in the strikes.")
    assert not _assaults(text, "killed").source


def test_a_jet_shot_down_is_not_the_attack_recalled():
    text = "Russian jets bombed Kharkiv overnight. Ukrainian gunners shot down a Russian jet. Six people were killed in the attack."
    assert countries(_assaults(text, "killed").source) == {"RUS"}


def test_no_recall_without_an_earlier_attack_by_a_state():
    text = "The candidate attacked his rival on Monday. Five people were injured in the attack."
    assert not _assaults(text, "injured").source
