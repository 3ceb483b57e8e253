"""Stop 27 (writer-unrealized-s27, hoped_acts.py): acts only hoped for, aimed at, weighed, forecast, proposed or
named by a purpose phrase are no events; the act they hang on, and intents the codebook codes (plans, bettering
ties, accepted proposals, set-up commissions), stay coded. Sentences written for these tests."""
from __future__ import annotations

from detente.analyze.events import irrealis
from tests.analyze.event_helpers import at_trigger, coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


HOPED = "Germany hopes to reach a deal with Russia on gas supplies."


def test_a_hoped_act_is_no_event():
    assert types(HOPED) == []
    assert types("Kyiv hoped to reach an agreement with the new Polish government.") == []
    assert types("China would like to sign a trade agreement with Australia.") == []


def test_the_hook_is_what_drops_it(monkeypatch):
    monkeypatch.setattr(irrealis, "hoped_or_aimed", lambda *a: False)
    assert "AGREE" in types(HOPED)


def test_a_hope_beside_a_real_act_keeps_the_act():
    coded = types("Iraq launched an invasion of Saudi Arabia, hoping to seize some Saudi oil fields.")
    assert "ASSAULT" in coded and "COERCE" not in coded


def test_hoping_to_better_ties_stays_an_intent_to_cooperate():
    assert "AGREE" in types("Jordan said it hoped to improve relations with Iraq.")


def test_an_aim_is_no_event():
    assert types("The EU aims to impose sanctions on Belarus.") == []
    assert types("The program, which aims to support refugees, began in 2020.") == []


def test_a_weighed_event_noun_is_no_event():
    assert types("Britain is weighing sanctions against Russia.") == []


def test_a_plan_stays_coded():
    assert "THREATEN" in types("The United States plans to impose sanctions on Iran.")


def test_a_purpose_phrase_act_is_no_event_but_its_host_is():
    coded = types("Israel struck Gaza in an attempt to free the hostages.")
    assert "ASSAULT" in coded and "RETREAT" not in coded
    assert not at_trigger("Israel struck Gaza in an effort to free the hostages.", "RETREAT", "free")
    assert "COERCE" in types("Israel tightened its naval blockade of the Lebanese coast on Monday, in a bid to put "
                             "pressure on Beirut.")


def test_a_forecast_is_no_event():
    assert types("President Xi Jinping of China is likely to deploy army forces onto Hong Kong's streets.") == []


def test_the_purpose_of_a_possible_act_is_no_event():
    assert types("President Bush said the United States may extend its naval quarantine to Jordan's Red Sea port "
                 "of Aqaba to shut off Iraq's last trade route.") == []


def test_the_purpose_of_a_real_act_keeps_its_type():
    assert "ACCUSE" in types("The Kenyan parliament set up a commission to investigate the defence ministry's "
                             "contracts.")


def test_a_proposal_content_is_no_event_but_the_answer_is():
    assert types("Clinton bashed Trump's proposal to ban Muslims from coming into the country.") == []
    coded = types("Khan decried Trump's repeated calls to ban all Muslims from entering the U.S.")
    assert "SANCTION" not in coded and "ACCUSE" in coded
    assert types("China rejected the American proposal to ease tariffs.") == ["REJECT"]
    assert types("North Korea accepted a U.S. proposal to resume talks.") == ["AGREE"]


def test_a_disposition_is_no_event():
    assert types("Obama kept his reluctance to send additional American troops to Iraq.") == []


def test_a_proposed_act_is_no_event():
    assert types("Trump was reportedly warned by his campaign manager that his proposed flavored vaping ban could "
                 "hurt him in the 2020 election.") == []


def test_what_trainees_are_readied_for_is_no_event():
    coded = types("The U.S. military in al-Tanf has been training the Syrian opposition forces to fight against "
                  "Islamic State.")
    assert "ASSAULT" not in coded and "AID" in coded


def test_the_aim_of_talks_is_no_event_but_the_talks_are():
    coded = types("Haley made the remark during intense negotiations between the US, China and Russia to impose "
                  "the largest set of sanctions against North Korea.")
    assert "SANCTION" not in coded and "CONSULT" in coded


def test_an_activity_focused_on_stays_coded():
    # "focused on V-ing" describes what someone does as often as a goal (dev: "a GOP field largely focused on
    # criticizing her" is a real, habitual act): no rule
    assert "ACCUSE" in types("The Republican field is largely focused on criticizing Hillary Clinton.")


def test_a_campaign_pledge_conditioned_on_election_is_no_event():
    assert types("If elected, Trump will impose tariffs on China.") == []
    assert types("As president, I will impose tariffs on China, Trump said.") == []
    assert types("Trump vowed that if he wins the election he will impose tariffs of 60 percent on Chinese "
                 "goods.") == []


def test_an_act_after_taking_office_in_the_past_is_reported():
    assert types("When Obama took office in 2009, he imposed sanctions on Iran.") == ["SANCTION"]


def test_what_a_plan_calls_for_is_no_event():
    assert types("The plan calls for Israel to withdraw its troops from Gaza.") == []
    assert types("The Arab peace initiative envisages Israel's withdrawal from the occupied territories.") == []


def test_a_resolution_call_stays_the_body_demand():
    assert "REQUEST" in types("The Security Council resolution calls for an immediate ceasefire in Gaza.")


def test_an_effort_taken_part_in_is_no_purpose_phrase():
    assert "REQUEST" in types("Volker knowingly took part in an effort to urge Ukraine to investigate Biden.")


def test_an_event_noun_object_of_a_hoped_act_is_no_event():
    assert types("Germany hopes to sign an agreement with Russia.") == []
    assert "SANCTION" in types("The United States imposed sanctions on Iran.")
