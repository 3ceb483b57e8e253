"""Stop-24 English rules from the PolNeAR train audit (bench/events_polnear_audit_s24.tsv): election-campaign words
(N2), set phrases and object senses (N3), and acts only alleged, asked about or refused (N4) report no act. Each
rule is checked with a political neighbour that must stay coded. Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_election_won_is_no_assault():
    assert "ASSAULT" not in types("Senator Warren was beaten in the Democratic primary by a state legislator.")
    assert "ASSAULT" not in types("No third-party candidate has beaten the Republican nominee since 1912.")
    assert "ASSAULT" in types("The Russian army beat the Ukrainian brigade near Bakhmut.")


def test_campaign_rally_is_no_protest():
    assert "PROTEST" not in types("Thousands of supporters joined the victory rally of the ruling ZANU-PF party in Harare.")
    assert "PROTEST" in types("Tens of thousands attended the opposition's election rally against the government in Kampala.")
    assert "PROTEST" in types("Thousands of students held a rally against the war in Madrid.")


def test_rallied_backing_and_polled_support_are_no_acts():
    assert "PROTEST" not in types("Senator Cruz rallied voters in Iowa against the Democrats.")
    assert types("President Lula's support among Brazilian voters fell sharply in May.") == []
    assert "SUPPORT" in types("Senator Cruz said he supports Israel.")


def test_offering_words_is_no_offer():
    assert types("The German chancellor offered his thoughts on the French budget.") == []
    assert types("Mayor Adams offered a spirited defense of the police during the hearing.") == []
    assert types("France offered military aid to Chad.") == ["AGREE"]


def test_set_phrases_keep_no_event_sense():
    assert "COERCE" not in types("Senator Cruz seized on the immigration issue in his speech about Obama.")
    assert types("Senator Kerry's talk of a deal with Iran alarmed Israel.") == []
    assert "CONSULT" in types("American and Russian negotiators return to Geneva this week for talk on limiting missiles.")
    assert types("The Supreme Court struck down parts of a Texas abortion law.") == []
    assert "COERCE" in types("Egyptian police seized weapons from the Muslim Brotherhood.")
    assert "CONSULT" in types("Pelosi has continued to talk with Treasury Secretary Steven Mnuchin about the stimulus.")
    assert "ASSAULT" in types("A sniper struck down two Israeli soldiers in Hebron.")


def test_alleged_or_unproven_act_is_not_reported():
    assert "ASSAULT" not in types("The minister denied allegations that Chinese hackers had attacked German ministries.")
    assert types("Investigators found no evidence that Russian agents had hacked the French ministry.") == []
    assert types("Investigators found evidence that Russian agents had hacked the French ministry.") != []


def test_refused_act_is_not_done():
    found = types("The boxer converted to Islam and refused to fight in the Vietnam War.")
    assert "ASSAULT" not in found
    assert "REJECT" in types("The rebels refused to release the Italian hostages.")


def test_indirect_question_reports_no_act():
    assert types("Voters question whether Senator Paul truly opposes the trade deal with China.") == []
    assert types("The EU will decide whether to impose sanctions on Belarus.") == []
    assert "SANCTION" in types("The EU imposed sanctions on Belarus.")


def test_wanted_or_needed_act_is_not_done():
    assert types("Senator Sanders said he would not want the mayor's endorsement.") == []
    assert types("The Kremlin needed to come together to support the Syrian government.") == []
    assert "SUPPORT" in types("The Kremlin supported the Syrian government.")
    assert "RETREAT" in types("Russia had to withdraw its troops from Kherson.")


def test_presupposed_noun_in_a_feared_clause_stays():
    assert "CONSULT" in types("Sinwar's appointment drew concerns that his stance may harm ceasefire negotiations with Israel.")


# corpus dev audit s24 (/work/reports/audit-s24-dev.md), classes A1, A2, A4, A5, A7


def test_capability_is_no_act():
    assert types("China has the power to end the protests in Hong Kong.") == []
    assert "SANCTION" not in types("The president has the authority to impose tariffs on Canada.")
    assert "SANCTION" in types("The president imposed tariffs on Canada.")
    assert "SUPPORT" in types("The minister took the opportunity to thank Qatar for its mediation.")


def test_content_of_a_bill_is_no_act():
    assert types("Senator Graham said he'd introduce legislation withholding federal funds from Colombia.") == []
    assert "SANCTION" in types("Congress withheld federal funds from Colombia.")


def test_so_that_can_is_a_purpose():
    found = coded_en("Israel is fighting to destroy Hamas so it can no longer attack Israelis.")
    assert not any(e.type == "ASSAULT" and {a.country for a in e.target} == {"ISR"} for e in found)
    assert "ASSAULT" in types("Israel bombed Hamas positions, so the militants retreated.")


def test_conditional_act_is_supposed():
    assert types("If convicted, Assange could face decades in an American jail.") == []
    assert types("NATO will respond if Russia attacks Lithuania.") == []
    assert "SANCTION" in types("Assange was convicted by a British court in 2012.")


def test_penalty_in_prospect_is_no_penalty():
    assert types("Russia could face new EU sanctions over the attack.") == []
    assert "SANCTION" in types("The EU imposed new sanctions on Russia.")


def test_present_obligation_is_no_act():
    assert types("We have to ban any US company from selling chips to China, the senator said.") == []
    assert "RETREAT" in types("Russia had to withdraw its troops from Kherson.")


def test_question_about_a_coming_act_reports_none():
    assert types("Analysts wonder how Israel will negotiate with Hamas after the war.") == []
    assert "CONSULT" in types("Analysts described how Israel negotiated with Hamas in Doha.")


def test_habit_is_no_dated_act():
    assert types("Egyptian courts usually sentenced protesters to long prison terms in the 1990s.") == []
    assert "ASSAULT" in types("Belarusian prison guards routinely beat political prisoners in Minsk.")


def test_appeal_to_voters_is_attraction():
    assert types("Haley does not appeal to conservative voters.") == []
    assert "REQUEST" in types("Zelensky appealed to the United Nations for help.")


def test_counterfactual_is_supposed():
    assert types("These reforms would have freed the Republican Party from Trump, he said.") == []
    assert "ASSAULT" in types("The Israeli army must have struck the building at dawn, the witnesses said.")
    assert "ACCUSE" in types("Ramaswamy would have lost if he had not attacked DeSantis and Haley in the debate.")


def test_hoped_act_is_not_done():
    assert types("Critics fervently hope Americans will reject Trump at the ballot box.") == []
    assert "REJECT" in types("Americans rejected Trump at the ballot box.")


def test_anonymity_request_is_boilerplate():
    assert types("Two Iraqi officials asked not to be named because they were not authorized to speak to the press.") == []
    assert types("A senior Israeli official, who asked not to be identified, said Israel struck the depot.") == ["ASSAULT"]
    assert "REQUEST" in types("Iraq asked Turkey to withdraw its troops.")
