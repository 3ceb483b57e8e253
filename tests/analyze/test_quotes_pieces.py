"""Quotes: pieces of one statement (around or after its attribution, over paragraphs) and mixed quote marks."""
from __future__ import annotations

from tests.analyze.quotes_helpers import analyse, quote_with
from tests.analyze.test_quotes import spans

EN = "en"


def test_quote_after_the_attribution_sentence_goes_on_with_the_first() -> None:
    analysis = analyse([(EN, "“You're down to the number of people you can count,” Bay Buchanan said, noting that "
                             "Manafort did not lose a single delegate. “If you're not tough, you will lose.”")])
    first, second = quote_with(analysis, "down to the number"), quote_with(analysis, "If you're not tough")
    assert second.cue == first.cue == "said"
    assert second.speaker.name == first.speaker.name == "Bay Buchanan"
    assert second.direct


def test_quote_paragraph_goes_on_with_the_quote_before_it() -> None:
    analysis = analyse([(EN, "“Ted Cruz is the best candidate since Ronald Reagan,” Richard Viguerie tells reporters."),
                        (EN, "“He is what we have waited for. He checks all our boxes.”")])
    first, second = quote_with(analysis, "best candidate"), quote_with(analysis, "checks all our boxes")
    assert second.cue == first.cue == "tells"
    assert second.speaker.name == "Richard Viguerie" and second.direct


def test_quote_paragraph_after_narration_keeps_its_own_attribution() -> None:
    analysis = analyse([(EN, "“We will win,” Richard Viguerie said."),
                        (EN, "The campaign then moved to Iowa, where crowds were smaller."),
                        (EN, "“It is over,” Maria Lopez said.")])
    assert quote_with(analysis, "It is over").speaker.name == "Maria Lopez"


def test_mixed_quote_marks_close_the_quote() -> None:
    assert spans('“It is so shameful that you ignored my call," Smegielski said. Then she left.') == [
        "It is so shameful that you ignored my call,"]
    assert spans("“Do you want to be associated with a fascist?“ he asked. “No,” Trump said.") == [
        "Do you want to be associated with a fascist?", "No,"]


def test_curly_closing_mark_ends_a_straight_opening_mark() -> None:
    assert spans('"There are two people who can do that,” said Rick Wilson. “That\'s Jeb Bush.”') == [
        "There are two people who can do that,", "That's Jeb Bush."]
    assert spans('He said “a "b" c” and "d".') == ['a "b" c', "d"]  # a curly opener still takes its own closer


def test_quote_after_a_sentence_ending_in_a_colon_takes_its_subject() -> None:
    analysis = analyse([(EN, "Colombian President Gustavo Petro met Donald Trump on Tuesday."),
                        (EN, "After the meeting, Petro issued the following statement:"),
                        (EN, "“Our prayers are with all those affected by the floods. This cannot continue.”")])
    quote = quote_with(analysis, "Our prayers are with")
    assert quote.speaker.name == "Gustavo Petro" and quote.cue == "issued" and quote.direct


def test_said_that_with_quoted_words_is_reported_speech() -> None:
    analysis = analyse([(EN, "Senator Jason Kander said that “Washington dysfunction has stopped Congress "
                             "from acting.”")])
    quote = quote_with(analysis, "Washington dysfunction")
    assert quote.text.startswith("that") and not quote.direct
    assert quote.speaker.name == "Jason Kander"


def test_far_quote_with_no_cue_is_not_given_an_earlier_speaker() -> None:
    analysis = analyse([(EN, "“We will win this race,” Richard Viguerie said on Monday in Des Moines. "
                             "The campaign then moved to Iowa, where the crowds were much smaller than expected "
                             "and the weather was cold. Signs along the road read “Stop the steal of our farms now”.")])
    assert not any("Stop the steal" in q.text and q.speaker and q.speaker.name == "Richard Viguerie"
                   for q in analysis.quotes)


def test_second_reporting_verb_gets_its_own_quote() -> None:
    analysis = analyse([(EN, "In a prison interview last year, Mihai Lazar said he welcomed extradition to the United "
                             "States and added, \"I'll plead guilty, no problem.\"")])
    said = quote_with(analysis, "welcomed extradition")
    assert said.cue == "said" and "plead" not in said.text
    added = quote_with(analysis, "plead guilty")
    assert added.cue == "added" and added.direct and added.speaker.name == "Mihai Lazar"


