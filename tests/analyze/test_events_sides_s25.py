"""Sides of domestic and partnered acts (stop 25): a border phrase names the country across it, not where a doer's
own rebels are; a partitive object owned by the doer ("one of its generals") names whom the act is done to; the
with-phrase of a military exercise names the partner. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries, event_at, names


def test_rebels_near_a_border_are_the_doers_own():
    event = event_at("The Sudanese army fought the rebels near the Chadian border.", "ASSAULT", "fought")
    assert countries(event.target) == {"SDN"} and "TCD" not in countries(event.target)


def test_rebels_near_the_border_with_a_country_are_the_doers_own():  # neighbour: already right, must stay
    event = event_at("Angolan troops clashed with the rebels near the border with Zambia.", "ASSAULT", "clashed")
    assert countries(event.target) == {"AGO"}


def test_a_border_town_is_in_the_country_it_names():  # neighbour: "border" only modifies the town
    event = event_at("Sudanese jets bombed the rebels in the Chadian border town of Adre.", "ASSAULT", "bombed")
    assert "TCD" in countries(event.target)


def test_rebels_inside_another_country_take_that_country():  # neighbour: a place that is not a border
    event = event_at("The Sudanese army bombed rebel camps in Chad.", "ASSAULT", "bombed")
    assert "TCD" in countries(event.target)


def test_one_of_its_own_scientists_is_the_target_of_an_execution():
    event = event_at("Iran executed one of its nuclear scientists for spying.", "ASSAULT", "executed")
    assert countries(event.target) == {"IRN"} and event.target


def test_some_of_its_critics_are_the_target_of_an_arrest():
    event = event_at("The Kremlin jailed some of its harshest critics.", "COERCE", "jailed")
    assert any(a.sector == "OPP" for a in event.target)


def test_recalled_envoys_owned_by_the_doer_are_not_the_target():  # neighbour: the doer's own envoys are its means
    event = event_at("Britain recalled two of its diplomats from Moscow.", "SANCTION", "recalled")
    assert "GBR" not in countries(event.target)


def test_the_partner_of_joint_drills_hung_on_the_light_verb():
    event = event_at("The United States conducted joint military drills with South Korea.", "COOPERATE", "drills")
    assert countries(event.target) == {"KOR"}


def test_war_games_with_weapons_have_no_partner():  # neighbour: "with" naming equipment, not a partner
    event = event_at("Iran held war games with new missiles in the Strait of Hormuz.", "MOBILIZE", "war")
    assert not event.target


def test_victims_of_a_foreign_attack_are_of_where_it_hit():
    event = event_at("Russia launched a drone attack on a market in Kharkiv, wounding dozens of people.", "ASSAULT", "wounding")
    assert "UKR" in countries(event.target) and "RUS" not in countries(event.target)


def test_victims_of_a_home_attack_keep_the_doers_country():  # neighbour: the place is the doers' own country
    event = event_at("Nigeria launched an air strike on a market in Maiduguri, wounding dozens of people.", "ASSAULT", "wounding")
    assert countries(event.target) == {"NGA"} and "people" in names(event.target)


def test_the_partner_of_a_purpose_to_help():
    text = "Japan provided $500 million in loans to help Indonesia recover from the crisis."
    event = event_at(text, "AID", "provided")
    assert countries(event.target) == {"IDN"}


def test_an_agreed_loan_to_help_a_country():
    event = event_at("The World Bank approved a $300 million loan to help Kenya rebuild its roads.", "AID", "approved")
    assert countries(event.target) == {"KEN"}


def test_a_purpose_to_punish_is_no_recipient():  # neighbour: not a verb of helping
    event = event_at("Japan provided $500 million in loans to punish Indonesia for the crisis.", "AID", "provided")
    assert "IDN" not in countries(event.target)


def test_its_arch_rival_is_the_other_of_the_pair_just_named():
    text = ("India and Pakistan exchanged heavy artillery along their contested frontier on May 7, after New Delhi "
            "launched deadly missile strikes on its arch-rival.")
    event = event_at(text, "ASSAULT", "launched")
    assert countries(event.target) == {"PAK"}


def test_its_neighbour_after_a_pair_of_two_others_is_no_one():  # neighbour: the pair named is not the owner's
    event = event_at("Ethiopia and Egypt met in Washington, while Sudan accused its neighbour of stalling.", "ACCUSE", "accused")
    assert not {"ETH", "EGY"} & countries(event.target)


def test_a_charge_the_capital_denied_is_denied_by_that_capital():
    event = event_at("Turkey accused Greece of harbouring Kurdish militants, a charge Athens denied.", "REJECT", "denied")
    assert countries(event.source) == {"GRC"} and countries(event.target) == {"TUR"}


def test_a_charge_rejected_in_a_relative_clause_is_aimed_at_the_accuser():
    event = event_at("India accused Pakistan of sheltering the attackers, a charge Islamabad rejected.", "REJECT", "rejected")
    assert countries(event.source) == {"PAK"} and countries(event.target) == {"IND"}


def test_an_unresolved_denier_makes_no_denial_of_the_accuser():  # neighbour: no doer, no event from the accuser alone
    events = [e for e in coded_en("Israel accused Hezbollah of firing the rockets, an accusation the group denied.")
              if e.type == "REJECT"]
    assert all(e.source for e in events)


def test_who_documented_the_killings_is_not_accused():
    event = event_at("Amnesty International criticized the killings of protesters documented by Human Rights Watch.",
                     "ACCUSE", "criticized")
    assert "Human Rights Watch" not in names(event.target)


def test_who_recorded_the_strikes_did_not_strike():
    events = coded_en("The report lists dozens of air strikes recorded by the United Nations in Yemen.")
    assert not any("UNO" in countries(e.source) for e in events)


def test_who_carried_out_the_strikes_did_them():  # neighbour: a clause of doing keeps its by-agent as the doer
    event = event_at("Amnesty International criticized the air strikes carried out by Saudi Arabia in Yemen.",
                     "ACCUSE", "criticized")
    assert "SAU" in countries(event.target)
