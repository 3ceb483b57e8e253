"""Stop 20, round 2c of the actor layer (sentences written for these tests): groups described by an indefinite
apposition, "my/our/his government" of the speaker, a bare monarch of a monarchy, a bare "Congress" in another
Congress state's story, and trade and professional councils (not state organs)."""
from __future__ import annotations

import pytest

from tests.analyze.test_actors import analyse


def coded(lang: str, text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    paragraphs = [(lang, part) for part in text.split("||")]
    return {m.text: (a.country, a.sector) for a in analyse(paragraphs, date).actors for m in a.mentions}


def test_listed_group_with_apposition_is_one_actor_with_its_own_code():
    got = coded("en", "Police detained 12 members of Jaish-e-Mohammed, a militant group banned by the government, "
                      "in Lahore.", "2003-02-11")
    assert got["Jaish-e-Mohammed"] == ("PAK", "REB")
    assert got["a militant group"] == ("PAK", "REB")  # the apposition is a mention of the same group


def test_unlisted_group_takes_the_apposition_kind_and_country():
    got = coded("en", "The Tawhid Brigade, a Syrian rebel group, captured the border post.", "2012-08-02")
    assert got["Brigade"] == ("SYR", "REB")


def test_person_apposition_still_attaches():
    got = coded("en", "Pervez Musharraf, the Pakistani president, met the Indian prime minister.", "2001-07-15")
    assert got["Pervez Musharraf"] == ("PAK", "GOV")
    assert got["the Indian prime minister"] == ("IND", "GOV")


def test_my_government_is_the_speakers():
    got = coded("en", 'In the King\'s Speech, the monarch said: "My Government will seek closer ties with Poland."',
                "2024-07-17")
    assert got["Government"] == ("GBR", "GOV")


def test_his_government_is_the_speakers():
    got = coded("en", "Putin said his government would not bow to pressure from Washington.", "2001-03-10")
    assert got["government"] == ("RUS", "GOV")


def test_first_person_government_ignores_its_own_sentence():
    got = coded("en", "Britain set out its plans. My Government will give its full support to Moldova.", "2024-07-17")
    assert got["Government"][0] == "GBR"


def test_bare_monarch_is_of_a_monarchy_not_a_republic_named_near():
    got = coded("en", "The King said Britain would stand by Ukraine.", "2023-03-10")
    assert got["The King"][0] != "UKR"
    saudi = coded("en", "Jordan's King Abdullah met the French president in Paris. The King said the war must end.",
                  "2023-03-10")
    assert saudi["The King"] == ("JOR", "GOV")


@pytest.mark.parametrize("text, want", [
    ("MANILA, April 8 - Congress approved the bill lowering the age of criminal responsibility, senators said.",
     ("PHL", "LEG")),
    ("LIMA, May 3 - Congress voted to remove the president over corruption charges.", ("PER", "LEG")),
    ("WASHINGTON, Feb 10 - Congress passed a bill to fund the government through March.", ("USA", "LEG")),
])
def test_bare_congress_is_the_story_state_legislature(text, want):
    assert coded("en", text, "2019-04-08")["Congress"] == want


def test_congress_with_the_us_named_stays_american():
    got = coded("en", "MANILA, Feb 10 - The Philippine president urged the U.S. Congress to approve military aid.",
                "2023-02-10")
    assert got["the U.S. Congress"] == ("USA", "LEG")


@pytest.mark.parametrize("text, mention, sectors", [
    ("The Council of Fashion Designers of America named its new chairman.",
     "The Council of Fashion Designers of America", {"BUS", "SOC"}),
    ("The Federation of Indian Chambers of Commerce and Industry welcomed the budget.",
     "The Federation of Indian Chambers of Commerce and Industry", {"BUS"}),
])
def test_trade_councils_are_no_state_organ(text, mention, sectors):
    got = coded("en", text, "2022-10-08")
    found = next(v for k, v in got.items() if mention.startswith(k) or k.startswith(mention[:30]))
    assert found[1] in sectors


@pytest.mark.parametrize("text, mention", [
    ("The Council of Ministers of Lebanon approved the plan.", "Council of Ministers"),
    ("The National Security Council met in Islamabad to discuss the attacks.", "National Security Council"),
])
def test_state_councils_stay_government(text, mention):
    got = coded("en", text, "2022-04-12")
    found = next(v for k, v in got.items() if mention in k)
    assert found[1] == "GOV"


def test_bare_ministry_takes_no_country_from_what_it_condemns():
    got = coded("en", "Pakistan said it shot down two jets.||The Ministry of Foreign Affairs has condemned what it "
                      "calls an act of aggression by the Indian Air Force.", "2019-02-27")
    assert got["The Ministry"] == ("PAK", "GOV")


def test_bare_government_still_owns_the_protesters_it_arrests():
    got = coded("en", "The government arrested 40 Kenyan protesters on Monday.", "2023-07-10")
    assert got["The government"][0] == "KEN"


def test_ministry_that_speaks_about_forces_keeps_their_country():
    got = coded("en", "The defence ministry said Russian troops had taken the village.", "2023-07-10")
    assert got["The defence ministry"][0] == "RUS"
