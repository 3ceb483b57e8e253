"""Stop 26 actor and place classes of the TimeBank and pages dev audits (wire news 1989-98, modern pages): a religion's
head named by title, towns qualified by their state, small namesake towns read by the article's countries, named
groups whose name holds an agent word, site nouns on attack nouns, titles told by a predicate, surnames the tagger
mislabels, colon datelines, and officials and bodies of the period. Fixture sentences are our own."""
from __future__ import annotations

import pytest

from detente.analyze.actors.datelines import colon_dateline
from tests.analyze.event_helpers import code_text
from tests.analyze.test_actors import analyse, find


def _one(text: str, published: str = "1998-03-01"):
    return analyse([("en", text)], published=published)


# --- the head of a religion by title (faith_heads.py, faith_heads.tsv) ---

def test_the_pope_is_the_holy_sees_not_the_host_countrys() -> None:
    analysis = _one("The pontiff arrived in Havana on Wednesday. Crowds cheered the Pope in the capital of Cuba.")
    for text in ("The pontiff", "the Pope"):
        actor = find(analysis, text)
        assert (actor.country, actor.sector, actor.name) == ("VAT", "REL", "Pope John Paul II")


def test_the_pope_is_the_holder_on_the_texts_date() -> None:
    actor = find(_one("The Pope urged restraint in Gaza.", published="2016-05-01"), "The Pope")
    assert (actor.country, actor.name) == ("VAT", "Pope Francis")


def test_pope_with_a_first_name_is_the_holder_on_the_date() -> None:
    actor = find(_one("Pope John Paul met the Cuban president."), "Pope John Paul")
    assert (actor.country, actor.name) == ("VAT", "Pope John Paul II")


def test_a_pope_of_another_church_is_not_the_roman_one() -> None:
    actor = find(_one("The Coptic Pope met the Egyptian president in Cairo.", published="2016-05-01"), "The Coptic Pope")
    assert actor is None or actor.country != "VAT"


# --- "City, State" (qualified_towns.py) and small namesakes (article_towns.py) ---

def test_a_town_qualified_by_its_state_keeps_it_in_later_paragraphs() -> None:
    analysis = analyse([("en", "Police in Birmingham, Alabama, arrested two men on Friday."),
                        ("en", "The Birmingham police said the men had fled.")], published="1998-02-27")
    assert find(analysis, "Police in Birmingham").country == "USA"
    assert find(analysis, "The Birmingham police").country == "USA"


def test_an_unqualified_big_town_keeps_its_usual_reading() -> None:
    assert find(_one("Police in Birmingham arrested two men on Friday."), "Police in Birmingham").country == "GBR"


def test_a_small_namesake_town_takes_the_country_the_article_names() -> None:
    analysis = analyse([("en", "Irish officials said the talks in Belfast would resume on Monday."),
                        ("en", "Police found explosives in a shed in Dundalk on Sunday.")], published="1998-03-22")
    assert find(analysis, "Police").country == "IRL"


def test_a_small_town_in_a_story_of_its_own_country_stays() -> None:
    analysis = analyse([("en", "Maryland officials said the fire was under control."),
                        ("en", "Police found explosives in a shed in Dundalk on Sunday.")], published="1998-03-22")
    assert find(analysis, "Police").country == "USA"


# --- named groups and bodies of the period (organizations_history.tsv, officials files) ---

@pytest.mark.parametrize("text,expected,country,sector", [
    ("Letters from the Army of God threatened abortion clinics.", "the Army of God", "USA", "UAF"),
    ("Catholic residents protested against the Orange Order on Sunday.", "the Orange Order", "GBR", "REL"),
])
def test_named_groups_are_not_their_agent_word(text, expected, country, sector) -> None:
    actor = find(_one(text), expected)
    assert (actor.country, actor.sector) == (country, sector)


