"""Stop-20 English type rules from the blind wire sweeps (cameo3, quiet): sporting results, market levels, defended
currencies, long-running activities since a year, remembered events, conditions lived under and violence on one's own kin code nothing;
an ordered event noun is the act; an attacked unit is no deployment; intent words ("ready", "wants") make an act a
promise; taking part in future joint exercises is a promise; "told X that it must" is a demand.
Sentences written for these tests, not taken from any gold file."""
from __future__ import annotations

from detente.analyze.events.evaluation import code_text, main_event


def types(text: str) -> set[str]:
    return {e.type for e in code_text(text, "1998-06-10")}


def main_type(text: str) -> str | None:
    event = main_event(code_text(text, "1998-06-10"))
    return event.type if event else None


def test_a_score_makes_beat_a_sporting_result():
    assert "ASSAULT" not in types("Nigeria beat Spain 3-2 in a World Cup match in Nantes on Saturday.")


def test_beat_without_a_score_or_contest_is_still_an_attack():
    assert "ASSAULT" in types("Serbian police beat ethnic Albanian students in Pristina on Saturday.")


def test_hosting_a_contest_is_no_meeting_or_promise():
    assert not types("Japan and South Korea will host the 2002 World Cup, FIFA said in Zurich.") & {"AGREE", "CONSULT"}


def test_boycotting_a_contest_stays_a_political_act():
    assert types("The United States boycotted the Moscow Olympics over the invasion of Afghanistan.")


def test_a_currency_reaching_a_level_is_no_attack():
    assert "ASSAULT" not in types("The Thai baht hit a new low against the dollar on Monday, dealers in Bangkok said.")


def test_a_defended_currency_is_no_support():
    assert "SUPPORT" not in types("Russia's central bank spent $1 billion to defend the rouble last week.")


def historical_types(text: str) -> set[str]:
    return {e.type for e in code_text(text, "1998-06-10") if e.historical}


def test_an_invasion_in_a_since_clause_is_coded_as_history():
    assert "ASSAULT" in historical_types("Kuwait has rebuilt its oil fields since Iraq invaded it in 1990.")


def test_an_invasion_in_a_when_clause_of_a_year_is_coded_as_history():
    assert "ASSAULT" in historical_types("The island has been split since 1974, when Turkish troops invaded the north.")


def test_fighting_since_a_year_in_the_perfect_is_background():
    assert "ASSAULT" not in types("The Tamil Tigers have fought for a separate state in Sri Lanka since 1983.")


def test_a_war_dated_by_a_closed_period_is_coded():
    # coded, but not yet flagged historical: the dating layer does not read "1980-88" as a period
    assert "ASSAULT" in types("Iran, a country of 60 million people, fought a 1980-88 war against Iraq.")


def test_a_fresh_invasion_is_still_an_attack():
    assert "ASSAULT" in types("Iraqi troops invaded Kuwait on Thursday, Kuwaiti officials said.")


def test_a_remembered_event_is_no_event():
    assert "ASSAULT" not in types("Chinese marked the 60th anniversary of the Japanese invasion of Manchuria on Friday.")


def test_a_condition_lived_under_is_no_act():
    assert "SANCTION" not in types("Cuba has lived under a U.S. embargo for almost four decades.")


def test_violence_on_ones_own_kin_is_private_crime():
    assert "ASSAULT" not in types("A farmer in Punjab killed his wife and her brother, Pakistani police said.")


def test_a_state_bombing_its_neighbour_is_an_attack():
    assert "ASSAULT" in types("Russia bombed its southern neighbour for a third day, officials in Tbilisi said.")


def test_an_ordered_expulsion_is_the_expulsion():
    assert main_type("The expulsion of two American diplomats was ordered by Moscow on Friday, Itar-Tass said.") == "SANCTION"


def test_an_attacked_patrol_is_no_deployment():
    assert "MOBILIZE" not in types("A landmine hit a Turkish army patrol near the Iraqi border on Sunday.")


def test_readiness_to_act_is_a_promise():
    assert main_type("Athens wants to improve relations with Ankara, a Greek government spokesman said.") == "AGREE"


def test_future_joint_exercises_are_a_promise():
    assert main_type("Poland will take part in joint naval exercises with Germany next year.") == "AGREE"


def test_past_joint_exercises_are_cooperation():
    assert main_type("Poland took part in joint naval exercises with Germany in the Baltic.") == "COOPERATE"


def test_told_that_it_must_is_a_demand():
    assert main_type("Washington told Belgrade that it must withdraw its special police from Kosovo.") == "REQUEST"


def test_trade_doubled_together_is_economic_cooperation():
    assert main_type("Russia and China doubled their border trade last year.") == "COOPERATE"


def test_measures_imposed_against_a_state_are_a_sanction():
    assert main_type("Washington imposed new measures against Libya on Monday over the Lockerbie bombing.") == "SANCTION"


def test_measures_imposed_against_no_one_are_policy():
    assert "SANCTION" not in types("The Brazilian government imposed new measures to curb inflation on Monday.")


def test_a_sum_given_since_a_year_is_still_aid():
    assert "AID" in types("Japan has given $500 million to the Palestinian Authority since 1994, officials in Tokyo said.")


def test_told_reporters_we_should_is_no_demand():
    assert "REQUEST" not in types('Senator Smith told reporters, "We should be focusing on the budget."')


def test_troops_reduced_are_a_retreat():
    assert main_type("Syria reduced the number of troops in Lebanon, Lebanese officials said.") == "RETREAT"


def test_an_expulsion_the_sentence_calls_ethnic_cleansing_is_an_assault():
    event = main_event(code_text("Bosnian Serb forces drove Muslim villagers out of Zvornik in what monitors called ethnic cleansing.",
                                 "1998-06-10"))
    assert event is not None and (event.type, event.mode) == ("ASSAULT", "cleansing")


def test_a_plain_deportation_stays_coercion():
    assert main_type("German police deported 30 Kurdish asylum seekers to Turkey on Tuesday.") == "COERCE"


def test_evidence_backing_up_a_claim_is_no_support():
    assert "SUPPORT" not in types("The army says it has killed 200 rebels, but it has not presented any evidence to back up the claim.")


def test_backing_a_government_is_still_support():
    assert "SUPPORT" in types("Egypt and Jordan backed the Palestinian Authority in its dispute with Israel.")
