"""Stop-22 English rules for non-events (real-news audits s21/s22): publishing and running for office are no
release or request, yes/no questions, seeming states, rules in force, generic hypotheticals, principles,
required, wished and feared acts, warnings of risk and blows of falling things report no act. Each rule is checked
with a political neighbour that must stay coded. Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_publishing_is_no_release():
    assert "RETREAT" not in types("The Justice Department released hundreds of pages of documents on the case.")
    assert "RETREAT" not in types("The new memoir of the former minister was released on Monday by Penguin.")
    assert "RETREAT" in types("Hamas released three Thai hostages on Friday.")


def test_released_statement_reads_like_an_issued_one():
    for content in ("condemning the attack on Israel", "in support of Ukraine", "expressing sympathy for the victims"):
        released = types(f"The Canadian government released a statement {content}.")
        assert "RETREAT" not in released
        assert released == types(f"The Canadian government issued a statement {content}.")


def test_running_for_office_or_treatment_is_no_request():
    assert "REQUEST" not in types("The veteran congressman is seeking reelection in November.")
    assert "REQUEST" not in types("Three injured miners sought treatment at a clinic in Johannesburg.")
    assert "REQUEST" in types("Moldova sought military help from Romania.")


def test_reaching_a_goal_is_no_attack():
    assert "ASSAULT" not in types("The Canadian government is on track to hit its 2035 carbon reduction target.")
    assert "ASSAULT" in types("Russian missiles hit targets across Kharkiv overnight.")


def test_yes_no_questions_report_nothing():
    assert types("Will the Cuban government negotiate with the dissidents?") == []
    assert "ASSAULT" in types("Why did Russian troops attack the convoy near Bakhmut?")


def test_seeming_states_and_rules_in_force_are_no_acts():
    assert "SUPPORT" not in types("\"We feel very supported by the people of Lima,\" the bus driver said.")
    assert "CONCEDE" not in types("Under the new law, farmers in Kenya are now allowed to sell their seeds abroad.")
    assert "RETREAT" in types("Egypt allowed aid trucks to enter Gaza on Sunday.")


def test_generic_hypotheticals_and_principles_are_no_acts():
    assert types("Even if your union approved it, you would still pay for it yourself.") == []
    assert "COERCE" not in types("The article claims that people can be arrested for waving a flag in Ohio.")
    assert "ACCUSE" not in types("\"The FBI investigates all threats against members of Congress,\" the bureau said.")
    assert "ACCUSE" in types("The FBI is investigating the threat against the congresswoman.")
    assert "SUPPORT" in types("Iran supports Hezbollah and other armed groups in Lebanon.")
    assert "REJECT" in types("The Syrian government strongly rejects any responsibility for the gas attack.")


def test_required_wished_and_feared_acts_are_not_done():
    assert "CONCEDE" not in types("Mexico would have to change its constitution to allow more private investment.")
    assert "SUPPORT" not in types("The chamber was consumed by the Senate's desire to approve the nominee quickly.")
    assert "COOPERATE" not in types("His fear of being extradited to the United States kept him in the embassy.")
    assert "RETREAT" not in types("Pressure must continue for Syria to allow the U.N. to deliver food.")
    assert "SUPPORT" in types("The Senate approved the nominee on Tuesday.")


def test_warnings_of_risk_are_no_threats():
    assert "THREATEN" not in types("The Labour leader warned that a truce in Gaza would risk further attacks by Hamas.")
    assert "THREATEN" not in types("Washington warned that Iran could attack commercial ships in the Gulf.")
    assert "THREATEN" in types("Iran warned that it would respond to any attack by Israel.")


def test_blow_of_a_falling_thing_is_no_attack():
    assert types("A man died in Bavaria after he was hit by a falling tree during the storm.") == []
    assert "ASSAULT" in types("The soldier was hit by a sniper near Khan Younis.")


def test_names_of_laws_and_slogans_are_no_acts_but_named_marches_are():
    assert "AGREE" not in types("We changed the country, including the Belfast Peace Agreement, we built schools and hospitals.")
    assert "PROTEST" in types("Thousands of students joined a \"Peaceful March of Lyon\" against the pension reform.")
