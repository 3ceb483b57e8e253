"""Sides from the sentence structure on wire news (stop 26, TimeBank dev audit classes S1/S2): adverbial passives
and contact relative clauses borrow no doer, "with whom" stands for its noun, invaded lands named as modifiers,
places of holding, occasions and topics that are no side, and a party invited by two governments. Sentences
written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import countries, event_at, names


def test_passive_after_since_borrows_no_doer():
    event = event_at("Kurdish rebels have attacked two towns since the HDP was expelled from the talks in May.",
                     "SANCTION", "expelled")
    assert not any("rebels" in n for n in names(event.source))


def test_passive_after_after_borrows_no_doer():
    event = event_at("The Danish envoy returned to Tehran, a month after the Danish embassy was attacked.", "ASSAULT", "attacked")
    assert "DNK" not in countries(event.source)


def test_passive_under_until_may_keep_the_main_doer():  # counter-example: not a prior act
    from detente.analyze.events.clause_sides import borrows_no_doer
    from detente.analyze.nlp import load_pipeline

    doc = load_pipeline("en")("Police chased the two men until they were arrested near the station.")
    verb = next(t for t in doc if t.text == "arrested")
    assert not borrows_no_doer(verb)


def test_contact_relative_noun_is_the_one_acted_on():
    event = event_at("Gunmen released a Turkish engineer they kidnapped last month.", "ASSAULT", "kidnapped")
    assert "TUR" not in countries(event.source)
    assert "TUR" in countries(event.target)


def test_relative_with_who_keeps_its_noun_as_doer():  # counter-example: "who" is the subject
    event = event_at("Turkish soldiers who attacked the village withdrew.", "ASSAULT", "attacked")
    assert "TUR" in countries(event.source)


def test_with_whom_is_the_modified_noun():
    event = event_at("The envoy carried a letter from President Erdogan, with whom the Greek prime minister met Sunday.",
                     "CONSULT", "met")
    assert "TUR" in countries(event.target)


def test_country_compounded_on_invasion_is_invaded():
    event = event_at("Oil prices rose sharply after the Ukraine invasion.", "ASSAULT", "invasion")
    assert "UKR" in countries(event.target) and "UKR" not in countries(event.source)


def test_abbreviation_on_invasion_stays_the_doer():  # counter-example
    event = event_at("The U.S. invasion of Grenada was condemned.", "ASSAULT", "invasion")
    assert "USA" in countries(event.source) and "GRD" in countries(event.target)


def test_place_of_holding_is_no_target():
    event = event_at("Kenya released opposition leader Raila Odinga from prison on Friday.", "RETREAT", "released")
    assert not any("prison" in n.lower() for n in names(event.target))


def test_withdrawal_from_a_country_keeps_it():  # counter-example
    event = event_at("Syria withdrew its troops from Lebanon.", "RETREAT", "withdrew")
    assert "LBN" in countries(event.target)


def test_occasion_of_an_attack_is_no_target():
    event = event_at("The assassination of the mayor at a Nairobi peace rally shocked Kenya.", "ASSAULT", "assassination")
    assert not any("Nairobi" in n for n in names(event.target))


def test_topic_of_a_discussion_is_no_partner():
    event = event_at("Chancellor Scholz discussed the Syria crisis with French President Emmanuel Macron.", "CONSULT", "discussed")
    assert countries(event.target) == {"FRA"}


def test_person_with_a_country_adjective_is_the_partner():  # counter-example
    event = event_at("The Japanese prime minister telephoned his South Korean counterpart on Tuesday.", "CONSULT", "telephoned")
    assert "KOR" in countries(event.target)


def test_party_invited_by_two_governments_is_the_target():
    event = event_at("The British and Irish governments invited Sinn Fein to rejoin the talks.", "AGREE", "invited")
    assert any("Sinn" in n for n in names(event.target))


def test_own_fleet_of_two_parties_is_still_no_target():  # counter-example
    event = event_at("Russia and Ukraine agreed to divide the Black Sea fleet.", "AGREE", "agreed")
    assert countries(event.source) | countries(event.target) == {"RUS", "UKR"}


def test_allies_of_a_country_are_not_that_country():
    from tests.analyze.event_helpers import coded_en

    for event in coded_en("Israel's allies criticized the new settlement plan."):
        assert "ISR" not in countries(event.source)


def test_allies_named_in_a_list_still_act():  # counter-example: the listed members are named
    event = event_at("Kyiv's allies, including France's Emmanuel Macron, condemned the strike.", "ACCUSE", "condemned")
    assert "FRA" in countries(event.source)
