"""Session 19, round 2 type and mode rules (English), from the second blind CAMEO sweep. Sentences written for these
tests: sums given to another state are aid; a mob killing a person assaults; demonstrators' demands are the
demonstration; thousands of an ethnic group expelled are a mass expulsion; food aid refused is a refusal, not a
hunger strike; inspection teams and agencies expelled or ordered out; chemical and nuclear attacks; trade
restricted with another state and a state leaving an organization are sanctions; CAMEO wordings of airspace opened,
operations scaled back, forces increased, joint ventures, plans dropped, visits hosted; agreeing while bowing to
demands concedes; visitors let in is access; request and refusal modes."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


@pytest.mark.parametrize("text, source, target", [
    ("Kuwait gave $50 million to the Palestinian Authority on Sunday.", "KWT", "PSE"),
    ("Norway gave Sudan $5 million in famine relief.", "NOR", "SDN"),
])
def test_a_sum_given_to_another_state_is_aid(text, source, target):
    event = main(text)
    assert event.type == "AID"
    assert source in countries(event.source) and target in countries(event.target)


def test_a_sum_promised_is_aid_promised():
    assert main("Canada will provide Haiti with $20 million in loans, Ottawa said.").type == "AGREE"


@pytest.mark.parametrize("text", [
    "He gave $5,000 to the mayor's re-election campaign.",
    "The company paid $3 million to settle the lawsuit.",
])
def test_a_sum_paid_by_a_person_or_a_firm_is_no_aid(text):
    assert not any(e.type == "AID" for e in events(text))


def test_goods_flown_in_the_passive_are_aid():
    event = main("Blankets and tents were flown to earthquake victims in Armenia by French air force planes.")
    assert event.type == "AID" and "FRA" in countries(event.source)


def test_a_mob_killing_a_person_assaults_but_rioters_fighting_police_riot():
    event = main("A mob beat a Hindu shopkeeper to death in Karachi on Friday.")
    assert event.type == "ASSAULT"
    event = main("Rioters beat two policemen in Lagos on Sunday.")
    assert (event.type, event.mode) == ("PROTEST", "riot")


def test_demonstrators_demanding_are_demonstrating():
    event = main("Demonstrators in Bucharest demanded the resignation of President Ion Iliescu.")
    assert (event.type, event.mode) == ("PROTEST", "demo")
    assert main("The United States demanded the resignation of the Haitian junta.").type == "REQUEST"


def test_thousands_of_an_ethnic_group_expelled_is_a_mass_expulsion():
    event = main("Thousands of ethnic Hungarians were expelled from the region by Slovak militias.")
    assert (event.type, event.mode) == ("ASSAULT", "cleansing")
    event = main("Libya expelled thousands of Egyptian workers on Monday.")
    assert event.type == "COERCE"


def test_food_aid_refused_is_a_refusal_not_a_hunger_strike():
    event = main("The Iraqi government refused offers of food aid from the Red Cross.")
    assert event.type == "REJECT"
    assert main("Jailed Kurdish activists refused food for a week.").type == "PROTEST"
    assert main("Japan froze its grant aid to Vietnam on Tuesday.").type == "SANCTION"


@pytest.mark.parametrize("text", [
    "Iraq expelled American members of the U.N. monitoring team on Monday.",
    "Ethiopia ordered foreign aid agencies out of the Ogaden region.",
])
def test_inspection_teams_and_agencies_expelled_are_sanctions(text):
    event = main(text)
    assert (event.type, event.mode) == ("SANCTION", "expel")


@pytest.mark.parametrize("text", [
    "Iraqi planes dropped chemical bombs on the Kurdish town of Halabja.",
    "The nuclear attack on Hiroshima by the United States killed 140,000 people.",
])
def test_chemical_and_nuclear_attacks_are_unconventional(text):
    event = main(text)
    assert (event.type, event.mode) == ("ASSAULT", "unconventional")


def test_trade_restricted_with_another_state_is_a_sanction():
    assert (main("Japan restricted exports of machine tools to North Korea.").type) == "SANCTION"
    assert main("The government restricted exports of rice on Monday.").type == "COERCE"


def test_a_state_leaving_an_organization_cuts_ties():
    event = main("Venezuela withdrew from the Andean Community on Wednesday.")
    assert (event.type, event.mode) == ("SANCTION", "withdraw")
    assert main("Russia pulled its troops out of the U.N. zone.").type == "RETREAT"


@pytest.mark.parametrize("text, kind", [
    ("Iraq opened its airspace to relief flights for the Kurds.", "RETREAT"),
    ("Pakistani troops scaled back their operations in Waziristan.", "RETREAT"),
    ("Turkey has increased its forces along the Syrian border.", "MOBILIZE"),
    ("Japan and Korea launched a joint venture to build ships.", "COOPERATE"),
    ("Japan and Korea set up a joint venture to build ships.", "COOPERATE"),
    ("Facing strikes, the Italian government dropped its plan to cut pensions.", "CONCEDE"),
    ("Havana welcomed the Canadian prime minister for a two-day visit.", "CONSULT"),
])
def test_cameo_wordings(text, kind):
    assert main(text).type == kind


def test_police_salaries_increased_and_a_venture_left_are_no_events():
    assert not any(e.type == "MOBILIZE" for e in events("The government increased police salaries."))
    assert not any(e.type == "COOPERATE" for e in events("Foxconn announced its exit from a joint venture with Vedanta."))


@pytest.mark.parametrize("text, mode", [
    ("The senator voted against the trade treaty.", None),
    ("Trump called on Congress to end birthright citizenship.", None),
    ("The president ordered the intelligence agencies to declassify all information on the case.", None),
])
def test_request_and_refusal_modes_are_not_read_off_the_verb_or_a_policy(text, mode):
    assert all(e.mode == mode for e in events(text) if e.type in {"REQUEST", "REJECT"})


def test_what_protesters_are_said_to_want_is_no_demonstration():
    assert not any(e.type == "PROTEST" for e in events("Protesters do not want Taiwan to lose its autonomy."))


@pytest.mark.parametrize("text, kind, mode", [
    ("The United States called on Israel and Syria to pull back troops from the border.", "REQUEST", "yield"),
    ("Jordan called for closer military cooperation with Egypt.", "REQUEST", "assist"),
    ("Israel said Syria must pull its troops out of Lebanon.", "REQUEST", "yield"),
    ("Washington rejected Pakistan's request for arms.", "REJECT", "assist"),
    ("Kazakhstan's president refused to hold new parliamentary elections.", "REJECT", "change"),
    ("Egypt's army chief warned that martial law would be declared if the riots spread.", "THREATEN", "restrict"),
])
def test_what_is_asked_refused_or_threatened_sets_the_mode(text, kind, mode):
    event = main(text)
    assert (event.type, event.mode) == (kind, mode)


def test_agreeing_while_bowing_to_demands_concedes():
    event = main("Bowing to opposition demands, the Malian government agreed to hold early elections.")
    assert event.type == "CONCEDE"
    assert main("Mali and Niger agreed to resume border talks.").type == "AGREE"


def test_visitors_let_in_is_access():
    event = main("Serbia allowed Red Cross officials to visit the detention camps.")
    assert (event.type, event.mode) == ("RETREAT", "access")
