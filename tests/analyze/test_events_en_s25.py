"""Stop-25 English rules (PolNeAR train audit s24 classes N1, N2, N3, N5, N6, N7 and the dump of 150 train articles):
a question asked, a consequence "allowed", one speaker talking about a topic, a trip to a place at home, a citizen's
ballot, an act within one's own family and a review ordered inside one's own government report no PLOVER act. Each
rule is checked with a neighbour that must stay coded. Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_asking_a_question_is_no_request():
    assert types("General Milley recently asked Admiral Kurilla that very question.") == []
    assert "REQUEST" in types("Ukraine asked NATO to send more fighter jets.")
    assert "REQUEST" in types("Ukraine asked Germany for more air defence systems.")


def test_a_consequence_allowed_is_no_concession():
    assert types("That allows us to question private property, the activist said.") == []
    assert "RETREAT" in types("Israel allowed aid trucks into Gaza on Sunday.")
    assert "CONCEDE" in types("The Supreme Court decided to allow Ouattara to participate in the elections.")


def test_one_speaker_talking_a_topic_meets_no_one():
    assert types("Eric Trump, son of the Republican front-runner, talked politics Monday on Fox and Friends.") == []
    assert types("In this file photo, Rep. Cory Wilson, R-Madison, discusses a transportation issue at the Capitol.") == []
    assert "CONSULT" in types("Biden and Xi discussed how to avoid a conflict over Taiwan.")
    assert "CONSULT" in types("Blinken discussed with Netanyahu how to free the hostages.")


def test_a_trip_to_a_place_at_home_has_no_host():
    assert types("Vice President Joe Biden was to travel to Columbus, Ohio, on Wednesday to promote the rules.") == []
    assert types("During his visit to Mar-a-Lago Tower, LeVell said he saw people of many races.") == []
    assert "CONSULT" in types("President Biden visited Mexico on Tuesday.")
    assert "CONSULT" in types("Israeli Prime Minister Netanyahu visited the White House on Monday.")


def test_a_citizens_ballot_is_no_support():
    assert types("Joseph Hunter, a conservative blogger in Chicago, said he will not vote for Trump.") == []
    assert types("Singh, 47, voted for the Republican nominees in 2008 and 2012.") == []
    assert "SUPPORT" in types("The Russian parliament voted for Mishustin as prime minister.")


def test_an_act_within_ones_own_family_is_private():
    assert types("When his family moved back to Tennessee, his mother refused to teach him Japanese.") == []
    assert types("In another email, Clinton asks her assistant to print out the recommendations.") == []
    assert "ACCUSE" in types("His mother accused the police of killing him.")
    assert "ACCUSE" in types("Some of the women who accused her husband of sexual misconduct spoke to reporters.")


def test_a_review_ordered_at_home_is_no_request():
    assert types("President Obama has ordered a review of the K-1 visa program.") == []
    assert "RETREAT" in types("The president ordered the army to withdraw from the city.")


def test_publishing_totals_research_or_a_flurry_of_books_frees_no_one():
    assert types("Two of the Republicans seeking the presidency have released their fundraising totals.") == []
    assert types("This summer, publishers are releasing a flurry of books about the campaign.") == []
    assert types("New research to be released this week by four academic economists suggests otherwise.") == []
    assert "RETREAT" in types("Hamas released the hostages it had held in Gaza.")


def test_force_used_on_a_relative_stays_coded():
    assert "COERCE" in types("Her mother was deported by U.S. immigration agents in 2002.")


def test_a_warning_about_a_plain_thing_is_no_threat():
    assert types('Senator Cruz warned against the "fevered dreams" of a brokered convention.') == []
    assert types("Pollster Ann Selzer says she warned about surprises.") == []
    assert "THREATEN" in types("Russia warned against any deployment of NATO troops in Ukraine.")
    assert "THREATEN" in types("The United States warned Russia against an invasion of Ukraine.")


def test_a_court_agreeing_to_hear_cases_is_procedure():
    assert types("Before the judge died, the court had agreed to hear cases that unions hoped would help them.") == []
    assert types("Since then, the court has been accepting cases in uncontroversial areas, notably patents.") == []
    assert "AGREE" in types("Hamas agreed to hear the mediators' proposal.")


def test_applause_with_no_one_applauded_is_no_support():
    assert types("Senator Cruz seemed lost, applauding along with the audience.") == []
    assert "SUPPORT" in types("Merkel applauded the decision by the European Commission.")


def test_shutting_off_speculation_coerces_no_one():
    assert types("Ben Carson moved quickly to shut off speculation about a campaign shakeup Wednesday.") == []
    assert "COERCE" in types("The government shut down the opposition newspaper.")


def test_the_promise_of_a_thing_and_yielded_results_are_no_acts():
    assert types('"Hillary Clinton believes in the promise of public education," Weingarten declared.') == []
    assert types("The campaign of Senator Sanders has yielded results in Iowa.") == []
    assert "AGREE" in types("Trump's promise of a wall along the border won him votes.")
    assert "CONCEDE" in types("The rebels yielded the town to government forces.")


def test_disagreeing_is_an_opinion_not_a_rejection():
    assert types("They disagree with our foreign policy, Professor Clarke said in an interview.") == []
    assert "REJECT" in types("Iran disagreed with the ceasefire proposal put forward by Egypt.")


def test_ignoring_a_fact_rejects_no_one():
    assert types("Attorney General Loretta Lynch ignored clear evidence of a tax evasion scandal.") == []
    assert "REJECT" in types("Israel ignored the UN's calls for a ceasefire.")


def test_trying_to_address_a_problem_stays_uncoded():
    # the published-thing reading of a relative clause must not make "sought to address" a request
    assert types("It is the first time lawmakers have sought to address the persistent trade deficit.") == []


def test_agreeing_with_a_view_commits_no_one():
    assert types("Senator Graham agrees with Senator Lee that Cruz is the party's best candidate.") == []
    assert types("Trump also asserted that unnamed military leaders agree with him.") == []
    assert "AGREE" in types("Senior Hungarian and Romanian officials agreed that their countries should cooperate.")
    assert "AGREE" in types("Israel agreed with Egypt to open the Rafah crossing.")


def test_declining_to_weigh_in_or_answer_questions_is_no_rejection():
    assert types("Secretary Clinton declined to weigh in on the debate over encryption.") == []
    assert types("The Russian ministry declined to respond to questions about the deal.") == []
    assert "REJECT" in types("Iran refused to respond to the ultimatum.")


def test_seeking_damages_is_suing():
    assert types("The family of the victim is seeking damages from the Chicago police department.") == ["ACCUSE"]
    assert types("Ukraine demanded compensation from Russia for the destroyed dam.") == ["REQUEST"]


def test_an_act_wanted_or_expected_is_not_done():
    assert types("Senator Clinton said she did not want U.S. combat troops to fight the Islamic State.") == []
    assert types("Most analysts don't expect Senator Sanders to back Clinton on Thursday night.") == []
    assert "ASSAULT" in types("U.S. combat troops fought the Islamic State near Mosul.")


def test_questions_asked_about_or_to_know_are_no_requests():
    assert types("A Greenpeace activist demanded to know whether Clinton would forsake donations from oil companies.") \
        == []
    assert types("NBC's Chuck Todd asked the GOP frontrunner about the Twitter kerfuffle.") == []
    assert "REQUEST" in types("Hamas demanded the release of all Palestinian prisoners.")


def test_campaign_contests_margins_and_money_are_no_acts():
    assert types("Donald Trump, who is battling Carson for the top spot in many Republican polls, spoke.") == []
    assert types("In hypothetical match-ups, Hillary Clinton would beat Donald Trump and Ted Cruz.") == []
    assert types("Women back him by almost 20 points.") == []
    assert types("Clinton argued she could be tough on Wall Street while accepting millions in campaign contributions.") \
        == []
    assert types("Hillary Clinton says rival Bernie Sanders accepted about $200,000 in indirect donations from Wall Street.") \
        == []
    assert "ASSAULT" in types("The army battled the rebels for control of the town.")
    assert "REJECT" in types("The parliament rejected the bill by 300 votes to 50.")


def test_idioms_on_demand_hitting_a_gathering_demonstrating_that_and_free():
    assert types("Abortion on demand is no longer welcome in the party, the group said.") == []
    assert types("Governor Pence spoke at a breakfast before hitting a Rural Electric Cooperative Association gathering.") \
        == []
    assert types("But the congressional investigations haven't demonstrated that Benghazi belongs on that list.") == []
    assert "PROTEST" in types("Thousands demonstrated against the war in Baghdad.")


def test_what_a_plan_promises_is_its_content():
    assert types("Senator Warren's plan promises to break up the big banks.") == []
    assert "AGREE" in types("Senator Clinton promises to lift up participation in the workforce.")


def test_rejected_comments_are_criticism_and_a_blocked_bill_is_rejected():
    assert types("But Ryan has been very vocal in rejecting several of Trump's comments.") == ["ACCUSE"]
    assert types("Senate Democrats blocked a $1.1 billion funding package to fight the virus.") == ["REJECT"]
    assert types("Iran rejected the proposal put forward by Egypt.") == ["REJECT"]
