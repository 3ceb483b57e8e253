"""Stop-27 wire shapes (writer-wire-s27): an act named in a background phrase of another act ("after its invasion of
Kuwait") is an earlier event of its own, ranked below the sentence's act; the raised subject of "was reported / is
said to have V-ed" does V; the party an attack is blamed on is its doer. Sentences written for these tests."""
from __future__ import annotations

from detente.analyze.events import coder
from tests.analyze.event_helpers import at_trigger, coded_en, countries, event_at, main_en


def test_background_act_with_a_national_modifier_is_coded_below_the_outer_act():
    text = "Iran offered talks with Iraq after the Iraqi invasion of Kuwait."
    invasion = event_at(text, "ASSAULT", "invasion")
    assert countries(invasion.source) == {"IRQ"} and countries(invasion.target) == {"KWT"}
    assert invasion.date is None  # an earlier act with no date of its own: unknown, not the publication day
    main = main_en(text)
    assert main.type == "AGREE" and invasion.confidence < main.confidence


def test_background_act_owned_by_its_takes_the_last_named_state():
    text = "The Security Council refused to ease the sanctions imposed on Iraq after its invasion of Kuwait."
    invasion = event_at(text, "ASSAULT", "invasion")
    assert countries(invasion.source) == {"IRQ"} and countries(invasion.target) == {"KWT"}
    assert main_en(text).type == "REJECT"


def test_background_act_under_a_request_is_told_as_done():
    text = "Britain urged calm following Tuesday's attack by Hamas on Israeli soldiers."
    attack = event_at(text, "ASSAULT", "attack")
    assert countries(attack.source) == {"PSE"} and not attack.hypothetical
    assert main_en(text).type == "REQUEST"


def test_background_act_with_a_stated_year_is_historical():
    text = ("The Security Council has said it will not lift the sanctions imposed on Iraq after its 1990 invasion of "
            "Kuwait until the inspectors certify that Baghdad has eliminated its weapons.")
    invasion = event_at(text, "ASSAULT", "invasion")
    assert invasion.historical and (invasion.date or "").startswith("1990")


def test_background_act_without_its_doer_stays_folded():
    assert not at_trigger("Iran offered talks with Iraq after the invasion of Kuwait.", "ASSAULT", "invasion")


def test_the_content_of_a_refusal_is_not_unfolded():
    assert not at_trigger("Iraq refused to discuss Israel's occupation of the West Bank.", "ASSAULT", "occupation")


def test_the_switch_turns_the_stop27_rules_off(monkeypatch):
    monkeypatch.setattr(coder, "UNFOLDED_ACTS_AND_DOERS", False)
    assert not at_trigger("Iran offered talks with Iraq after the Iraqi invasion of Kuwait.", "ASSAULT", "invasion")


def test_reported_raising_subject_is_the_doer():
    attack = event_at("Iraqi troops were reported to have attacked Kurdish villages in the north.", "ASSAULT", "attacked")
    assert countries(attack.source) == {"IRQ"}
    sent = event_at("Syria is said to have sent troops to the border with Turkey.", "MOBILIZE", "sent")
    assert countries(sent.source) == {"SYR"}


def test_reported_state_is_no_act():
    assert not coded_en("His mother, Queen Elizabeth, was said to have been disapproving of the idea.")


def test_attack_blamed_on_a_group_is_that_groups_attack():
    attack = event_at("The bomb attack, blamed on Basque separatists, killed two policemen.", "ASSAULT", "attack")
    assert countries(attack.source) == {"ESP"}
    assert "Basque separatists" not in {a.name for a in attack.target}
    attack = event_at("The attack on the embassy was blamed on Hezbollah.", "ASSAULT", "attack")
    assert "Hezbollah" in {a.name for a in attack.source}


def test_blame_on_a_storm_names_no_doer():
    assert not coded_en("The blackout was blamed on the storm.")


PLEDGE_AND_WARNING = ("Posing for photographers with Clinton, Blair pledged to stand united with the president against "
                      "Iraq, warning Saddam Hussein that the threat of force is real.")


def test_accompanying_warning_is_an_act_of_its_own_below_the_pledge():
    warning = event_at(PLEDGE_AND_WARNING, "THREATEN", "warning")
    assert countries(warning.target) == {"IRQ"}
    assert main_en(PLEDGE_AND_WARNING).type == "AGREE"


def test_accompanying_switch_off_folds_the_warning(monkeypatch):
    from detente.analyze.events import outermost

    monkeypatch.setattr(outermost, "ACCOMPANYING_ACTS", False)
    assert not at_trigger(PLEDGE_AND_WARNING, "THREATEN", "warning")


def test_act_done_by_means_of_a_gerund_is_coded_below_the_outer_act():
    text = "The United States rejected the plan by threatening new sanctions against Iraq."
    threat = event_at(text, "THREATEN", "threatening")
    assert countries(threat.source) == {"USA"} and countries(threat.target) == {"IRQ"}
    assert main_en(text).type == "REJECT"
    recall = event_at("Russia protested by recalling its ambassador from Estonia.", "SANCTION", "recalling")
    assert countries(recall.target) == {"EST"}


def test_promise_answering_a_demand_is_the_sentences_act():
    text = "Iraq answered the UN demand by promising to withdraw its troops from Kuwait."
    assert main_en(text).type == "AGREE" and countries(main_en(text).source) == {"IRQ"}


def test_assurance_to_a_named_state_is_a_commitment():
    event = event_at("Kuchma assured Yeltsin that Ukraine would not join NATO.", "AGREE", "assured")
    assert countries(event.source) == {"UKR"} and countries(event.target) == {"RUS"}
    assert countries(event_at("Washington reassured Seoul of its support.", "AGREE", "reassured").target) == {"KOR"}


def test_everyday_assurances_are_no_events():
    for text in ("I can assure you that we will win.", "The company reassured investors that profits would rise.",
                 "The minister assured reporters that the talks would continue.",
                 "The win assured Brazil of a place in the final."):
        assert not [e for e in coded_en(text) if e.type == "AGREE"], text


def test_an_act_held_up_is_refused_not_done():
    text = "However, Russia has stalled ratification, trying to tie it to an agreement on a naval base."
    assert not at_trigger(text, "SUPPORT", "ratification")
    assert countries(event_at(text, "REJECT", "stalled").source) == {"RUS"}
    talks = event_at("Israel has stalled the talks with Syria.", "REJECT", "stalled")
    assert countries(talks.source) == {"ISR"} and countries(talks.target) == {"SYR"}


def test_a_hazard_holding_up_aid_refuses_nothing():
    assert not [e for e in coded_en("The storm delayed the delivery of aid to Haiti.") if e.type == "REJECT"]


def test_an_act_held_up_as_a_model_is_not_refused():
    assert not [e for e in coded_en("Defense experts hold up increased German-Dutch cooperation as a model.")
                if e.type == "REJECT"]


def test_a_present_portrait_with_a_gerund_codes_no_accompanying_act():
    text = "She offers reasonableness instead of resentment, urging voters to see the big picture."
    assert not at_trigger(text, "REQUEST", "urging")


def test_assurance_with_a_that_clause_read_as_adverbial_still_codes():
    text = ("Xi has worked to calm Russian fears, reassuring his counterpart Vladimir Putin that Beijing has no plans to "
            "counter his country's interests.")
    event = event_at(text, "AGREE", "reassuring")
    assert countries(event.source) == {"CHN"} and countries(event.target) == {"RUS"}
