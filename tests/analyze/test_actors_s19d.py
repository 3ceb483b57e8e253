"""Stop 19, round 4 of the actor layer (sentences written for these tests): kin armed men placed abroad, police
units named by an armed noun, a party name two states share, and bare surnames of ordinary people."""
from __future__ import annotations

import signal

import pytest

from detente.knowledge.actors.words import kin_armed_nouns, kin_minorities
from tests.analyze.test_actors import analyse


def coded(lang: str, sentence: str, date: str = "2001-05-10") -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (a.country, a.sector) for a in analyse([(lang, sentence)], date).actors for m in a.mentions}


@pytest.mark.parametrize("sentence, mention", [
    ("Albanian gunmen ambushed a patrol near Kumanovo on Tuesday.", "Albanian gunmen"),
    ("Police said Albanian militants fired at a checkpoint outside Tetovo.", "Albanian militants"),
    ("Macedonian troops shelled Albanian rebels near Kumanovo.", "Albanian rebels"),
])
def test_kin_armed_men_placed_in_a_town_are_of_that_state(sentence, mention):
    assert coded("en", sentence)[mention][0] == "MKD"


@pytest.mark.parametrize("sentence, mention, country", [
    ("Albanian troops crossed the border near Kumanovo.", "Albanian troops", "ALB"),  # a state's own troops
    ("Albanian gunmen robbed a bank in Tirana.", "Albanian gunmen", "ALB"),  # in their own state
    ("Russian fighters attacked positions near Kharkiv.", "Russian fighters", "RUS"),  # no kin pair
])
def test_other_armed_men_keep_their_demonym(sentence, mention, country):
    assert coded("en", sentence)[mention][0] == country


def test_kin_tables_load():
    assert ("ALB", "MKD") in kin_minorities() and "gunmen" in kin_armed_nouns() and "troops" not in kin_armed_nouns()


@pytest.mark.parametrize("sentence, mention, sector", [
    ("Police commandos stormed the hijacked bus in Lima.", "Police commandos", "COP"),
    ("Police troops fired tear gas at students in Cairo.", "Police troops", "COP"),
    ("Government forces shelled the town of Jaffna.", "Government forces", "MIL"),
])
def test_the_last_body_noun_decides_a_police_units_sector(sentence, mention, sector):
    assert coded("en", sentence)[mention][1] == sector


def test_a_shared_party_name_takes_the_country_of_a_place_in_its_sentence():
    sentence = "Baath party officials burned their files in Mosul as the army retreated."
    assert coded("en", sentence, "2003-04-01")["Baath party officials"][0] == "IRQ"


def test_a_shared_party_name_near_the_other_states_town_is_that_states():
    sentence = "Baath party officials burned their files in Aleppo as the army retreated."
    assert coded("en", sentence, "2003-04-01")["Baath party officials"][0] == "SYR"


def test_a_bare_surname_after_an_ordinary_persons_full_name_is_that_person():
    found = coded("en", "Tom Carter, a plumber from Ohio, lost his job. Carter said the firm lied.", "2024-05-01")
    assert found["Carter"] == (None, None)


def test_a_word_that_is_a_common_first_name_is_no_past_heads_surname():
    found = coded("en", "Pilgrims sang hymns about Jesus at midnight mass.", "2023-12-22")
    assert found.get("Jesus", (None, None))[0] != "STP"


def test_a_verbless_headline_with_kin_armed_men_ends():
    """The clause walk climbs to the root: a root with no verb must end it (a Token is a new object per access)."""
    def overrun(signum, frame):
        raise TimeoutError("the clause walk did not end")
    previous = signal.signal(signal.SIGALRM, overrun)
    signal.alarm(120)
    try:
        assert coded("en", "Albanian gunmen near Tetovo")["Albanian gunmen"][0] == "MKD"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