def test_as_x_put_it_colon_introduces_the_quote() -> None:
    analysis = analyse([(EN, "Or, as Tom Ridge, a former secretary of homeland security, put it: "
                             "''The barbarians are no longer at the gate. They're inside.''")])
    quote = quote_with(analysis, "The barbarians")
    assert quote.speaker.name == "Tom Ridge" and quote.cue == "put" and quote.direct


def test_a_title_in_the_attribution_is_not_part_of_the_statement() -> None:
    analysis = analyse([(EN, "\"America needs to get tough on terrorism,\" Donald Trump says in the radio spot "
                             "titled \"Dangerous,\" warning against the plan.")])
    assert quote_with(analysis, "get tough").cue == "says"
    assert all(q.cue != "says" for q in analysis.quotes if "Dangerous" in q.text)


def test_statement_in_brackets_before_its_cue_is_a_direct_quote() -> None:
    analysis = analyse([(EN, "The endorsements prompted some blowback from members (\"I want my dues back,\" wrote "
                             "Edward Nelson, a technician, on Facebook), and more complaints will follow.")])
    quote = quote_with(analysis, "I want my dues back")
    assert quote.direct and quote.cue == "wrote" and quote.speaker.name == "Edward Nelson"
    assert not quote.text.startswith("The endorsements")


def test_statement_after_a_colon_before_its_cue_is_a_direct_quote() -> None:
    analysis = analyse([(EN, "Chris Murphy followed up by lamenting the churn of his job: "
                             "“There is just a ton of nonsense with this job,” he said.")])
    quote = quote_with(analysis, "a ton of nonsense")
    assert quote.direct and quote.cue == "said" and quote.text.startswith("There is")


def test_confessed_is_a_reporting_verb() -> None:
    analysis = analyse([(EN, "“This is a big political win for me,” Dinesh D'Souza confessed on television.")])
    quote = quote_with(analysis, "big political win")
    assert quote.cue == "confessed" and quote.direct


def test_narration_before_a_colon_is_not_what_the_post_posed_cue_reports() -> None:
    analysis = analyse([(EN, "A few minutes later, Murphy followed up by lamenting the churn of meaningless tasks his "
                             "job entails, especially fundraising: “There’s just a ton of garbage with this job,” he "
                             "said.")])
    said = [q for q in analysis.quotes if q.cue == "said"]
    assert [q.text for q in said] == ["There’s just a ton of garbage with this job,"]


def test_phrasal_and_inscription_cues() -> None:
    analysis = analyse([(EN, "\"And it is a bit concerning to me because it would end Medicare,\" "
                             "Hillary Clinton went on."),
                        (EN, "\"Congress has failed to act on the lives of infants,\" the letter read."),
                        (EN, "The senator read the report on Monday.")])
    assert quote_with(analysis, "a bit concerning").cue == "went on"
    letter = quote_with(analysis, "failed to act")
    assert letter.cue == "read" and letter.direct
    assert not any("the report" in q.text for q in analysis.quotes)


def test_reporting_verb_right_before_the_mark_introduces_the_quote() -> None:
    analysis = analyse([(EN, "Band member Flea shared the news on social media last week, writing “Feels great to "
                             "support someone I believe in. The band offered to pay for the theater that night.”")])
    quote = quote_with(analysis, "Feels great")
    assert quote.cue == "writing" and quote.direct
    assert quote.speaker is not None and quote.speaker.name == "Flea"


def test_quoted_title_inside_the_writers_sentence_does_not_go_on_with_the_quote() -> None:
    analysis = analyse([(EN, "“I’m not sure Leo DiCaprio is available, but we’ll see, right?” Clinton remarked, "
                             "alluding to the actor's latest turn as a frontiersman in “The Revenant.”")])
    quote = quote_with(analysis, "Leo DiCaprio")
    assert quote.direct and quote.cue == "remarked"
    assert not any(q.text.startswith("The Revenant") and q.cue == "remarked" for q in analysis.quotes)


def test_cue_clause_after_a_quote_that_ends_its_sentence() -> None:
    analysis = analyse([(EN, "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are "
                             "missing.” Trump said."),
                        (EN, "“This is fantastic!” beamed Donald Hartley of Madison, Alabama.")])
    russia = quote_with(analysis, "Russia, if you")
    assert russia.direct and russia.cue == "said" and russia.speaker.name == "Donald Trump"
    fantastic = quote_with(analysis, "This is fantastic")
    assert fantastic.direct and fantastic.cue == "beamed" and "Hartley" in fantastic.speaker.text


