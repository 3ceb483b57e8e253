"""Stop-27 doers (writer-doers-s27): an act noun in the phrase of a verb of judging or punishing is done by the one
judged ("was convicted of the 1988 bombing"), and a gerund in the "in" phrase of a part noun by the part's holder
("played a key role in brokering the ceasefire"). Sentences written for these tests."""
from __future__ import annotations

from detente.analyze.events import part_doers, stranded_agent
from tests.analyze.event_helpers import countries, event_at, names


def test_serving_a_sentence_for_an_assassination():
    event = event_at("Amir, 27, is serving a life sentence for the November 1995 assassination of Rabin at a Tel Aviv "
                     "peace rally.", "ASSAULT", "assassination")
    assert names(event.source) == {"Amir"}
    assert "ISR" in countries(event.target)


def test_jailed_for_a_killing():
    event = event_at("Two Iraqi soldiers were jailed for the killing of a British journalist.", "ASSAULT", "killing")
    assert countries(event.source) == {"IRQ"}
    assert countries(event.target) == {"GBR"}


def test_suspected_participle_names_the_doer():
    event = event_at("Police arrested a Syrian man suspected of the stabbing of three people.", "ASSAULT", "stabbing")
    assert countries(event.source) == {"SYR"}


def test_arrested_over_an_attack_and_sanctioned_over_an_invasion():
    event = event_at("The former rebel commander was arrested over the 2019 attack on a police station in Mali.",
                     "ASSAULT", "attack")
    assert names(event.source) == {"former rebel commander"}
    assert countries(event_at("Russia was sanctioned over the invasion of Ukraine.", "ASSAULT", "invasion").source) == {"RUS"}


def test_switch_off_leaves_the_source_empty(monkeypatch):
    monkeypatch.setattr(stranded_agent, "CHARGED_DOERS", False)
    event = event_at("Two Iraqi soldiers were jailed for the killing of a British journalist.", "ASSAULT", "killing")
    assert not event.source


def test_in_connection_with_names_the_doer():
    event = event_at("Two Iraqi men were detained in connection with the bombing of the embassy.", "ASSAULT", "bombing")
    assert names(event.source) == {"Iraqi men"}


def test_no_doer_from_a_verb_that_clears_or_is_not_judging():
    # an acquittal says the one tried did not do it; "jailed in the crackdown": "in" alone is no charge phrase
    assert not event_at("A Russian soldier was acquitted of the killing of a Ukrainian civilian.", "ASSAULT", "killing").source
    crackdown = event_at("Hundreds of students were jailed in the crackdown on protests in Tehran.", "COERCE", "jailed")
    assert "students" not in names(crackdown.source)


def test_role_in_brokering_a_ceasefire():
    event = event_at("Qatar played a key role in brokering the ceasefire between Israel and Hamas.", "CONSULT", "brokering")
    assert countries(event.source) == {"QAT"}


def test_role_switch_off_drops_the_doer(monkeypatch):
    monkeypatch.setattr(part_doers, "PARTS_TAKEN", False)
    from tests.analyze.event_helpers import at_trigger
    found = at_trigger("Qatar played a key role in brokering the ceasefire between Israel and Hamas.", "CONSULT", "brokering")
    assert not any("QAT" in countries(e.source) for e in found)


def test_convicted_object_is_the_doer():
    # the parser hangs "of the bombing" on the object; the one convicted bombed
    event = event_at("The court convicted two Libyans of the bombing of the airliner.", "ASSAULT", "bombing")
    assert countries(event.source) == {"LBY"}


def test_served_years_in_connection_with_killings():
    event = event_at("Sinwar served over 20 years in Israeli jails in connection with the killings of two Israeli "
                     "soldiers.", "ASSAULT", "killings")
    assert countries(event.source) == {"PSE"}
