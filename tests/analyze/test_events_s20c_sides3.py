"""Sides owned by a reported clause's speaker or by a pair (stop 20, round 3; precision first): "said X's actions
will not go unpunished" (the speaker threatens X); a quoted "we ask he resign" (the speaker asks); "retaliate against
X for attacks" (X made the attacks); "negotiators" after "the two sides" are both sides'; "X considering dismissing
Y" (X dismisses). Sentences written for these tests."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en as events
from tests.analyze.event_helpers import countries, first_en as of_type, names


def test_unpunished_actions_threaten_their_owner():
    event = of_type("Greek Prime Minister Kyriakos Mitsotakis said Turkey's actions in the Aegean will not go unpunished.",
                    "THREATEN")
    assert countries(event.source) == {"GRC"}
    assert countries(event.target) == {"TUR"}


def test_unanswered_without_a_speaker_names_no_source():
    event = of_type("Turkey's provocations will not go unanswered.", "THREATEN")
    assert "TUR" not in countries(event.source)


def test_plain_threat_keeps_its_sides():  # neighbour: an ordinary threat is untouched
    event = of_type("Greece threatened to expel Turkish diplomats.", "THREATEN")
    assert countries(event.source) == {"GRC"}


def test_quoted_we_is_the_speakers_side():
    event = of_type('Council leader Asjad Mahmood said the prime minister Rishi Sunak had ignored the town and '
                    'therefore "we ask he resign".', "REQUEST")
    assert "Rishi Sunak" not in names(event.source)


def test_retaliation_answers_the_aims_attacks():
    text = "Hezbollah and Iran say they will retaliate against Israel for recent strikes in their regions."
    threat = of_type(text, "THREATEN")
    assert countries(threat.source) == {"LBN", "IRN"} and countries(threat.target) == {"ISR"}
    strikes = of_type(text, "ASSAULT")
    assert "ISR" not in countries(strikes.target)
    assert countries(strikes.source) <= {"ISR"}


def test_punished_for_attacks_made_them():
    event = of_type("The Syrian army said it would punish the rebels for the attacks on police posts.", "ASSAULT")
    assert names(event.source) == {"rebels"} or not event.source
    assert "rebels" not in names(event.target)


def test_plain_attack_keeps_its_sides():  # neighbour: an attack outside a reprisal is untouched
    event = of_type("Israel struck Hamas positions in Gaza on Sunday.", "ASSAULT")
    assert countries(event.source) == {"ISR"}


def test_negotiators_after_the_two_sides_are_both():
    event = of_type("Japan and South Korea resumed trade talks in Seoul. The two sides continue to negotiate and could "
                    "finalize an agreement in the next few weeks, if negotiators decide to compromise.", "CONCEDE")
    assert countries(event.source) | countries(event.target) <= {"JPN", "KOR"}
    assert countries(event.source) != {"KOR"} or countries(event.target)


def test_national_negotiators_stay_national():  # neighbour: "Chinese negotiators" are China's
    event = of_type("The two sides met in Geneva, and Chinese negotiators agreed to cut tariffs on soybeans.", "AGREE")
    assert "CHN" in countries(event.source)


def test_gerund_clause_subject_acts():
    event = of_type("Putin considering dismissing Shoigu comes after months of setbacks.", "REJECT")
    assert countries(event.source) == {"RUS"}


def test_unanswered_attack_with_a_postposed_speaker():
    event = of_type("Hezbollah's attack will not go unanswered, Israeli Prime Minister Benjamin Netanyahu said.", "THREATEN")
    assert countries(event.source) == {"ISR"} and countries(event.target) == {"LBN"}


def test_quoted_we_does_not_borrow_a_named_third_person():
    found = [e for e in events('Council leader Asjad Mahmood criticised the party leader. "Sadly, Rishi Sunak has not '
                               'stood up for our values, hence why we are calling upon him to step down."')
             if e.type == "REQUEST"]
    assert all("Rishi Sunak" not in names(e.source) for e in found)


def test_quoted_we_is_the_responders_side():  # neighbour: the quote's speaker, whatever verb reports it
    event = of_type('"We banned the opposition newspaper," Florida Governor Ron DeSantis responded.', "COERCE")
    assert "Ron DeSantis" in names(event.source)
