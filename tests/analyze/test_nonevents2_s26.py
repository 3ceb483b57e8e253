"""Stop-26 rules from the pages dev audit (classes N1, N3, N4, N5, N6, N8): private exchanges, object senses, denied
and purposed acts, charges' contents, forecasts and interview questions code no event. Each rule has a neighbour
that must stay coded. Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


# N5 private exchanges (private_parties.py)
def test_exchanges_between_private_people_are_private_life():
    assert types("United Airlines offered to fly the dog to Denver, along with a volunteer of the animal shelter.") == []
    assert types("Dr. Maria Lopez, a lung doctor, talked with the patient over the phone.") == []
    assert "REQUEST" in types("Villagers asked the army to leave the valley.")
    assert types("Protesters demanded the release of the detainees.")
    assert "REQUEST" in types("Students demanded the release of their classmates.")


def test_an_unnamed_doer_may_be_official():
    assert "REQUEST" in types("Residents were asked to leave their homes.")


def test_nations_named_by_their_people_stay_political():
    assert "REJECT" in types("Armenians and Azerbaijanis failed to reach agreement on the fate of the enclave.")


# N3 object senses (thing_senses.py)
def test_an_attack_of_the_body_is_an_illness():
    assert "ASSAULT" not in types("The police said the officer has had panic attacks and heart attacks.")
    assert "ASSAULT" in types("The police said militants carried out rocket attacks on the base.")


def test_meeting_a_measure_is_no_consultation():
    assert "CONSULT" not in types("The ministry said Chinese exports met lowered expectations.")
    assert "CONSULT" in types("Chinese President Xi met Russian President Putin in Moscow.")


def test_hitting_a_song_or_the_road_is_no_attack():
    assert "ASSAULT" not in types('After hitting "Born To Run," the senator told the crowd he would run again.')
    assert "ASSAULT" not in types("The senator will hit the road in May.")
    assert "ASSAULT" in types("Israeli jets hit the Hamas base on Monday.")
    assert "ASSAULT" in types("Mortar rounds fired by the rebels hit the road on Saturday.")


def test_a_charging_device_is_no_accusation():
    assert "ACCUSE" not in types("The army spokesman said the radios can connect and charge over USB-C.")
    assert "ACCUSE" in types("Police charged the activist with sedition.")


def test_private_research_into_an_impact_is_no_investigation_of_anyone():
    assert "ACCUSE" not in types("University researchers went to investigate the potential impact of hibernation.")
    assert "ACCUSE" in types("The United Nations sent personnel to Bosnia to investigate the feasibility of a force.")
    assert "ACCUSE" in types("The European Commission will investigate Hungary over the law.")


def test_leaving_the_court_is_walking_off():
    assert "SANCTION" not in types("The senator left the court in the second quarter with a knee injury.")


def test_a_drug_legalised_is_no_concession():
    assert "CONCEDE" not in types("Cannabis for recreational use has been legalized in 11 states.")


def test_a_routine_meeting_is_no_consultation():
    assert "CONSULT" not in types("Legislators gather for organizational meetings ahead of their session, the governor said.")
    assert "CONSULT" in types("Legislators met the French ambassador on Monday.")


def test_information_declined_to_the_press_is_no_rejection():
    assert "REJECT" not in types("The ministry declined to provide that data.")
    assert "REJECT" in types("Iran declined to provide the data to IAEA inspectors.")


def test_a_video_released_is_published():
    assert "RETREAT" not in types(
        "A video showing the moment a kidnapped girl was rescued by police was released on Monday by the police.")
    assert "RETREAT" in types("Hamas released three Israeli hostages on Monday.")


def test_hopes_raised_are_no_promise():
    assert "AGREE" not in types("The Taliban freed two hostages, raising hopes of a thaw in relations with the government.")


def test_everyone_invited_is_a_public_notice():
    assert "AGREE" not in types('A police spokesperson said: "Everyone is invited to the square from 6pm today."')
    assert "AGREE" in types("Putin invited Modi to Moscow.")


def test_supporting_an_objective_backs_no_actor():
    assert "SUPPORT" not in types("NASA will develop new technologies and support human exploration objectives.")
    assert "SUPPORT" in types("Germany supported Ukraine with air defence systems.")


def test_promising_as_an_adjective_is_no_promise():
    assert "AGREE" not in types("The WHO funds interventions that UNICEF and the ministry believe are promising.")
    assert "AGREE" in types("The ministry is promising to withdraw the troops.")


# N4 negation, purpose, condition, charges (denied_doing.py, purposes.py, unasserted_forms.py, charge_contents.py)
def test_a_pledge_not_made_is_no_refusal():
    assert types("However, Erdogan did not commit to any cuts in coal use.") == []
    assert "REJECT" in types("Israel will not commit to a ceasefire.")


def test_at_no_time_denies_the_act():
    assert "AGREE" not in types("At no time did the ministry agree to, create or distribute a statement with Hamas.")
    assert "AGREE" in types("The ministry agreed to a statement with Hamas.")


def test_an_act_under_denied_involvement_is_denied():
    assert "AID" not in types("The minister said she had not been involved in funding the rebels.")
    assert "AID" in types("The minister said she was involved in funding the rebels.")


def test_the_aim_of_a_visit_or_a_body_is_not_done():
    assert "SUPPORT" not in types("Austin is on a visit to Hanoi to strengthen the military relations with Vietnam.")
    assert "ACCUSE" in types("The Kenyan parliament set up a commission to investigate the army's contracts.")
    assert "SUPPORT" in types("Russia and China strengthened their ties in 2019.")


def test_an_agreement_pursued_is_not_reached():
    assert "AGREE" not in types("Washington and the Taliban held talks pursuing an agreement for US troops to leave.")
    assert "AGREE" in types("Washington and the Taliban reached an agreement for US troops to leave.")


def test_if_and_when_is_a_condition():
    assert "ACCUSE" not in types("The remarks could matter if and when the Senate holds an impeachment trial.")


def test_whether_reaches_a_nouns_infinitive():
    assert "REQUEST" not in types("The minister said: \"We will discuss whether we have reason to request further "
                                  "measures from Russia.\"")


def test_the_offence_charged_is_not_reported():
    assert "ASSAULT" not in types("The soldier faces six counts of aggravated assault of a child.")
    assert "ASSAULT" in types("The soldier assaulted a child in Kabul on Monday.")


def test_standing_close_work_is_a_description():
    assert "COOPERATE" not in types("The budget office is independent of government but works closely with the Treasury.")
    assert "COOPERATE" in types("Britain worked closely with Kyiv to secure the deal.")


# N1 speech (speech_frames.py)
def test_a_forecast_said_is_no_request():
    assert "REQUEST" not in types("The strong jobs report should ease the central bank's worries, said the finance minister.")
    assert "REQUEST" not in types("This verdict should be seen in a broader view, said the finance minister.")
    assert "REQUEST" in types("Russia said Sudan should return the helicopter.")


def test_demanding_how_is_a_question():
    assert "REQUEST" not in types("The BBC presenter demanded how Prince Andrew could be so sure.")
    assert "REQUEST" in types("Pakistan demanded that India withdraw its troops.")


def test_too_often_generalises():
    assert "REJECT" not in types("The minister said the truth is too often rejected by Russia.")
    assert "REJECT" in types("The minister said the proposal was rejected by Russia.")
