"""Who did what to whom (session 18): relative clauses the parser labels acl, the two parties of a symmetric act,
speech acts with no actor as speaker, the speaker's own forces or state in a reported clause, dates that are no
targets, participles on their doer, attacks from across a border, aid to refugees in an adjoining clause, the
source named again in a phrase, act nouns aimed at someone. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analyze.event_helpers import countries, first_en as of_type
from tests.analyze.event_helpers import main_en as main


def sides(text: str) -> tuple[set, set]:
    event = main(text)
    assert event is not None, text
    return countries(event.source), countries(event.target)


@pytest.mark.parametrize("text, source, target", [
    # the maker of what is accepted or given in to is the other party
    ("Iraq accepted a plan drawn up by France.", "IRQ", "FRA"),
    ("Iran accepted the peace plan that the UN Secretary-General proposed.", "IRN", "UNO"),
    # a relative clause the parser labels acl ("that" as its object) names the maker of what is rejected
    ("Iraq rejected the plan that Washington proposed last week.", "IRQ", "USA"),
    # "X and Y agreed to ...": one party's own thing in the complement is not the other party
    ("The presidents of Russia and Ukraine agreed on Friday to divide the Black Sea fleet.", "RUS", "UKR"),
    # the speaker's own forces act in the reported clause: whom they acted on is the target
    ("Syria denied that its troops had entered Lebanon.", "SYR", "LBN"),
    # a state's leader says the state will act: not the state itself but whom it acts on
    ("Turkish Prime Minister Tansu Ciller warned on Tuesday that Turkey would regard any extension of Greek "
     "territorial waters as a cause for war.", "TUR", "GRC"),
    # "on Monday" is a date, not the phrase of whom the warning is aimed at
    ("U.S. officials warned on Monday of possible U.N. sanctions against North Korea over its nuclear program.",
     "USA", "PRK"),
    # an act noun's against-phrase, not its doer modifier ("U.N."), is whom the act is aimed at
    ("U.S. officials warned of possible U.N. sanctions against North Korea.", "USA", "PRK"),
    # "his pledge" names the source again: the pledge's addressee is still looked for
    ("President Jerry Rawlings reneged on his pledge to the Ghanaian people to hold elections.", "GHA", "GHA"),
    # aid with no named recipient goes to the refugees whose plight the time clause tells
    ("France flew in food and medicine as Rwandan refugees streamed into Goma.", "FRA", "RWA"),
    ("The European Union gave aid although Somali civilians could not be reached.", "EUR", "SOM"),
    # a verb that hands an act noun to someone is a light verb: its subject acts, its dative is the target
    ("China handed Japan a formal protest note over the visit to the war shrine.", "CHN", "JPN"),
    # ... or to whoever asked for it in the adjoining clause
    ("Italy sent relief supplies when Albania asked for assistance.", "ITA", "ALB"),
    # support or aid is for whom its purpose clause helps
    ("The United States endorsed the plan, hoping to help the people of Haiti.", "USA", "HTI"),
    ("Japan sent food to help the people of Somalia.", "JPN", "SOM"),
    # a giving verb with no recipient gives to where its conjunct carries the goods on to
    ("The United States will send food and medicine and fly them to Rwanda.", "USA", "RWA"),
    # refugees with no country of their own stand for the country they flee
    ("Togo opened its border to refugees fleeing Ghana.", "TGO", "GHA"),
    # the forces withdrawn from a named place are the doer's
    ("The withdrawal of Syrian troops from Lebanon began on Tuesday.", "SYR", "LBN"),
])
def test_sides_s18(text, source, target):
    found_source, found_target = sides(text)
    assert source in found_source and target in found_target, (found_source, found_target)


def test_a_content_clause_names_no_maker_of_what_is_rejected():
    event = main("Iraq rejected claims that Washington armed the rebels.")
    assert event is None or "USA" not in countries(event.target)


def test_the_opposition_warning_about_its_own_government_keeps_it_as_target():
    found_source, found_target = sides("Kenya's opposition warned that the government would rig the elections.")
    assert found_source == {"KEN"} and found_target == {"KEN"}


def test_those_who_died_on_a_day_of_fighting_were_its_target():
    event = of_type("Five Ugandan soldiers died on the second day of fighting near Gulu.", "ASSAULT")
    assert "UGA" in countries(event.target)


def test_a_purpose_that_does_not_help_names_no_supported_party():
    event = of_type("France backed the resolution, seeking to punish Iraq.", "SUPPORT")
    assert "IRQ" not in countries(event.target)


def test_a_speaker_whose_country_is_only_inferred_keeps_the_accused_state_as_target():
    found_source, found_target = sides("An official said Iraq had violated the ceasefire by shelling Kurdish towns.")
    assert "IRQ" in found_target


def test_a_speech_act_by_an_unnamed_part_of_the_public_codes_nothing():
    assert main("Many have criticised the Chinese government.") is None
    assert main("Some have accused Iran of hiding information.") is None


def test_the_forces_withdrawn_stay_the_target_when_no_place_is_left():
    found_source, found_target = sides("The withdrawal of Syrian troops began on Tuesday.")
    assert "SYR" in found_target


def test_a_speech_act_with_a_pronoun_speaker_keeps_its_target():
    event = main("It asked Iran to stop.")
    assert event is not None and "IRN" in countries(event.target)


def test_the_noun_a_past_participle_is_said_of_does_the_act_in_its_phrase():
    attack = of_type("Croatian troops involved in attacking Serb villages were withdrawn.", "ASSAULT")
    assert "HRV" in countries(attack.source)


def test_an_attack_from_across_a_border_comes_from_that_country():
    found_source, found_target = sides("Two Israeli soldiers were killed by shelling from across the Lebanese border.")
    assert "LBN" in found_source and "ISR" in found_target


def test_aid_goes_to_refugees_not_to_the_state_named_in_the_time_clause():
    aid = of_type("The United States sent aid after Iraq invaded Kuwait.", "AID")
    assert "IRQ" not in countries(aid.target)
