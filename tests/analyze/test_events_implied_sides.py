"""Recipients and doers (session 10): the sides the codebook's conventions imply when a sentence names none, targets
read through complements, borders and entries, decided versus threatened measures, and cue words that must belong
to their verb's phrase. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze import events as events_stage
from detente.analyze.context import Analysis
from detente.analyze.events.implied_sides import ATTACKERS, AUTHORITIES, POPULATION
from detente.analyze.pipeline import stages_before
from detente.model import Article
from tests.analyze.event_helpers import ENGLISH_PUBLISHED as PUBLISHED
from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


def test_a_protest_with_no_named_recipient_is_against_its_countrys_authorities():
    event = main("Kenyan teachers went on strike on Monday to demand higher pay.")
    assert event.type == "PROTEST" and countries(event.target) == {"KEN"}
    assert [a.name for a in event.target] == [AUTHORITIES]


def test_the_implied_recipient_is_the_articles_own_actor_for_that_state_when_there_is_one():
    article = Article.of_paragraphs([("The Kenyan government raised fuel prices on Friday.", "en"),
                                     ("Kenyan teachers went on strike on Monday.", "en")], PUBLISHED)
    analysis = Analysis(article=article)
    for stage in stages_before("events") + [events_stage.code]:
        stage(analysis)
    strike = next(e for e in analysis.events if e.type == "PROTEST")
    assert [(a.name, a.country) for a in strike.target] != [(AUTHORITIES, "KEN")]
    assert countries(strike.target) == {"KEN"}
    implied = [a for a in analysis.actors if a.name == AUTHORITIES]
    assert implied == []


def test_the_implied_actor_is_marked_inferred_and_has_no_mention():
    article = Article.of_sentence("Kenyan teachers went on strike on Monday.", "en", PUBLISHED, id="t")
    analysis = Analysis(article=article)
    for stage in stages_before("events") + [events_stage.code]:
        stage(analysis)
    implied = [a for a in analysis.actors if a.name == AUTHORITIES]
    assert len(implied) == 1 and implied[0].country_inferred and implied[0].mentions == []
    assert analysis.events[0].target[0].id == implied[0].id


def test_a_curfew_with_no_named_recipient_falls_on_the_places_people():
    event = main("Indonesian troops imposed a curfew in Dili on Tuesday.")
    assert event.type == "COERCE" and countries(event.target) == {"TLS"}


def test_a_measure_with_no_recipient_falls_on_the_other_country_the_sentence_names():
    # no event location is resolved; the one place abroad is where the blockade bites, not the blockader's people
    event = main("Israel's total blockade on aid entering Gaza passed 60 days.")
    assert event.type == "COERCE" and countries(event.source) == {"ISR"} and countries(event.target) == {"PSE"}


def test_a_negated_protest_gets_no_implied_recipient():
    assert all(not e.target or e.target[0].name != AUTHORITIES
               for e in events("Kenyan teachers did not go on strike on Monday."))


@pytest.mark.parametrize("text, country", [
    ("A roadside bomb killed three soldiers near Kandahar on Sunday.", "AFG"),
    ("A landmine wounded four Pakistani soldiers near Quetta on Friday.", "PAK"),
])
def test_a_local_bombing_with_no_named_doer_is_by_unidentified_attackers_of_the_place(text, country):
    event = main(text)
    assert event.type == "ASSAULT" and [(a.name, a.country) for a in event.source] == [(ATTACKERS, country)]


def test_an_air_strike_with_no_named_doer_gets_no_implied_attacker():
    # the doer of an air strike is often a foreign state: no attacker of the struck country is implied
    event = main("An air strike killed 20 people in Gaza on Monday.")
    assert event is None or all(a.name != ATTACKERS for a in event.source)


def test_an_arrest_with_no_named_doer_is_by_the_authorities_of_the_place():
    event = main("A French journalist was arrested in Iran on Monday.")
    assert event.type == "COERCE" and countries(event.source) == {"IRN"} and countries(event.target) == {"FRA"}


def test_land_taken_has_no_implied_recipient_among_the_takers_people():
    event = main("Iran occupied three islands claimed by the United Arab Emirates.")
    assert event.type == "COERCE" and "IRN" not in countries(event.target)
    assert all(a.name != POPULATION for a in event.target)


@pytest.mark.parametrize("text, event_type", [
    ("The United States announced it would suspend military aid to Egypt.", "SANCTION"),
    ("The European Union decided to impose sanctions on Belarus.", "SANCTION"),
    ("The European Union warned that it would impose sanctions on Belarus.", "THREATEN"),
    ("Britain said it would impose sanctions on Iran if the talks failed.", "THREATEN"),
])
def test_a_measure_announced_as_decided_is_the_sanction_a_warning_is_a_threat(text, event_type):
    event = main(text)
    assert event.type == event_type


def test_conjoined_announced_measures_are_read_alike():
    text = ("The United States announced it would prohibit all aid to the rebels in Macedonia and would deny entry "
            "to their leaders.")
    coded = [e for e in events(text) if e.type in {"SANCTION", "THREATEN"}]
    assert len(coded) == 2 and {e.type for e in coded} == {"SANCTION"} and all(e.future for e in coded)


@pytest.mark.parametrize("text, target", [
    ("Turkey warned that it would cut off water to Syria.", "SYR"),
    ("The European Union threatened that it would impose sanctions on Belarus.", "BLR"),
])
def test_a_threat_about_ones_own_act_is_aimed_at_that_acts_recipient(text, target):
    event = main(text)
    assert event.type == "THREATEN" and countries(event.target) == {target}


@pytest.mark.parametrize("text, target", [
    ("Iran sent thousands of troops to its border with Iraq.", "IRQ"),
    ("India put its troops on high alert along the border with Pakistan.", "PAK"),
])
def test_forces_moved_to_a_border_are_mobilized_against_the_neighbour(text, target):
    event = main(text)
    assert event.type == "MOBILIZE" and countries(event.target) == {target}


def test_letting_people_enter_a_place_is_access_to_it():
    event = main("Israel let aid trucks enter Gaza on Sunday.")
    assert (event.type, event.mode) == ("RETREAT", "access") and countries(event.target) == {"PSE"}


@pytest.mark.parametrize("text", [
    "The government moved to end the curfew confusion on Monday.",
    "Officials waived the requirement for most families.",
    "Congress ended the COVID-19 emergency.",
])
def test_no_concession_from_a_restriction_word_that_names_no_restriction_lifted_for_someone(text):
    assert all(e.type != "CONCEDE" for e in events(text))


def test_a_waived_requirement_for_a_foreign_recipient_is_a_concession():
    event = main("China waived the visa requirement for Thai tourists.")
    assert event.type == "CONCEDE" and countries(event.target) == {"THA"}


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Nigeria sent peacekeeping troops to Liberia.", "AID", "NGA", "LBR"),  # codebook AID: peacekeeping (CAMEO 074)
    ("Ethiopian troops violated the ceasefire along the border with Eritrea.", "ASSAULT", "ETH", None),  # CAMEO 196
    ("Russia rallied support for Belgrade at the United Nations.", "SUPPORT", "RUS", "SRB"),  # CAMEO 053
    ("Iraq returned Kuwaiti archives seized during the occupation.", "RETREAT", "IRQ", "KWT"),  # CAMEO 0842
    ("Egyptian police were placed on alert ahead of the elections.", "MOBILIZE", "EGY", None),  # CAMEO 151
])
def test_codebook_families_written_from_the_cameo_mapping(text, event_type, source, target):
    event = main(text)
    assert event.type == event_type and source in countries(event.source)
    assert target is None or target in countries(event.target)