def test_the_army_of_a_country_stays_its_army() -> None:
    actor = find(_one("The Iraqi army shelled the town on Sunday."), "The Iraqi army")
    assert (actor.country, actor.sector) == ("IRQ", "MIL")


@pytest.mark.parametrize("date,name,sector", [
    ("1990-06-01", "John Sununu", "GOV"),
    ("2005-06-01", "John E. Sununu", "LEG"),
    ("2020-06-01", "Chris Sununu", "GOV"),
])
def test_a_bare_sununu_is_the_one_in_office(date, name, sector) -> None:
    actor = find(_one("Officials said Sununu met with party leaders on Sunday.", published=date), "Sununu")
    assert (actor.name, actor.country, actor.sector) == (name, "USA", sector)


def test_a_un_inspector_is_un_and_his_surname_tagged_as_a_place_joins_him() -> None:
    analysis = _one("Scott Ritter led his team to three sites. It was the first time that Ritter, who arrived "
                    "Thursday with some 50 inspectors, had been allowed to inspect.")
    assert find(analysis, "Scott Ritter").country == "UNO"
    assert find(analysis, "Ritter", 1).id == find(analysis, "Scott Ritter").id


# --- a stranger's title told by a predicate (predicate_titles.py) ---

def test_a_title_by_a_linking_verb_gives_its_country() -> None:
    analysis = _one("Jane Doakes is the current mayor of Chicago. Doakes criticized the governor on Monday.")
    assert (find(analysis, "Jane Doakes").country, find(analysis, "Jane Doakes").sector) == ("USA", "GOV")


def test_a_title_served_in_the_past_gives_a_former_official() -> None:
    analysis = _one("Bill Farnsworth, who served as Chicago's mayor until 2011, accused the police of lying.")
    assert (find(analysis, "Bill Farnsworth").country, find(analysis, "Bill Farnsworth").sector) == ("USA", "ELI")


def test_a_friend_of_a_mayor_takes_no_title() -> None:
    analysis = _one("Jane Doakes is a friend of the Chicago mayor. She criticized the governor.")
    assert find(analysis, "Jane Doakes").sector is None


# --- colon datelines (datelines.colon_dateline) ---

def test_a_colon_dateline_is_read_and_a_heading_word_is_checked_by_the_caller() -> None:
    assert colon_dateline("NEW DELHI: Nearly 150 Indians returned home.") == ("NEW DELHI", len("NEW DELHI: "))
    assert colon_dateline("New Delhi: a city of contrasts") is None


# --- site nouns on attack nouns are no doers (site_nouns.txt, events) ---

def _sources(text: str) -> set:
    return {(a.country, a.sector) for e in code_text(text, "2024-05-01", "en") for a in e.source}


@pytest.mark.parametrize("text,site", [
    ("The school shooting killed five students in Texas.", ("USA", "EDU")),
    ("The synagogue shooting wounded five worshippers in Pittsburgh.", (None, "REL")),
    ("The embassy bombing injured 40 people in Nairobi.", ("KEN", "GOV")),
])
def test_a_site_noun_before_an_attack_noun_is_not_its_doer(text, site) -> None:
    assert site not in _sources(text)


def test_an_agent_noun_before_an_attack_noun_stays_the_doer() -> None:
    assert ("NGA", "COP") in _sources("The police raid killed three men in Lagos.")


# --- named armies (named_armies.py) ---

def test_a_named_army_of_a_faith_is_an_armed_group() -> None:
    actor = find(_one("The Army of Islam kidnapped a British journalist in Gaza.", published="2007-04-01"),
                 "The Army of Islam")
    assert actor.sector == "REB"


@pytest.mark.parametrize("text,expected", [
    ("The Army of the Republic of Vietnam retreated from Hue.", "The Army of the Republic of Vietnam"),
    ("The Army said on Monday it would investigate the shooting in Ohio.", "The Army"),
])
def test_a_states_army_stays_military(text, expected) -> None:
    assert find(_one(text), expected).sector == "MIL"
