"""Stop-21 round-2 English rules from the fresh real-news audit (classes A1-A4, B1-B3), on sentences written for
these tests: thing subjects of agentive verbs, sports reports, suicides, election wins, training purposes, dangers
countered, interview questions, campaign rallies, debate attacks, vows of war, extraditions approved and members
expelled by a legislature; their political neighbours stay coded. The real pipeline runs up to the events stage."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_thing_subjects_make_no_threat_promise_or_support():
    assert types("Rising imports of aluminium from Vietnam threaten to damage Canadian national security.") == []
    assert types("A surge in Brazil's soybean exports supports the view that the trade deal is working.") == []
    assert types("The new software platform offers more value to its customers in Germany.") == []
    assert types("Corporate balance sheets in Japan are amassing huge piles of cash.") == []


def test_actors_and_their_documents_still_act():
    assert "THREATEN" in types("Iran threatened to close the Strait of Hormuz.")
    assert "ACCUSE" in types("The Trump campaign accused Biden of lying about the economy.")
    assert "ACCUSE" in types("The report accuses Israel of violating the ceasefire.")
    assert "SUPPORT" in types("On Friday, Wikileaks welcomed the Swedish move to drop the investigation.")


def test_sports_report_codes_no_play():
    text = ("Manchester City beat Fluminense 4-0 to win the Club World Cup final in the league season. "
            "The goalkeeper produced a fine save to deny Kane and Saka early in the second half. "
            "The striker was called upon to keep out a header before the break, and the referee "
            "then ended the match after a late goal by the midfielder.")
    assert types(text) == []


def test_suicide_election_win_and_training_purpose_are_no_attack():
    assert "ASSAULT" not in types("When the singer killed himself in prison, his lawyers sued the state.")
    assert types("The path to beating Joe Biden in November runs through the electoral votes of Pennsylvania.") == []
    assert "ASSAULT" not in types("The French army has been training Malian forces to fight the Islamic State.")
    assert "ASSAULT" in types("The gunman shot himself and two police officers in Texas.")
    assert "ASSAULT" in types("Police beat the protesters in Tbilisi before the election.")


def test_danger_countered_and_interview_question_are_no_act():
    assert "THREATEN" not in types("The committee wants to know how the agency will combat the threat of Iranian cyberattacks.")
    assert "REQUEST" not in types("CNN anchor Kaitlan Collins asked the Israeli spokesman Mark Regev for a death toll.")
    assert "THREATEN" in types("The United States issued a threat of sanctions against Iran.")


def test_campaign_rally_is_no_protest():
    assert "PROTEST" not in types("Mr. Biden skipped the debate and held a rally in Detroit.")
    assert "PROTEST" not in types("The Biden campaign used the occasion of Trump's rally to announce new ads.")
    assert "PROTEST" in types("Thousands of students held a rally in Nairobi against the tax bill.")
    assert "PROTEST" in types("Activists held an anti-war protest rally in London.")


def test_debate_attacks_are_accusations():
    assert types("Mr. Pence attacked Mr. Christie over his record on taxes.") == ["ACCUSE"]
    assert "ACCUSE" in types("Governor Smith hit back hard at Senator Brown during the debate.")
    assert "ASSAULT" in types("Putin attacked Ukraine in February 2022.")
    assert "ASSAULT" in types("Israel hit back at Hamas with airstrikes on Gaza.")


def test_vows_of_war_are_threats():
    assert types('Senator Jones is vowing "war" on California over a new gun bill.') == ["THREATEN"]
    assert types("Russia has vowed to continue the war until Ukraine surrenders.") == ["THREATEN"]
    assert "THREATEN" not in types("Israel vowed to end the war in Gaza.")


def test_extradition_approved_and_member_expelled():
    assert types("The Home Secretary formally approved an extradition request from Brazil.") == ["COOPERATE"]
    assert types("Congressman Jones was expelled by his colleagues after a series of lies.") == ["SANCTION"]
    assert types("France expelled two Russian diplomats.") == ["SANCTION"]


def test_harm_guarded_against_is_no_attack():
    assert types("The camp's location near the border provides some protection to civilians against Russian airstrikes.") == []
    assert types("The new shelters protect residents against Israeli shelling.") == []
    assert "ASSAULT" in types("Russian airstrikes hit the camp on Monday.")


def test_harm_guarded_against_after_a_verb():
    assert types("Their proximity to the border provides a modicum of protection to civilians against Russian airstrikes.") == []
