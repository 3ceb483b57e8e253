"""Recipients named in shapes the argument readers missed (stop 23): an object "it" standing for a state named
before it, an object shared by coordinated verbs, the to-phrase hung on the verb of a message noun, the foe of a fight that goes on "until" it is beaten, and the
maker of a thing that is rejected in the passive. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries, event_at, names


def test_object_it_stands_for_the_state_named_before_it_not_the_doer():
    event = event_at("Kenya froze talks with Somalia after accusing it of backing the raid.", "ACCUSE", "accusing")
    assert countries(event.source) == {"KEN"} and countries(event.target) == {"SOM"}


def test_verb_with_no_object_shares_the_object_of_its_coordinated_verb():
    event = event_at("Ukraine said its forces shot down or jammed 20 Russian drones overnight.", "ASSAULT", "shot")
    assert countries(event.target) == {"RUS"}


def test_fight_that_goes_on_until_someone_is_beaten_is_aimed_at_them():
    event = event_at("Russia has vowed to continue the war until the Kyiv government is removed from power.", "THREATEN", "vowed")
    assert countries(event.target) == {"UKR"}


def test_fight_until_people_are_freed_is_not_aimed_at_them():  # neighbour guard
    text = "Russia has vowed to continue the war until the hostages are released."
    assert not any(a.sector == "CVL" for e in coded_en(text) for a in e.target)


def test_maker_of_a_thing_rejected_in_the_passive_is_the_target():
    event = event_at("The budget offer by Republicans was rejected by Democrats on Friday.", "REJECT", "rejected")
    assert names(event.target) == {"Republican Party"}


def test_to_phrase_hung_on_the_verb_addresses_its_message_object():
    text = "Coordinator Maria Santos reiterated their plea to Congress on an immediate probe of the blackouts in the province."
    assert [a.sector for a in event_at(text, "REQUEST", "plea").target] == ["LEG"]
