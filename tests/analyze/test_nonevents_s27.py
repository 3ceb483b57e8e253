"""Stop-27 non-events (writer-nonevents-s27): exchanges between people whom nothing in the sentence places in politics
(unplaced_parties.py), national teams at play in a sports report and more words of sports reports (sport_pages.py),
voter rallies (cue list campaign_compound). Sentences written for these tests, after dev pool classes."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


# unplaced_parties.py: sides with no country and no sector, nothing political in the sentence

def test_private_invitation_between_unknown_names_is_not_coded():
    assert "AGREE" not in types("A colleague introduced Field to Johnson, who invited her to give a talk at the lab.")


def test_private_offer_and_request_are_not_coded():
    assert types("At the end of her talk, Manzara approached her and offered a solution.") == []
    assert "REQUEST" not in types("I asked her several times to let me out, and she kept telling me no.")


def test_an_unknown_name_beside_a_political_actor_stays():
    event = [e for e in coded_en("Lewandowski met Trump on Tuesday.") if e.type == "CONSULT"]
    assert event and "USA" in countries(event[0].target)


def test_an_unknown_name_beside_a_country_stays():
    assert "AGREE" in types("Johnson invited her to Paris for talks with the French government.")


def test_accusations_of_unknown_names_are_left_alone():
    assert "ACCUSE" in types("Rudolph accused Keating of fraud.") or "ACCUSE" in types("Rudolph was charged with fraud.")


# sport_pages.py: countries standing alone are national teams in a sports report

MATCH = ("The Netherlands clinched a place in the tournament despite drawing with Northern Ireland. The goalkeeper made "
         "two saves and the striker scored a header before half-time in the league fixture. ")


def test_a_country_beating_another_in_a_match_report_is_no_attack():
    assert "ASSAULT" not in types(MATCH + "Austria punched its ticket by beating North Macedonia.")


def test_the_same_sentence_outside_a_sports_report_keeps_its_reading():
    # no sports report: the country's act is left to the other rules (an attack on a country stays an attack)
    assert "ASSAULT" in types("Austria attacked North Macedonia on Tuesday.")


def test_a_state_body_in_a_sports_report_stays():
    assert "SANCTION" in types(MATCH + "The government banned the fans from the stadium after the riot.") \
        or "COERCE" in types(MATCH + "The government banned the fans from the stadium after the riot.")


def test_new_sport_words_make_a_football_report():
    play = "The Raiders beat the Packers on Sunday."
    assert "ASSAULT" in types(play)  # alone, the old reading
    report = "The linebacker and the cornerback starred in the NFL playoff game. The quarterback was sacked twice. "
    assert "ASSAULT" not in types(report + play)


# campaign_compound: a voter rally is a campaign event

def test_voter_rallies_are_no_protest():
    assert "PROTEST" not in types("Trump has collected data at voter rallies in Iowa.")


def test_a_protest_rally_stays():
    assert "PROTEST" in types("Thousands of students held a rally against the government in Caracas.")


# product_releases.py: a company's product released frees no one

def test_a_product_released_by_a_company_is_not_coded():
    assert "RETREAT" not in types("Apple released the 11-inch iPad Pro and a redesigned iPad Pro before the end of last year.")
    assert "RETREAT" not in types("It is a movie set for release by Universal Pictures on Feb. 5.")


def test_releases_of_people_stay():
    assert "RETREAT" in types("Hamas released 13 of them on Friday.")
    assert "RETREAT" in types("Israel released 39 Palestinians.")
    assert "RETREAT" in types("The kidnappers released John Smith on Friday.")


def test_a_refusal_between_unplaced_names_is_not_coded_but_a_one_sided_one_stays():
    assert "REJECT" not in types("Earlier, Mesa had rejected a general proposal from StatesWest to combine the carriers.")
    assert "REJECT" in types("Smith rejected the plan.")  # one side read: left to the other rules


# stated_resolve.py: "determined to" is resolve, no commitment

def test_determined_to_is_no_agreement():
    assert "AGREE" not in types("Senator Bernie Sanders says he is determined to end a rigged economy in the United States.")


def test_ready_and_pledged_stay():
    assert "AGREE" in types("China says it is ready to play a role in easing tensions.")
    assert "AGREE" in types("Iran pledged to cooperate with the inspectors.")


# voter_appeals.py: a request addressed only to voters is campaigning

def test_appeals_to_voters_are_not_coded():
    assert "REQUEST" not in types("Governor John Kasich has taken to urging voters to slow down in their everyday lives.")
    assert "REQUEST" not in types("Senator Ted Cruz said GOP voters should go with him because he has the more "
                                  "conservative record.")


def test_a_boycott_call_and_a_mixed_addressee_stay():
    assert "REQUEST" in types("The opposition party urged voters to boycott the election.")
    assert "REQUEST" in types("President Obama urged Congress and voters to act on climate change.")


def test_private_funding_between_unplaced_names_is_not_coded():
    assert "AID" not in types("In 2008, Field formed Ice911, a nonprofit, to fund her experiments.")


def test_a_mangled_name_of_a_political_actor_keeps_the_exchange():
    text = "Donald Trump won the Iowa caucus. The best highlights from @SarahPalinUSA's fiery endorsement of @realDonaldTrump."
    assert "SUPPORT" in types(text)


def test_a_denial_between_unplaced_names_stays():
    assert "REJECT" in types("Andrew has denied having sex with Giuffre.")
