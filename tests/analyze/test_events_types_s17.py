"""Session 17 type rules for the weakest PLOVER types: rescues and agreed debt relief (AID, manual notes), orders
that send forces, lone war games, massing and build-ups, alerts and patrols (MOBILIZE), borders closed with a country,
state boycotts, cut diplomatic presence, stopped agreements (SANCTION), services cut at home (COERCE withhold), verbal
attacks and acts called wrongs (ACCUSE), peacekeepers received and captives repatriated (RETREAT), and things a bare
"withdraw" takes back (no event). Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


def test_police_freeing_victims_is_a_rescue():
    event = main("Colombian troops freed three kidnapped oil workers in a raid on a rebel camp on Sunday.")
    assert event.type == "AID"


def test_a_state_freeing_its_prisoners_stays_a_release():
    event = main("Israel freed 200 Palestinian prisoners on Sunday.")
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_agreed_debt_cancellation_is_aid():
    event = main("Japan agreed to cancel Iraq's debts, the finance ministry said.")
    assert event.type == "AID" and countries(event.target) == {"IRQ"}


def test_agreed_aid_stays_a_promise():
    assert main("Japan agreed to provide aid to Iraq.").type == "AGREE"


def test_ordering_forces_to_a_place_is_a_deployment():
    event = main("The president ordered 2,000 Marines to the Persian Gulf on Friday, the Pentagon said.")
    assert (event.type, event.mode) == ("MOBILIZE", "troops") and countries(event.source) == {"USA"}


def test_war_games_by_one_side_are_a_show_of_force():
    assert main("Iran launched war games in the Strait of Hormuz on Friday, state television reported.").type == "MOBILIZE"
    assert main("French and Egyptian warships launched ten days of war games in the Mediterranean.").type == "COOPERATE"


def test_troops_massing_and_build_up_are_mobilization():
    assert main("Thousands of Serbian troops were massing on the border with Kosovo, NATO officials said.").type == "MOBILIZE"
    assert main("Russia continued its military build-up near the Ukrainian border on Monday.").type == "MOBILIZE"
    assert not events("Protesters massed outside the parliament building in Tbilisi on Sunday.") or \
        main("Protesters massed outside the parliament building in Tbilisi on Sunday.").type != "MOBILIZE"


def test_alerts_parades_and_patrols_are_mobilization():
    event = main("The Philippine police declared a red alert in Manila after the bombing.")
    assert (event.type, event.mode) == ("MOBILIZE", "police")
    assert main("North Korea paraded its newest missiles through Pyongyang on Saturday.").type == "MOBILIZE"
    assert main("Armenia declared a general mobilization on Sunday.").type == "MOBILIZE"
    assert main("The government increased its troop presence in the northern region.").type == "MOBILIZE"
    assert not events("Toyota increased its presence in the Indian market.")


def test_police_deployed_take_the_police_mode():
    event = main("Thousands of police were deployed in Nairobi on Monday to prevent an opposition rally.")
    assert (event.type, event.mode) == ("MOBILIZE", "police")


def test_peacekeepers_sent_are_aid():
    assert main("Fiji sent a battalion to join the U.N. peacekeeping force in Lebanon.").type == "AID"
    assert main("Nigeria contributed 1,000 troops to the peacekeeping force in Liberia.").type == "AID"


def test_accepting_a_deployment_is_access_not_a_threat():
    event = main("Angola accepted the deployment of U.N. peacekeepers on its territory.")
    assert (event.type, event.mode) == ("RETREAT", "access")


def test_border_closed_with_a_country_is_a_sanction():
    event = main("Egypt closed its border with Libya on Tuesday after a dispute over migrant workers.")
    assert (event.type, event.mode) == ("SANCTION", "discontinue") and countries(event.target) == {"LBY"}
    assert main("Hungary closed its border to migrants on Tuesday.").type == "COERCE"


def test_internet_cut_at_home_is_withholding():
    event = main("Indian authorities cut off internet access in Kashmir on Monday.")
    assert (event.type, event.mode) == ("COERCE", "withhold")
    assert main("Russia cut off gas supplies to Ukraine.").type == "SANCTION"


def test_state_boycott_is_a_sanction_a_group_boycott_a_protest():
    assert main("Saudi Arabia boycotted the summit in Doha.").type == "SANCTION"
    assert main("Palestinians boycotted the elections in East Jerusalem.").type == "PROTEST"


def test_reduced_diplomatic_presence_and_stopped_agreements_are_sanctions():
    assert main("Iran scaled down its diplomatic representation in Britain on Monday.").type == "SANCTION"
    assert main("Egypt terminated its friendship treaty with the Soviet Union.").type == "SANCTION"
    assert main("The World Bank shelved a project loan to Burma.").type == "SANCTION"
    assert main("Sudan expelled foreign aid agencies from Darfur.").type == "SANCTION"


def test_calling_an_act_a_wrong_is_an_accusation():
    event = main("Syria said the Israeli raid was an act of aggression against its sovereignty.")
    assert event.type == "ACCUSE" and countries(event.target) == {"ISR"}
    event = main("Greece called the Turkish flights a provocation.")
    assert event.type == "ACCUSE" and countries(event.target) == {"TUR"}
    assert not [e for e in events("The minister called the meeting a success.") if e.type == "ACCUSE"]


def test_verbal_attack_is_criticism_armed_attack_stays_assault():
    assert main("Chinese newspapers attacked the Dalai Lama as a separatist.").type == "ACCUSE"
    assert main("Russian forces attacked the city as part of a new offensive.").type == "ASSAULT"


def test_retreat_wordings():
    assert (main("Iraq repatriated 500 Iranian prisoners of war on Sunday.").mode) == "release"
    assert main("Kuwait received the first group of U.N. observers on Monday.").type == "RETREAT"
    assert main("The guerrillas gave up their arms.").type == "RETREAT"
    event = main("Libya handed back the seized oil tanker to its Maltese owners.")
    assert (event.type, event.mode) == ("RETREAT", "return")


def test_evacuating_people_is_aid_evacuating_positions_a_retreat():
    assert main("French troops evacuated hundreds of European nationals from the Ivory Coast.").type == "AID"
    assert main("Syrian troops evacuated their positions in the mountains.").type == "RETREAT"


def test_aid_wordings():
    assert main("France sent military advisers to train the Chadian army.").type == "AID"
    assert main("The embassy gave refuge to five dissidents.").type == "AID"
    assert main("Germany provided Ukraine with air defence systems on Thursday.").type == "AID"


def test_withdrawing_a_bid_is_no_retreat():
    assert not events("The company withdrew its bid for the British rival on Wednesday.")
    assert main("Israel withdrew its tanks from Gaza.").type == "RETREAT"


def test_a_deadline_for_an_act_is_an_ultimatum():
    assert main("The Security Council gave Iraq until January 15 to withdraw from Kuwait.").type == "THREATEN"
    assert not events("The teacher gave the students two weeks to finish the essay.")


def test_promises_not_to_yield_are_refusals_promises_not_to_attack_no_threat():
    assert main("Israel vowed never to return the Golan Heights to Syria.").type == "REJECT"
    assert main("Israel said it would not withdraw its troops from southern Lebanon.").type == "REJECT"
    assert main("Pakistan pledged not to attack India first.").type == "AGREE"


def test_sanctions_held_out_as_an_option_are_a_threat():
    event = main("Washington raised the possibility of economic sanctions against Pakistan.")
    assert (event.type, event.mode) == ("THREATEN", "restrict")
    assert main("The United States imposed sanctions on Iran.").type == "SANCTION"


def test_rallying_others_against_someone_opposes_them():
    event = main("Iran urged Muslim countries to unite against Israel.")
    assert event.type == "ACCUSE" and countries(event.target) == {"ISR"}
    assert main("Iran urged Muslim countries to help Palestinians.").type == "REQUEST"


def test_refusing_inspectors_is_a_rejection():
    assert main("Iraq denied U.N. inspectors access to the site.").type == "REJECT"
    assert main("Israel denied Palestinian workers access to their jobs.").type == "COERCE"


def test_no_objection_is_acceptance():
    assert main("Greece said it would not object to Turkey's membership of the European Union.").type == "AGREE"


def test_intentions_and_plans_to_cooperate_are_promises():
    assert main("Japan expressed its intention to expand trade with Vietnam.").type == "AGREE"
    assert main("Egypt announced plans to open an embassy in Baghdad.").type == "AGREE"
    assert main("Jordan said it hoped to improve relations with Iraq.").type == "AGREE"


def test_civilians_do_not_mobilize():
    assert not events("Google put its engineers on standby.")
    assert main("Nigerian troops were placed on standby for deployment to Liberia.").type == "MOBILIZE"


def test_weapon_modes_follow_the_codebook():
    assert main("Basque separatists bombed a police barracks in Madrid.").mode == "explosives"
    assert main("Russian warplanes bombed rebel positions.").mode == "aerial"
    assert main("U.S. planes fired missiles at Iraqi radar sites.").mode == "aerial"
    assert main("Israeli warships fired missiles at Hezbollah positions.").mode == "heavy-weapons"


def test_foreign_officials_banned_is_a_sanction():
    assert main("The United States banned Iraqi officials from entering the country.").type == "SANCTION"
    assert main("India stopped buying oil from Iran.").type == "SANCTION"
    assert main("Saudi Arabia called home its ambassador to Lebanon.").type == "SANCTION"


def test_going_on_hunger_strike_is_a_hunger_strike():
    assert main("A jailed Iranian activist went on hunger strike.").mode == "hunger"


def test_an_act_called_terror_without_a_named_doer_accuses_no_one():
    assert not [e for e in events("Police described the attack on the bus as an act of terrorism.") if e.type == "ACCUSE"]


def test_maneuvers_alone_mobilize_joint_ones_cooperate():
    assert main("The Soviet Union staged large-scale naval maneuvers in the Baltic.").type == "MOBILIZE"
    assert main("Russia and China held joint naval maneuvers in the Sea of Japan.").type == "COOPERATE"


def test_proposing_talks_is_an_offer_to_meet():
    event = main("Pakistan proposed talks with India on Kashmir.")
    assert event.type == "AGREE" and countries(event.source) == {"PAK"}


def test_accuse_wordings():
    assert main("Egypt voiced its displeasure with Sudan's decision to expel its diplomats.").type == "ACCUSE"
    assert main("Greece took Turkey to the International Court of Justice over the continental shelf.").type == "ACCUSE"


def test_a_state_named_as_such_protesting_complains_a_people_demonstrates():
    assert main("Chile protested to Argentina over the incursion by its troops.").type == "ACCUSE"
    assert main("Thousands of Chileans protested in Santiago against the pension system.").type == "PROTEST"


def test_a_place_naming_where_protests_happen_is_no_state_complaint():
    assert main("Georgia protests: 500 students under siege in a Tbilisi university").type == "PROTEST"
    assert main("Hong Kong protests: police fire tear gas at students").type == "PROTEST"
    assert main("Chile protested to Argentina over the border incident.").type == "ACCUSE"
