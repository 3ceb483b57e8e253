"""Who did what to whom (session 17): sides read through coordinated modifiers, appositions, relative clauses,
"out of", own forces, places that stand for their country, origins of attacks, reciprocal acts, acts undergone,
predicative adjectives, victims of attacks, purpose clauses and the addressee of "called for X
to". Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries
from tests.analyze.event_helpers import main_en as main


def sides(text: str) -> tuple[set, set]:
    event = main(text)
    assert event is not None, text
    return countries(event.source), countries(event.target)


@pytest.mark.parametrize("text, source, target", [
    # "between X and Y" with coordinated nationality words: X acts, in text order
    ("Border talks between Chinese and Indian generals resumed in Ladakh on Friday.", "CHN", "IND"),
    # an apposition names the head's own referent, before its possessor
    ("Spanish Prime Minister Pedro Sanchez met his Portuguese counterpart, Antonio Costa, in Madrid.", "ESP", "PRT"),
    # the maker of what is rejected, named in a relative clause or a from-phrase on it
    ("Japan rejected the plan, which China announced on Monday.", "JPN", "CHN"),
    ("Chile rejected the claims that came from Bolivia.", "CHL", "BOL"),
    # "pulled out of" is "from": the place left
    ("Kenyan troops pulled out of the Somali port of Kismayo on Friday, residents said.", "KEN", "SOM"),
    # what the actor owns ("its troops") is not whom it acts on
    ("Armenia agreed to pull its forces out of Azerbaijan.", "ARM", "AZE"),
    # "accepted a proposal to end its war with Y": whom the inner act's object is with
    ("Colombia accepted a plan to end its dispute with Venezuela.", "COL", "VEN"),
])
def test_sides_read_through_phrases(text, source, target):
    found_source, found_target = sides(text)
    assert source in found_source and target in found_target, (found_source, found_target)


def test_a_place_object_of_a_passive_attack_stands_for_its_country():
    found_source, found_target = sides("Militant camps in northern Mali were bombed by French aircraft on Monday.")
    assert "FRA" in found_source and "MLI" in found_target


def test_a_target_whose_country_is_only_inferred_gives_way_to_its_place():
    found_source, found_target = sides("Iranian drones struck rebel-held districts of Aleppo on Sunday, activists said.")
    assert found_source == {"IRN"} and found_target == {"SYR"}


def test_an_apposition_with_its_own_country_replaces_an_inferred_one():
    found_source, found_target = sides("Washington accused the Mujahedeen Khalq, Iraq's main opposition group, of terrorism.")
    assert "USA" in found_source and found_target == {"IRQ"}


def test_an_attack_with_no_named_doer_comes_from_where_it_was_launched():
    found_source, found_target = sides("Three Turkish soldiers were killed by shelling from Syrian territory, the army said.")
    assert "SYR" in found_source and "TUR" in found_target


def test_the_press_told_of_a_demand_is_not_its_target():
    found_source, found_target = sides("The German chancellor told reporters that Russia must withdraw its troops.")
    assert "DEU" in found_source and found_target == {"RUS"}


def test_an_attack_threatened_in_a_complement_is_aimed_at_its_doer():
    found_source, found_target = sides("Egypt warned that any attack on its dams by Ethiopia would be answered.")
    assert "EGY" in found_source and "ETH" in found_target


def test_reciprocal_acts_go_from_each_side_to_the_other():
    found_source, found_target = sides("Greece and Turkey traded accusations over the migrants.")
    assert found_source == {"GRC"} and found_target == {"TUR"}


def test_a_welcomed_act_supports_its_doer():
    found_source, found_target = sides("Australia welcomed the release by China of two Australian journalists.")
    assert "AUS" in found_source and "CHN" in found_target


def test_an_act_undergone_comes_from_its_from_phrase():
    found_source, found_target = sides("Hungary faced sharp criticism from Germany over its asylum law.")
    assert found_source == {"DEU"} and found_target == {"HUN"}


def test_the_subject_of_a_predicative_adjective_holds_the_act():
    assert "SRB" in sides("Serbia was responsible for shelling Dubrovnik, the tribunal found.")[0]
    assert "IRN" in sides("Iran is ready for talks with the United States on prisoners.")[0]


def test_the_victims_of_an_attack_are_those_who_died_in_it():
    found_source, found_target = sides("Two Egyptian border guards died in a Libyan militia raid.")
    assert "EGY" in found_target and "LBY" not in found_target


def test_a_purpose_clause_names_whom_a_countryless_act_is_for():
    event = main("Tajikistan reopened the Friendship Bridge to allow the delivery of medicine to Afghanistan.")
    assert "TJK" in countries(event.source) and "AFG" in countries(event.target)


def test_the_object_of_called_for_before_an_infinitive_is_asked():
    found_source, found_target = sides("Germany called for the Security Council to impose sanctions on the generals.")
    assert found_source == {"DEU"} and "UNO" in found_target


def test_a_report_denied_was_made_by_the_medium_it_appeared_in():
    found_source, found_target = sides("Egypt denied reports which appeared in the Saudi press about a secret deal.")
    assert "EGY" in found_source and "SAU" in found_target


def test_a_commitment_broken_is_aimed_at_whom_it_was_made_to():
    found_source, found_target = sides("Ghana rejected its pledge to Togo on fishing rights.")
    assert "GHA" in found_source and "TGO" in found_target


def test_the_subject_of_a_clause_on_what_is_called_for_is_asked():
    found_source, found_target = sides("The African Union called for elections which Guinea must hold within a year.")
    assert "GIN" in found_target


def test_an_apposition_below_the_act_names_its_target():
    found_source, found_target = sides("Peru lashed out at the diplomat, Chile's ambassador in Lima.")
    assert "PER" in found_source and "CHL" in found_target


@pytest.mark.parametrize("text", [
    "Voters said they were tired of the endless investigations.",  # weariness is no act of the voters
    "The minister pleaded guilty to the corruption charges on Monday.",  # a plea is no charge by the defendant
    "The senator is vulnerable to extradition, the expert warned.",
])
def test_the_subject_of_an_adjective_of_weariness_exposure_or_plea_holds_no_act(text):
    assert not any(e.type in {"ACCUSE", "COOPERATE"} and e.source for e in events(text)), text


def test_an_apposition_naming_someone_else_inside_it_does_not_replace_the_head():
    event = main("Carper, a frequent Biden ally who chairs the committee, also criticized the guidance.")
    assert event is None or all("Biden" not in a.name for a in event.source)


def test_a_purpose_clause_adds_only_whom_something_is_sent_to():
    event = main("A Toronto company partners with Coombe Castle to import British cheeses.")
    assert event is None or "GBR" not in countries(event.target)


def test_whoever_fends_off_a_hostile_act_is_its_target():
    found_source, found_target = sides("Kenyan troops repelled an al-Shabab attack on their base near the border.")
    assert "SOM" in found_source and "KEN" in found_target


def test_a_pronoun_object_of_a_reported_act_is_its_reporter():
    found_source, found_target = sides("Venezuela said Colombian troops had attacked it on Sunday.")
    assert "COL" in found_source and "VEN" in found_target
