"""Stop 25 actor data: US party committees, congressional caucuses and US governors, mayors and party chairs of
2015-2016 political news were left without a country (the audit counts a missing country wrong for officials and
bodies). Counter-examples: a same-surname stranger and an auction house stay apart."""
from __future__ import annotations

import pytest

from tests.analyze.test_actors import analyse, find

US_POLITICS = [
    ("en", "The DNC rejected the request, and the Congressional Progressive Caucus objected to the rules."),
    ("en", "Rahm Emanuel refused to resign. The retired neurosurgeon Ben Carson endorsed the front-runner."),
    ("en", "John Kasich criticized the RNC over the debate schedule."),
]


@pytest.fixture(scope="module")
def us_politics():
    return analyse(US_POLITICS, published="2016-03-12")


@pytest.mark.parametrize("text,country,sector", [
    ("The DNC", "USA", "PTY"),
    ("the Congressional Progressive Caucus", "USA", "LEG"),
    ("the RNC", "USA", "PTY"),
])
def test_us_party_bodies_have_a_country(us_politics, text, country, sector) -> None:
    actor = find(us_politics, text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["Rahm Emanuel", "Ben Carson", "John Kasich"])
def test_us_politicians_of_2016_have_a_country(us_politics, text) -> None:
    assert find(us_politics, text).country == "USA"


def test_an_auction_house_is_not_the_governor() -> None:
    analysis = analyse([("en", "Christie's sold the painting in London on Tuesday.")], published="2016-03-12")
    actor = analysis.actor_at(0, len("Christie's"))
    assert actor is None or actor.name != "Chris Christie"


# Class 2: a hyphenated country pair on the act noun names both parties ("Israeli-Palestinian talks").
def _events(text: str):
    from detente.model import RawDocument
    from detente.process import process

    return process(RawDocument(source="s25", content=text.encode(), kind="text")).events


def _sides(event) -> tuple[set, set]:
    return {a.country for a in event.source}, {a.country for a in event.target}


def test_a_pair_on_talks_gives_both_parties() -> None:
    events = [e for e in _events("Israeli-Palestinian talks resumed in Cairo on Monday.") if e.type == "CONSULT"]
    assert events and _sides(events[0]) == ({"ISR"}, {"PSE"})


def test_a_pair_on_joint_operations_gives_both_parties() -> None:
    text = "Joint Jordanian-U.S. operations against the militants continued in the north."
    events = [e for e in _events(text) if e.type == "COOPERATE"]
    assert events and _sides(events[0]) == ({"JOR"}, {"USA"})


def test_a_pair_describing_a_person_adds_no_party() -> None:
    events = [e for e in _events("A Cuban-American lawmaker met Cuban officials in Havana.") if e.type == "CONSULT"]
    assert events and _sides(events[0]) == ({"USA"}, {"CUB"})


# Class 5: "an anti-Trump protest" is against Trump, not the place's implied authorities.
def test_an_anti_person_protest_targets_the_person() -> None:
    text = "Donald Trump spoke in Chicago on Friday. Hundreds of students joined an anti-Trump protest in Chicago."
    events = [e for e in _events(text) if e.type == "PROTEST"]
    assert events and [a.name for a in events[0].target] == ["Donald Trump"]


def test_an_anti_government_protest_keeps_the_authorities() -> None:
    events = [e for e in _events("Thousands joined an anti-government protest in Tbilisi on Sunday.")
              if e.type == "PROTEST"]
    assert events and all(a.name != "Donald Trump" for a in events[0].target)


# Class 3: "the country's oldest rights group" is the named state's; "joint patrols" are no police actor.
def test_the_countrys_group_takes_the_state_just_named() -> None:
    text = "Egyptian police arrested the director of the country's oldest rights group on Monday."
    events = [e for e in _events(text) if e.type == "COERCE"]
    assert events and _sides(events[0])[1] == {"EGY"}


def test_a_group_without_the_countrys_stays_countryless() -> None:
    events = [e for e in _events("Egyptian police arrested the director of an international rights group on Monday.")
              if e.type == "COERCE"]
    assert events and "EGY" not in _sides(events[0])[1]


def test_joint_patrols_are_no_police_actor() -> None:
    events = [e for e in _events("Turkish and Russian forces began joint patrols in northern Syria on Friday.")]
    assert events and all(a.sector != "COP" for e in events for a in e.source + e.target)


def test_a_police_patrol_is_still_an_actor() -> None:
    events = [e for e in _events("A police patrol arrested two men in Lagos on Monday.") if e.type == "COERCE"]
    assert events and [a.sector for a in events[0].source] == ["COP"]


# Class 1: the US party-state tag ("R-N.H.", "(D-Calif.)") makes a titled or untitled name a US politician.
def test_a_party_state_tag_gives_the_united_states() -> None:
    analysis = analyse([("en", "Sen. Kelly Ayotte, R-N.H., criticized Rep. Tom Reed (R-NY) on Tuesday.")],
                       published="2016-03-12")
    assert find(analysis, "Sen. Kelly Ayotte").country == "USA"
    assert find(analysis, "Rep. Tom Reed").country == "USA"


def test_a_hyphenated_word_that_is_no_state_gives_nothing() -> None:
    analysis = analyse([("en", "Sen. Kelly Ayotte, R-Day veteran, criticized the plan on Tuesday.")],
                       published="2016-03-12")
    assert find(analysis, "Sen. Kelly Ayotte").country is None
