"""Stop 18 actor rules, on sentences written for these tests: a community's armed men are coded in the state
they face; plurals of agent words ending in "-arch", "-wife", "-person"; a lone agent word given as a query;
a few agent and organization rows; no apposition across a clause's subject; a place name that opens a person's
name is a first name."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from detente.knowledge.actors import default_knowledge
from detente.knowledge.actors.forms import english_plurals
from tests.analyze.test_actors import analyse


def coded(lang: str, sentence: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (a.country, a.sector) for a in analyse([(lang, sentence)]).actors for m in a.mentions}


@pytest.mark.parametrize("sentence, mention, code", [
    ("The government of Mozambique offered talks to Shona rebels on Friday.", "Shona rebels", ("MOZ", "REB")),
    ("Shona rebels in Mozambique ambushed a supply convoy.", "Shona rebels in Mozambique", ("MOZ", "REB")),
    ("Georgia's interior ministry said Chechen militants had crossed the mountains.", "Chechen militants",
     ("GEO", "UAF")),
])
def test_a_communitys_armed_men_are_coded_in_the_state_they_face(sentence, mention, code) -> None:
    assert coded("en", sentence)[mention] == code


@pytest.mark.parametrize("sentence, mention, code", [
    ("Kachin rebels fired mortar rounds that landed in China.", "Kachin rebels", ("MMR", "REB")),
    ("Chechen rebels clashed with Russian troops near the border.", "Chechen rebels", ("RUS", "REB")),
    ("The Sri Lankan government said Tamil rebels had shelled a camp, and India protested.", "Tamil rebels",
     ("LKA", "REB")),
])
def test_a_communitys_armed_men_keep_their_homeland_without_another_state_faced(sentence, mention, code) -> None:
    assert coded("en", sentence)[mention] == code


def test_a_communitys_armed_men_alone_keep_their_homeland() -> None:
    code = resolve_text("Shona rebels")
    assert (code.country, code.sector) == ("ZWE", "REB")


def test_a_community_that_is_not_armed_keeps_its_country() -> None:
    assert coded("en", "The Mozambique government met Shona farmers.")["Shona farmers"][0] == "ZWE"


@pytest.mark.parametrize("word, plural", [
    ("oligarch", "oligarchs"), ("monarch", "monarchs"), ("midwife", "midwives"), ("thief", "thieves"),
    ("wanted person", "wanted people"), ("church", "churches"), ("chief", "chiefs"),
])
def test_english_plurals_of_hard_ch_f_and_person(word, plural) -> None:
    assert plural in english_plurals(word)


def test_a_listed_plural_keeps_its_own_row() -> None:
    agents = default_knowledge().agents["en"]
    assert agents["gunmen"].detail == "group" and agents["persons"].value == "UNK" and agents["people"].value == "CVL"


@pytest.mark.parametrize("text, sector", [
    ("oligarchs", "BUS"), ("Russian oligarchs", "BUS"), ("monarchs", "GOV"), ("midwives", "MED"),
    ("tycoon", "BUS"), ("constable", "COP"), ("money launderers", "CRM"), ("lobby groups", "SOC"),
])
def test_agent_words_given_alone_or_as_plurals_code(text, sector) -> None:
    code = resolve_text(text)
    assert code is not None and code.sector == sector


def test_a_lone_former_word_is_still_no_actor() -> None:
    assert resolve_text("retired") is None


@pytest.mark.parametrize("text, sector", [
    ("los paramédicos", "MED"), ("el personal sanitario", "MED"), ("los extorsionadores", "CRM"),
    ("los gendarmes", "COP"), ("los pasajeros", "CVL"), ("los universitarios", "EDU"),
])
def test_spanish_agent_rows(text, sector) -> None:
    code = resolve_text(text, lang="es")
    assert code is not None and code.sector == sector


@pytest.mark.parametrize("sentence, mention, code", [
    ("The ACLU sued the city over the new curfew.", "The ACLU", ("USA", "SOC")),
    ("The United Auto Workers called a strike at two plants.", "The United Auto Workers", ("USA", "LAB")),
])
def test_civil_society_bodies_and_unions(sentence, mention, code) -> None:
    assert coded("en", sentence)[mention] == code


def test_a_subject_after_a_comma_is_no_apposition_of_the_name_before() -> None:
    found = coded("en", "After talks with NATO Secretary General Jens Stoltenberg, the Turkish president said he "
                        "would decide soon.")
    assert found["the Turkish president"] == ("TUR", "GOV")
    assert found["NATO Secretary General Jens Stoltenberg"][0] != "TUR"


def test_an_apposition_between_commas_still_joins() -> None:
    analysis = analyse([("en", "Recep Tayyip Erdogan, the Turkish president, met the press on Monday.")])
    actor = next(a for a in analysis.actors if a.name == "Recep Tayyip Erdoğan" or "Erdogan" in a.name)
    assert {m.text for m in actor.mentions} == {"Recep Tayyip Erdogan", "the Turkish president"}


@pytest.mark.parametrize("sentence, name", [
    ("Victoria Beckham and two other designers released a statement.", "Victoria Beckham"),
    ("Jordan Henderson signed a new contract on Monday.", "Jordan Henderson"),
])
def test_a_place_name_that_opens_a_persons_name_is_a_first_name(sentence, name) -> None:
    found = coded("en", sentence)
    assert name in found and found[name][0] not in {"SYC", "JOR"}


def test_a_city_before_a_title_still_names_the_officials_city() -> None:
    assert coded("en", "Kyiv Mayor Vitali Klitschko met the press.")["Kyiv Mayor Vitali Klitschko"] == ("UKR", "GOV")


def test_a_bare_title_joins_a_holder_of_its_own_sector() -> None:
    analysis = analyse([("en", "President Joe Biden toured the factory on Friday. The contract was won by union "
                               "President Shawn Fain, organisers said. This president has backed the strikers, "
                               "an aide said.")])
    fain = next(a for a in analysis.actors if a.name == "Shawn Fain")
    assert all(m.text != "president" for m in fain.mentions) and fain.sector != "GOV"


def test_an_accented_first_name_is_no_demonym_in_english() -> None:
    found = coded("en", "The plot was led by a retired officer, Germán Alberto Ruiz Pardo, prosecutors said.")
    assert all(code[0] != "DEU" for code in found.values())


def test_an_english_demonym_spelt_with_an_accent_still_reads() -> None:
    assert coded("en", "Burkinabé soldiers patrolled the border.")["Burkinabé soldiers"] == ("BFA", "MIL")


@pytest.mark.parametrize("sentence, mention, country", [
    ("Hamas fighters ambushed soldiers near the fence, Israeli officials said.", "soldiers", "ISR"),
    ("Houthi rebels fired on police near the port, Saudi officials said.", "police", "SAU"),
])
def test_a_state_body_takes_its_country_from_states_named_near_it(sentence, mention, country) -> None:
    assert coded("en", sentence)[mention][0] == country


def test_a_state_body_without_a_state_near_it_still_takes_the_actors_country() -> None:
    assert coded("en", "Kenyan protesters clashed with police on Monday.")["police"][0] == "KEN"


@pytest.mark.parametrize("sentence, mention, code", [
    ("Los rebeldes hutíes lanzaron dos drones contra un buque.", "Los rebeldes hutíes", ("YEM", "REB")),
    ("Los talibanes cerraron las escuelas de niñas.", "Los talibanes", ("AFG", None)),
])
def test_names_listed_in_lower_case_match_lower_case_text(sentence, mention, code) -> None:
    found = coded("es", sentence)[mention]
    assert found[0] == code[0] and (code[1] is None or found[1] == code[1])


def test_a_spanish_town_council_is_its_towns_government() -> None:
    assert coded("es", "El Ayuntamiento de Sevilla cerró el parque.")["El Ayuntamiento de Sevilla"] == ("ESP", "GOV")


def test_a_listed_town_the_tagger_calls_a_person_is_a_place_after_en() -> None:
    analysis = analyse([("es", "Tres personas murieron en un bombardeo en Jan Yunis.")])
    assert all("Jan Yunis" not in m.text for a in analysis.actors for m in a.mentions)
    assert any(a.country == "PSE" for a in analysis.actors)


def test_a_knight_named_by_first_name_is_the_person_named_in_full() -> None:
    analysis = analyse([("en", "Sir Keir Starmer opened the debate. Later, Sir Keir told reporters the plan was fair.")])
    starmer = next(a for a in analysis.actors if a.name == "Keir Starmer")
    assert "Keir" in {m.text for m in starmer.mentions}
    assert not any(a.name == "Keir" for a in analysis.actors)


def test_a_first_name_without_an_honorific_stays_apart() -> None:
    analysis = analyse([("en", "Keir Starmer opened the debate. Keir Hardie had founded the party long before.")])
    assert any(a.name == "Keir Hardie" for a in analysis.actors)


@pytest.mark.parametrize("lang, sentence, mention, country", [
    ("en", "Police detained three British tourists in Malaga on Friday.", "Police", "ESP"),
    ("en", "Police fired tear gas at Palestinian protesters in Jerusalem.", "Police", "ISR"),
    ("es", "La policía detuvo a dos turistas británicos en Málaga.", "La policía", "ESP"),
])
def test_people_named_by_nationality_do_not_own_the_police_of_the_place(lang, sentence, mention, country) -> None:
    assert coded(lang, sentence)[mention][0] == country


@pytest.mark.parametrize("text, code", [
    ("el Ministerio Público", (None, "JUD")),
    ("el oficialismo", (None, "GOV")),
    ("la bancada oficialista", (None, "LEG")),
    ("los marines", (None, "MIL")),
    ("el chavismo", ("VEN", "GOV")),
])
def test_spanish_political_words(text, code) -> None:
    found = resolve_text(text, lang="es")
    assert found is not None and (found.country, found.sector) == code


@pytest.mark.parametrize("sentence, mention", [
    ("Los británicos residentes en la costa fueron evacuados.", "Los británicos"),
    ("Unos canadienses jubilados visitaron la feria.", "Unos canadienses"),
])
def test_a_spanish_plural_demonym_after_an_article_is_the_people(sentence, mention) -> None:
    assert coded("es", sentence)[mention][1] == "CVL"


def test_a_spanish_demonym_after_a_noun_stays_an_adjective() -> None:
    assert coded("es", "Los soldados británicos llegaron al puerto.")["Los soldados británicos"][1] == "MIL"
