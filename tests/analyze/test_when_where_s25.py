"""Stop-25 dates and places of acts, on sentences written for these tests (published 2024-05-01, a Wednesday): an act
done to the people of a place happens there (dweller_places.py); a definite "the attack" with no place of its own has
the site of the attack told just before it, fresh or not (recalled_attack_dates.py); a bare clock time names no day
(time/rules.py); a background act takes only a past year named near it (dating.py); a visit, and the talks a journey
leads to, happen where it goes (visit_places.py)."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en, coded_es


def _all(events, text, event_type, trigger):
    found = [e for e in events
             if e.type == event_type and trigger in text[e.evidence.trigger.start:e.evidence.trigger.end]]
    assert found, [(e.type, text[e.evidence.trigger.start:e.evidence.trigger.end], e.location) for e in events]
    return found


def _place(event):
    return event.location.name if event.location is not None else None


@pytest.mark.parametrize("text, event_type, trigger", [
    ("The Peruvian army ordered all residents of Arica to evacuate.", "COERCE", "evacuate"),
    ("Peruvian soldiers arrested dozens of residents of Arica.", "COERCE", "arrested"),
    ("Peruvian troops shelled villagers of Arica.", "ASSAULT", "shelled"),
    ("Chile sent food to the people of Arica.", "AID", "sent"),
])
def test_an_act_done_to_the_people_of_a_place_happens_there(text, event_type, trigger):
    for event in _all(coded_en(text), text, event_type, trigger):
        assert _place(event) == "Arica"


def test_a_spanish_act_done_to_the_people_of_a_place_happens_there():
    text = "La policía peruana detuvo a decenas de vecinos de Arica."
    for event in _all(coded_es(text), text, "COERCE", "detuvo"):
        assert _place(event) == "Arica"


@pytest.mark.parametrize("text, event_type, trigger", [
    # a statement about the people of a place is not made there
    ("Peruvian officials accused residents of Arica of looting.", "ACCUSE", "accused"),
    # citizens of a country may be anywhere
    ("Peruvian soldiers arrested two citizens of Chile.", "COERCE", "arrested"),
])
def test_a_statement_or_a_nationality_gives_no_dwellers_place(text, event_type, trigger):
    events = [e for e in coded_en(text) if e.type == event_type]
    for event in events:
        assert _place(event) is None


def test_a_locative_place_stays_over_the_dwellers_place():
    text = "Peruvian soldiers arrested dozens of residents of Arica in Tacna."
    for event in _all(coded_en(text), text, "COERCE", "arrested"):
        assert _place(event) == "Tacna"


@pytest.mark.parametrize("second, trigger", [
    ("At least 83 people were wounded in the attack.", "wounded"),
    ("The attack killed four farmers.", "killed"),
])
def test_the_attack_of_the_day_has_the_site_of_the_attack_told_before(second, trigger):
    text = "Peruvian troops shelled farms in Arica overnight. " + second
    for event in _all(coded_en(text), text, "ASSAULT", trigger):
        assert _place(event) == "Arica"
        assert event.date == "2024-05-01"  # a fresh attack stays the news of the day


def test_an_indefinite_attack_takes_no_earlier_site():
    text = "Peruvian troops shelled farms in Arica overnight. An attack by Bolivian rebels killed four farmers."
    for event in _all(coded_en(text), text, "ASSAULT", "attack"):
        assert _place(event) is None


def test_the_attack_takes_the_nearest_attack_even_when_it_has_no_site():
    text = ("Peruvian troops shelled farms in Arica overnight. Bolivian rebels later bombed a bridge. "
            "The attack killed four farmers.")
    for event in _all(coded_en(text), text, "ASSAULT", "killed"):
        assert _place(event) is None


@pytest.mark.parametrize("text, expected", [
    ("1:05 a.m.", None),
    ("at 3 p.m. local time", None),
    ("las 10:30 horas", None),
    ("4 a.m. on Sunday", ("2024-04-28", "day")),
    ("1:05 a.m. Wednesday", ("2024-05-01", "day")),
    ("4 a.m. yesterday", ("2024-04-30", "day")),
])
def test_a_clock_time_names_no_day_of_its_own(text, expected):
    from detente.analyze.time.rules import resolve_expression

    assert resolve_expression(text, "2024-05-01", "es" if text.startswith("las") else "en", "past") == expected


def test_an_act_at_a_bare_clock_time_is_the_news_of_the_day():
    text = "A Chilean officer said the Peruvian shelling of Arica started at 1:05 a.m. and lasted an hour."
    for event in _all(coded_en(text), text, "ASSAULT", "shelling"):
        assert event.date == "2024-05-01"


def _coded_paragraphs(paragraphs):
    """Events of a several-paragraph English article published 2024-05-01 (the pipeline up to events)."""
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_paragraphs([(p, "en") for p in paragraphs], "2024-05-01", id="test"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return analysis.events


WAR = "Peru and Chile fought a border war in 2016."
ACCUSATION = "Peru has previously accused Chile of spying."


def _accusations(paragraphs):
    found = [e for e in _coded_paragraphs(paragraphs) if e.type == "ACCUSE"]
    assert found
    return found


@pytest.mark.parametrize("paragraphs", [
    [WAR + " " + ACCUSATION],  # the year of its own paragraph
    [WAR, ACCUSATION],  # the year of the paragraph before
])
def test_a_background_act_takes_a_past_year_named_near_it(paragraphs):
    for event in _accusations(paragraphs):
        assert event.date == "2016-01-01" and event.date_precision == "year" and event.historical


def test_a_background_act_takes_no_year_named_paragraphs_away():
    paragraphs = [WAR, "Lima and Santiago later talked for years.", "Trade grew.", "Tourism grew too.", ACCUSATION]
    for event in _accusations(paragraphs):
        assert event.date is None and event.historical


@pytest.mark.parametrize("text, trigger, place", [
    ("Chilean President Gabriel Boric visited Peru on Monday.", "visited", "Peru"),
    ("Boric traveled to Lima on Monday to meet Peruvian President Dina Boluarte.", "traveled", "Lima"),
    ("Boric traveled to Lima on Monday to meet Peruvian President Dina Boluarte.", "meet", "Lima"),
    ("Boric flew to Lima for talks with Boluarte.", "talks", "Lima"),
])
def test_a_visit_and_the_talks_a_journey_leads_to_happen_where_it_goes(text, trigger, place):
    for event in _all(coded_en(text), text, "CONSULT", trigger):
        assert _place(event) == place


def test_a_spanish_journey_to_talks_happens_where_it_goes():
    text = "El presidente Boric viajó a Lima para reunirse con Boluarte."
    for event in _all(coded_es(text), text, "CONSULT", "reunirse"):
        assert _place(event) == "Lima"


@pytest.mark.parametrize("text, trigger", [
    # the host's object is the visitor, not a place
    ("Peru hosted Chile's president on Monday.", "hosted"),
    # trips to several countries have no one place
    ("The prime minister's official trips to Peru, Egypt and Brazil were meant to strengthen ties.", "trips"),
])
def test_a_host_or_a_tour_of_several_countries_gets_no_visit_place(text, trigger):
    for event in [e for e in coded_en(text) if e.type == "CONSULT"]:
        assert _place(event) is None


@pytest.mark.parametrize("text, place", [
    ("Israeli jets bombed a house in Bureij, killing five.", "Al Burayj"),
    ("Israeli jets bombed houses in Maghazi overnight.", "Maghazi"),
    ("Israeli jets bombed houses in Deir al-Balah overnight.", "Dayr al Balaḩ"),
])
def test_the_gaza_camps_and_towns_the_news_names_are_places(text, place):
    events = [e for e in coded_en(text) if e.type == "ASSAULT"]
    assert events and all(_place(e) == place for e in events), [(e.type, _place(e)) for e in events]
