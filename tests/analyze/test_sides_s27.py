"""Stop-27 side rules (writer-sides-s27), from wrong sources and targets of the dev audits: a protest's implied
recipient is the country's authorities, not the country named as a place; an implicit protest is where its paragraph
just was; the place of an occasion ("at a rally in Derry, N.H.") is no recipient; Protestants are a religious group;
"wrapped up a meeting with X" is the subject's meeting; "the resignation of X" is X's act. Sentences written for
these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import countries, event_at, names


def test_protest_recipient_is_authorities_not_the_bare_country():
    # dev audits s22-s26: "demonstrations in Kyiv" coded against "UKR/-:Ukraine", the country as a place
    event = event_at("Ukraine is at war. His removal sparked an immediate backlash, erupting into demonstrations in "
                     "Kyiv, Lviv and Odesa.", "PROTEST", "demonstrations")
    assert countries(event.target) == {"UKR"}
    assert "Ukraine" not in names(event.target)
    assert {a.sector for a in event.target} == {"GOV"}


def test_protest_recipient_keeps_a_named_government():
    text = "The Polish government raised fuel taxes. Thousands of Polish farmers protested on Sunday."
    assert names(event_at(text, "PROTEST", "protested").target) == {"Polish government"}


def test_protest_recipient_is_not_the_country_named_before():
    text = "Poland raised fuel taxes. Thousands of Polish farmers protested on Sunday."
    event = event_at(text, "PROTEST", "protested")
    assert countries(event.target) == {"POL"}
    assert "Poland" not in names(event.target)


def test_implicit_protest_is_where_its_paragraph_just_was():
    text = ("Beijing is angry. Beijing wants order. Hong Kong's street battles are an existential threat to Xi's "
            "regime. The protests degrade the Chinese Communist Party's claim to power.")
    event = event_at(text, "PROTEST", "protests")
    assert countries(event.source) == {"HKG"}


def test_implicit_protest_without_an_earlier_place_keeps_the_article_country():
    event = event_at("The protests in Hong Kong degrade the Communist Party's claim to power.", "PROTEST", "protests")
    assert countries(event.source) == {"HKG"}


def test_place_of_an_occasion_is_no_target():
    event = event_at("On Sunday, at a rally in Derry, N.H., Hillary Clinton rebuffed a Republican heckler.",
                     "REJECT", "rebuffed")
    assert "N.H." not in names(event.target)
    assert countries(event.source) == {"USA"}


def test_place_of_an_attack_at_an_occasion_is_still_read():
    event = event_at("A suicide bomber struck at a rally in Kabul on Sunday.", "ASSAULT", "struck")
    assert countries(event.target) == {"AFG"}


def test_protestants_are_a_religious_group():
    event = event_at("Police in Belfast arrested six Protestants on suspicion of rioting.", "COERCE", "arrested")
    assert [(a.country, a.sector) for a in event.target] == [("GBR", "REL")]


def test_wrapped_up_meeting_is_the_subjects():
    event = event_at("Kofi Annan wrapped up a three hour meeting with Iraqi president Saddam Hussein in Baghdad today.",
                     "CONSULT", "meeting")
    assert countries(event.source) == {"UNO"}
    assert countries(event.target) == {"IRQ"}


def test_wrapped_up_talks_are_the_subjects():
    event = event_at("Blinken wrapped up talks with Chinese Foreign Minister Wang Yi on Friday.", "CONSULT", "talks")
    assert countries(event.source) == {"USA"}
    assert countries(event.target) == {"CHN"}


def test_resignation_of_x_is_xs_act():
    event = event_at("The pound fell following the resignation of Britain's chancellor of the Exchequer, Nigel Lawson.",
                     "RETREAT", "resignation")
    assert countries(event.source) == {"GBR"}
    assert not event.target


def test_release_of_x_still_acts_on_x():
    event = event_at("The release of the hostages was welcomed by their families.", "RETREAT", "release")
    assert "hostages" in names(event.target)
    assert "hostages" not in names(event.source)


def test_interviewer_of_an_interview_is_no_target():
    event = event_at("In an interview with ABC News over the weekend, Clinton laughed off the attack ad.",
                     "REJECT", "laughed")
    assert "ABC News" not in names(event.target)


def test_audience_of_a_speech_is_no_target():
    event = event_at("In a speech to Congress, Macron criticized the plan.", "ACCUSE", "criticized")
    assert not event.target
    assert countries(event_at("In a speech on Monday, Macron criticized Russia.", "ACCUSE", "criticized").target) == {"RUS"}


def test_broadcaster_of_a_debate_is_no_target():
    event = event_at("Former President Donald Trump's top two rivals for the Republican nomination criticized him "
                     "gingerly at an NBC News debate here Wednesday night.", "ACCUSE", "criticized")
    assert "NBC News" not in names(event.target)


def test_passive_gerund_acts_on_the_governing_subject():
    event = event_at("The activist fled Iran after being arrested by the police.", "COERCE", "arrested")
    assert "activist" in names(event.target)
    assert "activist" not in names(event.source)
    assert countries(event.source) == {"IRN"}


def test_passive_gerund_without_agent_keeps_its_patient():
    event = event_at("His father, Rafael, who in 1957 fled Cuba for Texas after being arrested and beaten by agents "
                     "for Fulgencio Batista, was angry.", "COERCE", "arrested")
    assert "father" in names(event.target)
    assert "father" not in names(event.source)


def test_act_balked_at_is_no_occasion():
    # "at Armenia's demand" is what is refused, not where: only gatherings (meetings, rallies) are occasions
    event = event_at("Azerbaijan balked at Armenia's demand for international monitors in Nagorno-Karabakh.",
                     "REJECT", "balked")
    assert countries(event.target) == {"ARM"}


def test_passive_gerund_on_a_shared_subject():
    event = event_at("Nearly 150 Indians returned home broke on Wednesday after being deported.", "COERCE", "deported")
    assert countries(event.target) == {"IND"}
    assert "IND" not in countries(event.source)
