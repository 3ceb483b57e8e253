"""Doers the sentence leaves to the reader (stop 23): the subject that controls a gerund in an on/in phrase, the
members a group subject lists, "they both" for the pair just named, the police of a case just told, and "the attack"
in a story of one attacker. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import at_trigger, countries, event_at, names


def test_gerund_in_an_on_phrase_of_a_stative_participle_is_the_subjects():
    event = event_at("Germany was still focused on providing aid to Ukraine.", "AID", "providing")
    assert countries(event.source) == {"DEU"}


def test_gerund_in_an_in_phrase_is_the_subjects():
    event = event_at("Russia persisted in shelling Kharkiv through the winter.", "ASSAULT", "shelling")
    assert countries(event.source) == {"RUS"}


def test_gerund_in_a_topic_phrase_is_not_the_subjects():  # neighbour: a comment on aid is no aid
    event = event_at("Biden commented on providing aid to Ukraine.", "AID", "providing")
    assert not event.source


def test_members_listed_by_a_group_subject_are_the_doers():
    text = ("Kyiv's Western allies, including France's Emmanuel Macron and Britain's Keir Starmer, "
            "condemned the Russian strikes on Sunday.")
    event = event_at(text, "ACCUSE", "condemned")
    assert countries(event.source) == {"FRA", "GBR"} and countries(event.target) == {"RUS"}


def test_they_both_is_the_pair_named_just_before():
    text = ("There were few differences between Emmanuel Macron and Olaf Scholz on Monday. "
            "For example, they both expressed strong support for Ukraine.")
    event = event_at(text, "SUPPORT", "expressed")
    assert countries(event.source) == {"FRA", "DEU"}


def test_they_both_with_no_pair_before_stays_empty():  # neighbour: one subject and two objects name no pair
    text = "Olaf Scholz met Emmanuel Macron and Rishi Sunak on Monday. For example, they both expressed strong support for Ukraine."
    event = event_at(text, "SUPPORT", "expressed")
    assert not event.source


def test_a_charge_continues_the_arrest_the_police_just_made():
    text = ("The FBI announced the arrests of two men in Boston on Friday. "
            "The two men were charged with plotting attacks on behalf of a foreign government.")
    event = event_at(text, "ACCUSE", "charged")
    assert countries(event.source) == {"USA"} and "Federal Bureau of Investigation" in names(event.source)


def test_a_conviction_is_not_the_prosecutors():  # neighbour: a court convicts, not those who charged
    text = "Federal prosecutors charged the banker with fraud in March. The banker was convicted of fraud in June."
    event = event_at(text, "SANCTION", "convicted")
    assert not any(a.sector == "JUD" and "prosecutors" in a.name for a in event.source)


STORY = ("An Israeli tank crew killed a reporter in October by firing two shells at a group of journalists. "
         "The army did not respond to requests for comment. A day later, it said the incident took place in a combat zone. "
         "Lawyers say the law bars such conduct. Editors met in London on Tuesday. ")


def test_the_attack_recalls_the_one_attacker_of_the_story():
    text = STORY + '"The attack killed our colleague Tom Smith and injured several others," the editor said.'
    events = [e for e in at_trigger(text, "ASSAULT", "killed") if "Tom Smith" in names(e.target)]
    assert events and countries(events[0].source) == {"ISR"}


def test_the_attack_in_a_story_of_two_attackers_stays_empty():  # neighbour: which attack is not told
    text = ("Hezbollah fighters fired rockets at an army post in September. " + STORY
            + '"The attack killed our colleague Tom Smith and injured several others," the editor said.')
    events = [e for e in at_trigger(text, "ASSAULT", "killed") if "Tom Smith" in names(e.target)]
    assert events and not events[0].source


def test_an_unattributed_quoted_we_continues_the_speaker_before():
    text = ("\u201cChina regrets the strikes,\u201d the Chinese foreign ministry said in a statement. "
            "\u201cWe call on both India and Pakistan to show restraint.\u201d")
    event = event_at(text, "REQUEST", "call")
    assert countries(event.source) == {"CHN"}


def test_an_open_quote_takes_the_speaker_named_after_it():  # the attribution after the open quote wins
    text = ("\u201cWe condemn the strikes,\u201d the Chinese foreign ministry said. "
            "\u201cWe call on Israel to explain the strike. We will not be silent,\u201d Germany\u2019s foreign minister said.")
    event = event_at(text, "REQUEST", "call")
    assert countries(event.source) == {"DEU"}


def _coded_paragraphs(*paragraphs: str):
    """The events of a short English article of several paragraphs (each its own parse, as on a page)."""
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_paragraphs([(p, "en") for p in paragraphs], "2024-05-01", "paragraphs"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return analysis.events


def _in(events, event_type: str, word: str):
    found = [e for e in events if e.type == event_type and word in e.evidence.sentence]
    assert found, [(e.type, names(e.source), e.evidence.sentence) for e in events]
    return found[0]


def test_they_both_opening_a_paragraph_is_the_pair_of_the_paragraph_before():
    events = _coded_paragraphs("There were few differences between Emmanuel Macron and Olaf Scholz on Monday.",
                               "For example, they both expressed strong support for Ukraine.")
    assert countries(_in(events, "SUPPORT", "they both").source) == {"FRA", "DEU"}


def test_a_quote_opening_a_paragraph_continues_the_speaker_of_the_paragraph_before():
    events = _coded_paragraphs("\u201cChina regrets the strikes,\u201d the Chinese foreign ministry said in a statement.",
                               "\u201cWe call on both India and Pakistan to show restraint.\u201d")
    assert countries(_in(events, "REQUEST", "We call").source) == {"CHN"}


def test_the_mastermind_behind_an_attack_is_its_doer():
    event = event_at("Officials in Jerusalem regard Yahya Sinwar as the chief planner of the attacks on southern Israel.",
                "ASSAULT", "attacks")
    assert countries(event.source) == {"PSE"} and countries(event.target) == {"ISR"}


def test_a_planner_in_apposition_names_the_doer():
    event = event_at("Al-Qaeda named Osama bin Laden, the architect of the attacks on New York, as its leader.",
                "ASSAULT", "attacks")
    assert "Osama bin Laden" in names(event.source)


def test_the_target_of_an_attack_is_not_its_doer():  # neighbour: only planner nouns name a doer
    event = event_at("Israel has described the town as the target of the October attacks by Hezbollah.", "ASSAULT", "attacks")
    assert countries(event.source) <= {"LBN"}
