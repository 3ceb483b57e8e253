"""Stop-23 English rules for non-events (real-news audit s23, classes A1-A5): purposes of instruments, advised acts,
reasons of a criticism or a penalty, acts called off, polls by fractions, recording, noticing, editorial refusals
and the "can't deny" idiom report no act. Each rule is checked with a political neighbour that must stay coded.
Sentences are written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_purpose_of_an_instrument_is_no_act():
    assert "SANCTION" not in types("Two senators introduced a bill to impose tariffs on Brazilian sugar.")
    assert "SUPPORT" not in types("The Commission will prepare a package to support Jordan.")
    assert "SUPPORT" not in types("In order to support Kyiv, Berlin sent two air defence systems to Ukraine.")
    assert types("Washington imposed sanctions designed to punish Caracas.") == ["SANCTION"]
    assert "RETREAT" in types("Hamas released four hostages to secure a ceasefire.")


def test_advised_act_is_no_act():
    assert types("The United States should consider restricting imports from Vietnam.") == []
    assert "ASSAULT" not in types("Senator Cotton said the United States must strike at Iran.")
    assert "REQUEST" in types("Senator Cotton said the United States must strike at Iran.")
    assert "ASSAULT" in types("The Israeli army must have struck the building at dawn, the witnesses said.")


def test_reason_of_a_criticism_or_penalty_is_no_act():
    assert "ASSAULT" not in types("The governor criticized the president for merely retaliating against the militia.")
    assert types("The Iranian blogger was sentenced to a year in jail for insulting the supreme leader.") == ["SANCTION"]
    assert "ACCUSE" in types("The governor criticized the president for merely retaliating against the militia.")


def test_act_called_off_did_not_happen():
    assert "CONSULT" not in types("The Japanese prime minister has postponed his official trip to Brazil and Peru.")
    assert "CONSULT" not in types("The summit between the Serbian and Kosovar leaders was called off.")
    assert "AID" not in types("Military aid to Ukraine is held up over a dispute about the border.")
    assert "CONSULT" in types("The Japanese prime minister began his official trip to Brazil and Peru.")


def test_fraction_of_voters_is_a_poll():
    assert types("About six-in-10 Democrats without a college degree backed Harris.") == []
    assert types("One in three French voters opposed the pension reform.") == []
    assert "SUPPORT" in types("Two Republican senators backed Harris.")


def test_recording_is_no_arrest_or_shooting():
    assert types("Bystanders captured the burning wreckage on their phones.") == []
    assert types("A television crew shot a video of the ceremony.") == []
    assert "ASSAULT" in types("Kenyan police shot three protesters in Nairobi.")


def test_noticing_is_no_recognition():
    assert types("The prison guards failed to recognise he had hoarded weapons.") == []
    assert types("Blair wishes he had recognised the challenge of the occupation.") == []
    assert "SUPPORT" in types("Ghana recognised Kosovo on Tuesday.")


def test_editorial_refusal_is_no_rejection():
    assert types("The Kenyan newspaper refused to print the allegations.") == []
    assert "REJECT" in types("Kenya refused to release the detained journalists.")


def test_cannot_deny_admits():
    assert types("\"I can't deny that the verdict hurts,\" the Serbian minister said.") == []
    assert "REJECT" in types("Serbia denied that its police had attacked the convoy.")


def test_press_investigation_is_no_accusation():
    assert "ACCUSE" not in types("A Reuters investigation found that the tank fired on the journalists.")
    assert "ACCUSE" in types("Kenyan police opened an investigation into the minister.")


def test_stance_faulted_is_no_act():
    assert "SUPPORT" not in types("The governor attacked Senator Lee over his support for more funding for the Ukraine war.")
    assert "ACCUSE" in types("The governor attacked Senator Lee over his support for more funding for the Ukraine war.")


def test_seeking_to_is_trying():
    assert types("Canadian lawmakers have sought to address the trade deficit.") == []
    assert "REQUEST" in types("Moldova sought military help from Romania.")
    assert "REQUEST" in types("The Kenyan prosecutor sought to speak with the Ugandan president about the killings.")


def test_defending_a_position_supports_no_one():
    assert types("The Canadian police defended its commitment to combating illicit Chinese activities.") == []
    assert "SUPPORT" in types("The Australian minister defended the president against the charges.")


def test_amassing_things_is_no_mobilization():
    assert types("The Russian guards had amassed a surplus of bed linens.") == []
    assert "MOBILIZE" in types("Russia amassed 100,000 troops near the Ukrainian border.")


def test_imperatives_report_no_act():
    assert types("Tell us why you're supporting Harris and if you're campaigning for her.") == []
    assert types("Be flexible, and don't restrict yourself to the usual seven-night holidays.") == []
    assert "RETREAT" in types("Israel released the hostages.")


def test_present_relative_describes():
    assert "SUPPORT" in types("Iran, which supports Hezbollah, denied the claims.")  # a state's standing policy
    assert "AGREE" not in types("Metro Fares, which offers lower bus prices to eligible riders, is popular in Lima.")
    assert "ASSAULT" in types("Russia, which invaded Ukraine in 2022, denied the claims.")


def test_listed_topics_are_no_acts():
    topics = "Among the issues debated were U.S. involvement in Syria, funding for the Ukraine war and the threat of China."
    assert types(topics) == []
    assert "ASSAULT" in types("The main issue was that Russian troops attacked the convoy near Kherson.")


def test_vox_pop_is_no_act():
    assert types("Many Syrians interviewed in Idlib expressed concern over the deal, although some welcomed the move.") == []
    assert "SUPPORT" in types("Poland welcomed the Russian proposal.")


def test_advice_to_a_kind_is_no_demand():
    advice = '"Companies should start preparing for the new tariffs today," analysts at a Swiss bank wrote in a report.'
    assert "REQUEST" not in types(advice)
    assert "REQUEST" in types("The Kenyan police said protesters must leave the square.")
