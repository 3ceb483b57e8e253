"""Stop-25, round-2 English rules: voters' backing and support only sought or out of reach are no SUPPORT, verbal
hits and attacks between politicians are ACCUSE, the act asked of someone called for ("a prosecutor to investigate")
is the request's content, and the to-infinitive of a motive or plan is not done. Each rule has a neighbour that must
stay coded. Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_voters_backing_a_candidate_is_no_support():
    assert "SUPPORT" not in types("Most independents favour Haley.")
    assert "SUPPORT" not in types("In October, black voters were backing Clinton.")
    assert "SUPPORT" not in types("Women back him by almost 20 points.")
    assert "SUPPORT" in types("The union endorsed Biden on Tuesday.")
    assert "SUPPORT" in types("Germany backed Ukraine's bid.")


def test_support_sought_or_out_of_reach_is_not_given():
    assert "SUPPORT" not in types("Cruz is pursuing support from fellow lawmakers.")
    assert "SUPPORT" not in types("The bill could not get the support of 60 senators.")
    assert "SUPPORT" not in types("Warren hopes to win the endorsement of the teachers union.")
    assert "SUPPORT" in types("Clinton won the endorsement of the National Education Association last week.")


def test_money_spent_to_back_a_candidate_is_campaign_spending():
    assert "SUPPORT" not in types("The super PAC also spent $500,000 to back Debbie Wasserman Schultz.")
    assert "SUPPORT" in types("The union endorsed Biden on Tuesday.")


def test_a_politician_hit_for_a_fault_is_accused():
    assert types("Trump, who has hit Hillary Clinton for enabling her husband's behavior, released a video.") \
        == ["ACCUSE"]
    assert "ASSAULT" in types("The rebels hit the army base for the second time.")


def test_attacks_from_a_named_person_are_words():
    assert "ASSAULT" not in types("He seemed rattled by attacks from New Jersey Gov. Chris Christie at the final debate.")
    assert "ASSAULT" not in types("Mr. Trump has been the most direct in his attacks on Mr. Clinton.")
    assert "ASSAULT" in types("He was wounded in attacks from Hamas militants.")


def test_the_act_asked_of_someone_called_for_is_the_requests_content():
    assert types("Republicans are calling for a special prosecutor to investigate Hillary Clinton.") == ["REQUEST"]
    assert "ASSAULT" in types("Police arrested the man who attacked the mayor.")


def test_a_motive_or_plan_is_not_done():
    assert types("There is another incentive to reach some kind of compromise.") == []
    assert types("The GOP focused on stopping Obama's plan to admit Syrian refugees.") == []


def test_support_tallied_or_moving_is_a_share():
    assert "SUPPORT" not in types("The poll shows where each candidate's support came from in Iowa.")
    assert "SUPPORT" not in types("Rubio maintains an overwhelming lead in congressional endorsements.")
    assert "SUPPORT" not in types("His supporters backed the measure.")
    assert "SUPPORT" in types("China voiced support for Russia.")


def test_an_announced_plan_still_codes_its_act():
    assert "CONCEDE" in types("Israel announced a plan to withdraw troops from Gaza.")


def test_walking_out_in_protest_is_a_protest():
    assert [(e.type, e.mode) for e in coded_en("The opposition walked out of the session in protest.")] \
        == [("PROTEST", "boycott")]
    assert types("The delegation walked out of the talks.") == ["REJECT"]


def test_a_named_politicians_onslaught_is_words():
    assert types("In response to Mr. Trump's latest onslaught, Mrs. Clinton's campaign said in a statement that "
                 "she won't be bullied.") == ["ACCUSE"]
    assert "ASSAULT" in types("Putin's onslaught in the east continued.")


def test_support_given_with_a_vote_is_a_ballot():
    assert "SUPPORT" not in types("That is when African-Americans started supporting him with their vote.")
    assert "SUPPORT" in types("China voiced support for Russia with a statement.")
