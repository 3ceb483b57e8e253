"""Stop-24 dates and places of acts, on sentences written for these tests (published 2024-05-01, a Wednesday):
an attack the text refers back to ("the attack", "had fired") has the time and place of the attack first told
(recalled_attack_dates.py); a statement relayed from an earlier day does not take the dateline (dateline_places.py);
"a period of" on an act's path is no background cue (dating.py); an attack noun's "on" place is its site over
another country's place (statement_places.py); a deployment or a delivery happens where it goes
(destination_places.py); talks between home actors take the dateline (dateline_places.py); "last Monday" is never
yesterday (time/rules.py)."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en

SHELLING = "Peruvian troops shelled farms in Arica on March 3, according to Chilean officials. "


def _all(text, event_type, trigger):
    events = coded_en(text)
    found = [e for e in events if e.type == event_type and trigger in _text(text, e)]
    assert found, [(e.type, _text(text, e), e.date, e.location) for e in events]
    return found


def _text(text, event):
    return text[event.evidence.trigger.start : event.evidence.trigger.end]


def _place(event):
    return event.location.name if event.location is not None else None


@pytest.mark.parametrize("second, trigger", [
    ("The attack killed four farmers and destroyed a school.", "killed"),
    ("Four farmers were also wounded in the attack, the mayor said.", "wounded"),
    ("A Chilean inquiry in April found that a Peruvian tank had fired at the farmers.", "fired"),
])
def test_an_attack_referred_back_to_has_the_time_and_place_of_the_attack_first_told(second, trigger):
    for event in _all(SHELLING + second, "ASSAULT", trigger):
        assert event.date == "2024-03-03" and event.date_precision == "day"
        assert _place(event) == "Arica"


@pytest.mark.parametrize("text, trigger", [
    # the first telling has no date: the reference is the day's news
    ("Peruvian troops shelled farms in Arica overnight. The attack killed four farmers.", "killed"),
    # an indefinite attack is a new one
    (SHELLING + "An attack by Bolivian rebels killed four farmers.", "attack"),
])
def test_a_new_or_fresh_attack_keeps_the_publication_date(text, trigger):
    for event in _all(text, "ASSAULT", trigger):
        assert event.date == "2024-05-01"


def test_an_attack_of_yesterday_told_again_keeps_yesterday():
    # stop 27: the attack referred back to happened on the day named, not on the day of publication
    text = "Peruvian troops shelled farms in Arica on Tuesday. The attack killed four farmers."
    for event in _all(text, "ASSAULT", "killed"):
        assert event.date == "2024-04-30"


def test_a_past_perfect_with_a_date_of_its_own_keeps_it():
    text = SHELLING + "Chilean officials said a Peruvian tank had fired at the farmers on March 5."
    for event in _all(text, "ASSAULT", "fired"):
        assert event.date == "2024-03-05"


def test_a_statement_relayed_from_an_earlier_day_does_not_take_the_dateline():
    relayed = coded_en("LIMA — The Peruvian foreign minister said on Friday that Peru harshly criticized the Chilean "
                       "government.")
    assert all(_place(e) is None for e in relayed if e.type == "ACCUSE")


@pytest.mark.parametrize("text", [
    # a statement of yesterday is the day's news at the dateline
    "LIMA — The Peruvian foreign minister said on Tuesday that Peru harshly criticized the Chilean government.",
    # an act of an earlier day that is not relayed speech
    "LIMA — Peruvian senators harshly criticized the Chilean government on Friday.",
])
def test_the_dateline_still_places_yesterdays_statements_and_earlier_acts_not_relayed(text):
    events = [e for e in coded_en(text) if e.type == "ACCUSE"]
    assert events and all(_place(e) == "Lima" for e in events)


def test_a_period_of_talks_is_no_background_cue():
    talks = _all("Peru and Chile signed a border treaty in 2017. Peruvian officials say the new appointment during a "
                 "tense period of ceasefire negotiations with Chile may harm the process.", "CONSULT", "negotiations")
    assert all(e.date == "2024-05-01" and not e.historical for e in talks)


def _analysed(text):
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_sentence(text, "en", "2024-05-01", id="test"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return analysis


def test_an_attack_nouns_named_target_is_its_site_over_another_countrys_place():
    from detente.analyze.events.statement_places import settle_places

    text = "After the Peruvian attack on Chile and then the Chilean assault on Bolivia, the talks stalled."
    analysis = _analysed(text)
    attack = next(e for e in analysis.events if _text(text, e) == "attack")
    assault = next(e for e in analysis.events if _text(text, e) == "assault")
    attack.location = assault.location  # a place another mention of the story brought (Bolivia)
    settle_places(analysis)
    assert _place(attack) == "Chile" and _place(assault) == "Bolivia"

def test_a_finer_place_of_the_targets_country_stays():
    text = "In Arica, the Peruvian attack on Chile killed four farmers on Monday."
    assert all(_place(e) == "Arica" for e in _all(text, "ASSAULT", "attack"))


def test_a_relative_clause_on_a_dated_attack_tells_that_attack():
    text = ("Chile described Ortiz as the mastermind behind the Oct. 7 attacks on northern Peru, which Peruvian "
            "officials say killed 120 people and took 25 hostages into Bolivia.")
    for event in _all(text, "ASSAULT", "took"):
        assert event.date == "2023-10-07" and _place(event) == "Peru"


def test_a_relative_clause_on_an_undated_attack_keeps_the_publication_date():
    text = "Chile described Ortiz as the mastermind behind the attacks on northern Peru, which killed 120 people."
    assert all(e.date == "2024-05-01" for e in coded_en(text) if e.type == "ASSAULT")


@pytest.mark.parametrize("text, event_type, trigger, place", [
    ("Peru sent 500 soldiers to Arica on Monday.", "MOBILIZE", "sent", "Arica"),
    ("Peru delivered humanitarian aid to Arica on Monday.", "AID", "delivered", "Arica"),
])
def test_a_deployment_or_delivery_happens_where_it_goes(text, event_type, trigger, place):
    assert [_place(e) for e in _all(text, event_type, trigger)] == [place]


def test_a_place_nested_in_the_goal_or_a_locative_place_is_not_overridden():
    nested = _all("Peru sent humanitarian aid to the mayor of Arica on Monday.", "AID", "sent")
    assert all(_place(e) is None for e in nested)
    assert all(_place(e) == "Lima" for e in _all("Chile deployed troops near Lima, and later sent them to Arica.",
                                                  "MOBILIZE", "deployed"))


def test_last_monday_in_a_tuesday_story_is_the_week_before():
    from detente.analyze.time.rules import resolve_expression

    assert resolve_expression("Last Monday", "2024-04-30", "en") == ("2024-04-22", "day")
    assert resolve_expression("last Monday", "2024-05-01", "en") == ("2024-04-29", "day")  # two days back: this week's
    assert resolve_expression("el pasado lunes", "2024-04-30", "es") == ("2024-04-29", "day")


def test_the_dateline_places_talks_between_home_actors_only():
    home = _all("LIMA — Peruvian senators held talks with the Peruvian president on Tuesday about the budget.",
                "CONSULT", "held")
    assert all(_place(e) == "Lima" for e in home)
    foreign = _all("LIMA — Peruvian senators held talks with the Chilean president on Tuesday about the budget.",
                   "CONSULT", "held")
    assert all(_place(e) is None for e in foreign)


def test_a_period_of_talks_told_in_the_past_stays_background():
    text = ("Peru and Chile signed a border treaty in 2017. The Peruvian envoy explained that she made the remark "
            "during a period of intense negotiations between Peru and Chile.")
    talks = _all(text, "CONSULT", "negotiations")
    assert all(e.date != "2024-05-01" for e in talks)
