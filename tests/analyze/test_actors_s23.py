"""Countries of officials and victims (stop 23): a stranger in apposition with a titled phrase takes its country and
sector, a family-name-first surname joins the full name, a candidate's office ("her White House run") is no actor,
people taken hostage are victims, and victims are hit where a raid went, not where it
came from, a private person's nationality gives no country to others in a sentence naming a place, and a bare
capitalised head ("la Comisión") is the body named in full before it, and a group word repeated bare ("farmers")
keeps the nationality it was named with. Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import event_at, names


def test_stranger_in_apposition_with_a_title_takes_its_country_and_his_surname_too():
    text = ("Brooklyn's top federal prosecutor in 2019, Mark Hollander, sought to speak with Governor Paul Kemp.\n\n"
            "Hollander blasted Kemp at the time for misleading the public.")
    event = event_at(text, "ACCUSE", "blasted")
    assert [(a.country, a.sector) for a in event.source] == [("USA", "JUD")]


def test_family_name_first_surname_joins_the_full_name_and_its_title():
    text = ("China's ambassador to France Zhao Weiming said that China would not accept interference.\n\n"
            "Zhao said the navy could be sent, warning the protesters.")
    event = event_at(text, "THREATEN", "warning")
    assert [(a.country, a.sector) for a in event.source] == [("CHN", "GOV")]


def test_office_in_a_candidates_run_is_no_actor():
    text = "Kamala Harris spoke in Ohio. WFA has spent more than 9 million dollars on ads backing her White House run since May."
    event = event_at(text, "SUPPORT", "backing")
    assert names(event.target) == {"Kamala Harris"}


def test_hostages_are_taken_where_the_raid_went_not_where_it_came_from():
    text = "Hezbollah fighters crossed from Lebanon into Israel, killed 12 people and took 30 hostages."
    assert [a.country for a in event_at(text, "ASSAULT", "took").target] == ["ISR"]
    assert [a.country for a in event_at(text, "ASSAULT", "killed").target] == ["ISR"]


def test_a_private_persons_nationality_gives_no_country_to_others_beside_a_place():
    text = "Julian Assange waved as police detained protesters in Stockholm."
    event = event_at(text, "COERCE", "detained")
    assert [a.country for a in event.source] == ["SWE"]


def test_a_bare_capitalised_head_is_the_body_named_in_full_before_it():
    from tests.analyze.event_helpers import coded_es

    text = ("La presidenta de la Comisión Europea presentó un plan migratorio el lunes.\n\n"
            "Hace años, la Comisión rechazó una propuesta similar de Italia.")
    event = next(e for e in coded_es(text) if e.type == "REJECT")
    assert [(a.country, a.sector) for a in event.source] == [("EUR", "GOV")]


def test_a_group_word_repeated_without_nationality_is_the_group_named_with_it():
    text = ("Polish farmers ended their blockade of the border crossing, the Ukrainian border service said in Kyiv on "
            "Sunday. Ukraine welcomed the move. They were later joined by farmers who demanded government subsidies.")
    event = event_at(text, "REQUEST", "demanded")
    assert [a.country for a in event.source] == ["POL"]
