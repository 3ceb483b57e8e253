"""Wire-service wordings (session 11): coordinated origins, the tightest of equal cues, deliveries halted, reserves
called up, house arrest and closed papers, a possessor's decision, threat targets in an infinitive, extradition
recipients, agentless court acts and expulsions, refuge sought in a country, aid received, forces sent abroad to
back a government, and the last-resort link of an actorless event word to a state governing it. Sentences written
for these tests."""
from __future__ import annotations

from detente.analyze.events.implied_sides import AUTHORITIES
from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


def test_coordinated_nationality_adjectives_are_all_parties():
    event = main("Indian and Pakistani foreign secretaries met on the sidelines of a regional summit in Colombo.")
    assert event.type == "CONSULT"
    assert countries(event.source) | countries(event.target) == {"IND", "PAK"}
    assert countries(event.source) == {"IND"}  # in text order: the first named is the source


def test_coordinated_origins_of_a_target_are_all_hit():
    event = main("Iraqi anti-aircraft batteries fired on U.S. and British warplanes patrolling the no-fly zone.")
    assert event.type == "ASSAULT" and {"USA", "GBR"} <= countries(event.target)


def test_of_equal_cues_the_tightest_phrase_wins():
    event = main("Pakistani forces opened fire on Indian border posts in the Kargil sector overnight.")
    assert (event.type, event.mode) == ("ASSAULT", "firearms") and countries(event.target) == {"IND"}


def test_halting_deliveries_to_a_state_is_a_sanction():
    event = main("Russia halted natural gas supplies to Ukraine on Sunday in a dispute over unpaid debts.")
    assert event.type == "SANCTION" and countries(event.source) == {"RUS"} and countries(event.target) == {"UKR"}


def test_resuming_trade_is_cooperation():
    event = main("Russia and China resumed cross-border trade through the port of Heihe on Monday.")
    assert event.type == "COOPERATE"


def test_calling_up_reserve_soldiers_is_a_mobilization():
    event = main("Israel called up several thousand reserve soldiers on Friday as tension mounted on its border.")
    assert event.type == "MOBILIZE" and countries(event.source) == {"ISR"}


def test_house_arrest_and_closing_a_daily_are_coercion():
    arrest = main("Burma's military government placed opposition leader Aung San Suu Kyi under house arrest again.")
    assert (arrest.type, arrest.mode) == ("COERCE", "arrest") and countries(arrest.source) == {"MMR"}
    closure = main("Iran's judiciary closed a leading reformist daily on Saturday, the latest in a series of closures.")
    assert (closure.type, closure.mode) == ("COERCE", "censor")


def test_writing_off_debt_is_aid():
    event = main("Japan wrote off a large part of Bangladesh's foreign debt on Friday.")
    assert event.type == "AID" and countries(event.target) == {"BGD"}


def test_a_possessors_decision_to_act_makes_it_the_doer():
    event = main("France's decision to suspend military cooperation with New Zealand was announced on Wednesday.")
    assert event.type == "SANCTION" and countries(event.source) == {"FRA"} and countries(event.target) == {"NZL"}


def test_a_threats_target_is_read_in_its_infinitive_even_when_parsed_as_a_purpose():
    event = main("Iraq threatened on Sunday to shoot down U.S. planes patrolling the no-fly zone over the south.")
    assert event.type == "THREATEN" and countries(event.target) == {"USA"}


def test_the_recipient_of_an_extradition_is_the_state_it_is_sent_to():
    event = main("Mexico extradited a suspected drug lord to the United States on Friday.")
    assert event.type == "COOPERATE" and countries(event.target) == {"USA"}


def test_an_agentless_sentence_in_a_country_is_passed_by_its_authorities():
    event = main("A French journalist was sentenced to ten years in prison in Iran on Tuesday.")
    assert (event.type, event.mode) == ("SANCTION", "convict") and countries(event.source) == {"IRN"}


def test_being_blamed_implies_no_authorities():
    event = main("Russian troops were blamed for the massacre of 40 civilians in Chechnya.")
    assert all(a.name != AUTHORITIES for a in event.source)


def test_those_expelled_from_a_country_were_expelled_by_it():
    event = main("Two British aid workers were expelled from Sudan on Friday.")
    assert event.type == "SANCTION" and countries(event.source) == {"SDN"} and countries(event.target) == {"GBR"}


def test_refuge_is_sought_from_the_country_it_is_sought_in():
    event = main("Some 800,000 Iraqi Kurds sought refuge in Germany last month.")
    assert event.type == "REQUEST" and countries(event.source) == {"IRQ"} and countries(event.target) == {"DEU"}


def test_aid_received_is_given_by_its_from_phrase_to_the_receiver():
    event = main("Cuba has received large amounts of military aid from Venezuela.")
    assert event.type == "AID" and countries(event.target) == {"CUB"} and "CUB" not in countries(event.source)


def test_forces_sent_abroad_to_back_a_government_are_military_aid():
    event = main("France sent 150 paratroopers to Chad on Friday to reinforce government troops.")
    assert event.type == "AID" and countries(event.source) == {"FRA"} and countries(event.target) == {"TCD"}
    own = main("India sent troops to its border on Friday to reinforce its positions.")
    assert own.type == "MOBILIZE"


def test_an_actorless_event_word_takes_the_state_governing_it_when_the_sentence_codes_nothing_else():
    event = main("Iran went ahead with naval exercises in the Gulf on Sunday.")
    assert event.type == "MOBILIZE" and countries(event.source) == {"IRN"}
    assert event.confidence <= 0.5  # a last-resort reading


def test_the_last_resort_link_takes_no_speaker_and_no_victim():
    assert not any(countries(e.source) == {"ISR"} and e.type == "ASSAULT"
                   for e in events("Israel's military said 2,500 rockets were fired."))
    assert not any("TUR" in countries(e.source) for e in events("Two Turkish soldiers died in an ambush near the Iraqi border."))
    assert not any(e.type == "AID" and "PHL" in countries(e.source)
                   for e in events("The Philippines is counting on more economic aid this year."))
