"""Sides of real news (stop 23, second sample): an "according to" attribution names the reporter, never a target;
a denial of a gerund act is not aimed at whom that act touched, and a denial told inside the clause of a charge
answers the one who made it; a place name modifying an act noun is where it happened, not who did it.
Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en, countries, event_at, names


def test_an_according_to_source_is_no_target():
    event = event_at("Senator Ruiz denied being in a relationship with Smith last year, according to The Herald.",
                "REJECT", "denied")
    assert "Herald" not in names(event.target)


def test_an_according_to_phrase_leaves_the_named_object():  # neighbour: the object is still the target
    event = event_at("Ruiz criticized the governor, according to The Chronicle.", "ACCUSE", "criticized")
    assert names(event.target) == {"governor"}


def test_what_a_denied_gerund_touched_is_no_target():
    event = event_at("The Turkish army has denied shelling Kurdish villages.", "REJECT", "denied")
    assert not event.target


def test_a_denial_inside_the_charge_answers_the_accuser():
    event = event_at("Pakistan accused India of backing the rebels, which New Delhi denies.", "REJECT", "denies")
    assert countries(event.source) == {"IND"} and countries(event.target) == {"PAK"}


def test_a_place_modifying_an_attack_noun_is_no_doer():
    for event in coded_en("The Paris attack shocked France."):
        assert "Paris" not in names(event.source)


def test_a_group_modifying_an_attack_noun_is_the_doer():  # neighbour: an organisation still acts
    event = event_at("The Hamas attack killed hundreds.", "ASSAULT", "attack")
    assert names(event.source) == {"Hamas"}


def test_a_country_modifying_a_sanctions_noun_is_the_doer():  # neighbour: a country name is a side
    event = event_at("The Russia sanctions hurt exports.", "SANCTION", "sanctions")
    assert countries(event.source) == {"RUS"}


def test_a_country_acronym_modifying_an_act_noun_is_the_doer():  # neighbour: "U.S." is a state, not a site
    event = event_at("Sheinbaum said her government would respond to the U.S. tariffs on steel.", "SANCTION", "tariffs")
    assert countries(event.source) == {"USA"}


def test_a_denied_act_with_a_named_party_keeps_that_party():  # neighbour: the one named may be the accuser
    event = event_at("Andrew has denied having sex with Giuffre.", "REJECT", "denied")
    assert names(event.target) == {"Giuffre"}


def test_a_summoned_envoy_hears_the_protest():
    event = event_at("Egypt summoned the Israeli envoy to demand an explanation.", "REQUEST", "demand")
    assert countries(event.source) == {"EGY"} and countries(event.target) == {"ISR"}


def test_an_urged_party_still_acts_in_the_infinitive():  # neighbour: object control stays for other verbs
    event = event_at("Britain urged Iran to halt the attacks.", "REQUEST", "urged")
    assert countries(event.source) == {"GBR"} and countries(event.target) == {"IRN"}


def test_them_takes_the_plural_party_of_the_sentence_before():
    text = "Senator Ruiz lashed out at the CNN moderators during the debate. He accused them of bias."
    event = event_at(text, "ACCUSE", "accused")
    assert countries(event.target) == {"USA"} and "Ruiz" not in names(event.target)


def test_the_holder_of_a_struck_thing_is_the_target():
    event = event_at("Turkey said it struck camps used by militants in northern Iraq.", "ASSAULT", "struck")
    assert countries(event.target) == {"IRQ"}


def test_a_place_on_an_organisations_unit_is_no_party():
    event = event_at("Senator Ruiz dismissed concerns from the Ohio chapter of the ACLU.", "REJECT", "dismissed")
    assert names(event.target) == {"American Civil Liberties Union"}


def test_both_sides_are_the_two_countries_named_after():
    event = event_at("Beijing called for restraint from both sides after India's strike into Pakistan.", "REQUEST", "called")
    assert countries(event.target) == {"IND", "PAK"}


def test_both_sides_are_the_pair_named_before():  # neighbour: the backward reading still holds
    event = event_at("Ethiopia and Eritrea traded fire. The UN urged restraint on both sides.", "REQUEST", "urged")
    assert countries(event.target) == {"ETH", "ERI"}


def test_them_takes_the_group_a_list_of_names_stands_for():
    text = "Senator Ruiz lashed out at the CNN moderators, Jane Welk and Lee Holtz, during the debate. He accused them of bias."
    event = event_at(text, "ACCUSE", "accused")
    assert countries(event.target) == {"USA"}


def test_a_passive_conjunct_shares_its_subject_as_the_patient():
    event = event_at("Lawmakers protested outside parliament and were arrested.", "COERCE", "arrested")
    assert names(event.target) == {"Lawmakers"} and "Lawmakers" not in names(event.source)


def test_a_passive_conjunct_with_an_agent_aims_at_the_shared_subject():
    event = event_at("The Turkish army entered the town and was attacked by rebels.", "ASSAULT", "attacked")
    assert countries(event.target) == {"TUR"} and names(event.source) == {"rebels"}


def test_an_active_conjunct_still_shares_its_doer():  # neighbour: "stormed ... and arrested dozens"
    coerced = [e for e in coded_en("Police stormed the camp and arrested dozens of protesters.") if e.type == "COERCE"]
    assert coerced and all(names(e.source) == {"Police"} for e in coerced)
