"""Stop 18 (events-en4): a motive "in protest" hung on the recalled envoy, high commissioners recalled like
ambassadors, relief goods carried by military planes, and domestic dyads merged only for the same actors.
Sentences and events written for these tests."""
from __future__ import annotations

from detente.analyze.events.merge import merge_events, same_act
from detente.model import ActorRef, Event, Evidence, Span

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events(text))


def test_in_protest_on_the_recalled_envoy_is_the_motive_of_the_recall():
    found = events("Peru recalled its ambassador from Bolivia in protest.")
    assert [e.type for e in found] == ["SANCTION"], [(e.type, [a.name for a in e.source]) for e in found]
    assert countries(found[0].source) == {"PER"} and countries(found[0].target) == {"BOL"}


def test_a_walkout_in_protest_still_codes_the_protest_when_nothing_else_is_coded():
    assert "PROTEST" in _types("Hundreds of nurses marched in protest outside the hospital in Nairobi.")


def test_a_recalled_high_commissioner_is_a_recalled_envoy():
    found = [e for e in events("Canada recalled its high commissioner from Ghana on Monday.") if e.type == "SANCTION"]
    assert len(found) == 1 and found[0].mode == "withdraw"
    assert countries(found[0].source) == {"CAN"} and countries(found[0].target) == {"GHA"}


def test_military_planes_carrying_relief_goods_are_aid():
    found = events("India sent three air force planes with tents and medicine to Nepal.")
    assert [e.type for e in found] == ["AID"], [(e.type, e.mode) for e in found]


def test_military_planes_sent_with_no_relief_are_still_a_deployment():
    assert _types("India sent three air force planes with missiles to the border.") == ["MOBILIZE"]


MAYOR = ActorRef("A1", "Mayor of Seville", "ESP", "GOV")
COUNCIL = ActorRef("A2", "Seville City Council", "ESP", "GOV")
REGION = ActorRef("A3", "Juanma Moreno", "ESP", "GOV")
ADMINISTRATIONS = ActorRef("A4", "administrations", "ESP", "GOV")
TRUMP = ActorRef("A5", "Donald Trump", "USA", "GOV")
WHITE_HOUSE = ActorRef("A6", "White House", "USA", "GOV")
PETRO = ActorRef("A7", "Gustavo Petro", "COL", "GOV")


def _event(kind: str, source: list, target: list, start: int) -> Event:
    evidence = Evidence(sentence=f"sentence at {start}", start=start, end=start + 50, trigger=Span(start + 5, start + 10))
    return Event(type=kind, mode=None, contexts=[], source=source, target=target, date="2026-02-04", date_text=None,
                 date_precision=None, location=None, negated=False, hypothetical=False, future=False, historical=False,
                 score=1.0, confidence=0.6, evidence=evidence)


def test_two_domestic_acts_of_different_bodies_of_one_country_and_sector_stay_apart():
    thanks_council = _event("SUPPORT", [MAYOR], [COUNCIL], 0)
    thanks_administrations = _event("SUPPORT", [REGION], [ADMINISTRATIONS], 100)
    assert not same_act(thanks_council, thanks_administrations)
    assert len(merge_events([thanks_council, thanks_administrations])) == 2


def test_a_domestic_act_named_again_by_the_same_actors_merges():
    again = _event("SUPPORT", [ActorRef("A9", "Mayor of Seville", "ESP", "GOV")], [COUNCIL], 100)
    assert len(merge_events([_event("SUPPORT", [MAYOR], [COUNCIL], 0), again])) == 1


def test_an_international_dyad_still_merges_an_office_with_its_leader():
    assert len(merge_events([_event("CONSULT", [TRUMP], [PETRO], 0), _event("CONSULT", [WHITE_HOUSE], [PETRO], 100)])) == 1


def test_a_domestic_act_named_again_with_a_shorter_name_of_the_same_body_merges():
    court = ActorRef("A10", "High Court", "ESP", "JUD")
    full_court = ActorRef("A11", "Spanish High Court", "ESP", "JUD")
    assert len(merge_events([_event("REJECT", [court], [REGION], 0), _event("REJECT", [full_court], [REGION], 100)])) == 1


def test_a_participle_telling_what_an_attack_did_is_the_same_attack():
    found = [e for e in events("Syria has shelled a school in Idlib, killing dozens of children.") if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].mode == "heavy-weapons"


def test_a_killing_before_an_attack_is_another_act():
    found = [e for e in events("Israel bombed Gaza after killing three soldiers.") if e.type == "ASSAULT"]
    assert len(found) == 2