def test_sentence_after_a_quote_with_its_own_complement_is_not_its_cue() -> None:
    analysis = analyse([(EN, "Petro spoke first. “We will win this election.” Trump said the campaign would go on.")])
    assert not any(q.text.startswith("We will win") and q.cue == "said" for q in analysis.quotes)


def test_headline_quote_after_the_speakers_name_and_a_colon() -> None:
    analysis = analyse([(EN, "Kasich: ‘We Are Going To Go All The Way To Cleveland’"),
                        (EN, "The timing does not surprise Republican pollster Daron Shaw: “Historically, "
                             "lesser-known candidates do well early in the race.”")])
    headline = quote_with(analysis, "We Are Going")
    assert headline.direct and headline.cue == ":" and headline.speaker.text == "Kasich"
    assert quote_with(analysis, "Historically").speaker.text.endswith("Daron Shaw")


def test_as_x_put_it_and_an_inverted_manner_verb_introduce_quotes() -> None:
    analysis = analyse([(EN, "As Akhil Amar, a professor of law at Yale, put it, “Senate Republicans should remember "
                             "that a compromise candidate today may be far better for them.”"),
                        (EN, "\"Analysts said no, and she took it upon herself to prove them wrong,\" remembered "
                             "Roy Verley, her former spokesman.")])
    amar = quote_with(analysis, "Senate Republicans")
    assert amar.direct and amar.cue == "put" and amar.speaker.name == "Akhil Amar"
    verley = quote_with(analysis, "prove them wrong")
    assert verley.direct and verley.cue == "remembered" and verley.speaker.name == "Roy Verley"
    table = analyse([(EN, "He put it on the table, “the plan is good and we will sign it.”")])
    assert all(q.cue != "put" for q in table.quotes)


def test_name_between_the_quote_and_its_cue_is_the_speaker() -> None:
    analysis = analyse([(EN, "''Universal dismissal of Trump and Sanders. Underestimation of Cruz,'' Robert Shrum, "
                             "a veteran Democratic strategist, said, naming a few. ''Clinton remains the clear "
                             "favorite.''")])
    first, second = quote_with(analysis, "Universal dismissal"), quote_with(analysis, "Clinton remains")
    assert first.speaker.name == second.speaker.name == "Robert Shrum"
    assert second.cue == "said" and second.direct


def test_capitalised_statement_and_vocative_are_not_titles() -> None:
    analysis = analyse([(EN, "\"Two people can do that,” said Rick Wilson, a strategist who once worked for Bush. "
                             "“That’s Jeb Bush and Marco Rubio.”"),
                        (EN, "“Your Honor,” I said, “I would like to try to answer the question you raised.”"),
                        (EN, "He wrote “The Art of the Deal” in 1987.")])
    assert quote_with(analysis, "That’s Jeb Bush").speaker.name == "Rick Wilson"
    assert quote_with(analysis, "Your Honor").cue == "said"
    assert not any("Art of the Deal" in q.text for q in analysis.quotes)


def test_manner_verb_after_a_comma_quote_and_a_verb_before_its_object() -> None:
    analysis = analyse([(EN, "“If they were serious about this, they would have gone to the bill,” Toomey fumed on "
                             "Tuesday."),
                        (EN, "Clinton riffed on the incident in Iowa, telling the crowd, “Some people get a little "
                             "carried away, have you noticed that?”")])
    fumed = quote_with(analysis, "If they were serious")
    assert fumed.cue == "fumed" and fumed.speaker.name == "Toomey" and fumed.direct
    crowd = quote_with(analysis, "carried away")
    assert crowd.cue == "telling" and crowd.speaker.text == "Clinton"


def test_cue_verb_the_parser_took_for_a_noun_after_a_comma_quote() -> None:
    analysis = analyse([(EN, "“We will rebuild every bridge in this county within four years,” a narrator in the new "
                             "advert states."),
                        (EN, "“Neighbours, I will be honest. I can win this seat. My rival cannot,” the leaflet read. "
                             "It claimed that the race was close.")])
    bridge = quote_with(analysis, "We will rebuild")
    assert bridge.direct and bridge.cue == "states" and "advert" in bridge.speaker.text
    leaflet = quote_with(analysis, "I can win this seat")
    assert leaflet.direct and leaflet.cue == "read" and "leaflet" in leaflet.speaker.text
