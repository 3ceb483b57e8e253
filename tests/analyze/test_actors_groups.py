"""Third-round actor rules: group nouns (EN/ES), agent words heading a collective noun ("opposition groups"),
followers ("supporters of X", "seguidores de X") and possessive context ("su gobierno")."""
from __future__ import annotations

import pytest

from detente.knowledge.actors import collective_nouns, default_knowledge
from tests.analyze.test_actors import analyse, find


def test_an_agent_word_heading_a_collective_noun_is_that_group() -> None:
    analysis = analyse([("en", "Opposition groups in Zimbabwe called for a strike, and rebel forces attacked a base.")])
    opposition = find(analysis, "Opposition groups")
    assert (opposition.country, opposition.sector) == ("ZWE", "OPP")
    assert "groups" in opposition.text


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Militantes islamistas atacaron un cuartel en Argelia.", "Militantes islamistas", "REB"),
    ("Los separatistas atacaron una comisaría en Argelia.", "Los separatistas", "REB"),
    ("Los traficantes cruzaron la frontera de Argelia.", "Los traficantes", "CRM"),
])
def test_spanish_group_nouns_take_their_sector_and_the_context_country(text: str, phrase: str, sector: str) -> None:
    actor = find(analyse([("es", text)]), phrase)
    assert (actor.country, actor.sector) == ("DZA", sector)


def test_supporters_take_the_country_of_whom_they_follow() -> None:
    analysis = analyse([("en", "Supporters of Imran Khan marched in London. Khan's supporters clashed with police.")])
    supporters = find(analysis, "Supporters of Imran Khan")
    assert (supporters.country, supporters.sector) == ("PAK", "CVL")
    assert find(analysis, "Khan's supporters").sector == "CVL"


def test_seguidores_of_a_person_are_civilians_and_of_a_party_are_the_party() -> None:
    analysis = analyse([("es", "Los seguidores de Evo Morales bloquearon carreteras. Los militantes del partido protestaron en Bolivia.")])
    seguidores = find(analysis, "Los seguidores de Evo Morales")
    assert (seguidores.country, seguidores.sector) == ("BOL", "CVL")
    assert find(analysis, "Los militantes del partido").sector == "PTY"


def test_su_gobierno_belongs_to_the_country_named_just_before() -> None:
    analysis = analyse([
        ("es", "Brasil, Brasil y Brasil dominan la región."),
        ("es", "Lula se reunió con el presidente argentino Javier Milei, que dijo que su gobierno no cederá."),
    ])
    assert find(analysis, "gobierno").country == "ARG"  # the dominant country (BRA) without the possessive


def test_collective_nouns_are_loaded_with_plurals() -> None:
    nouns = collective_nouns()
    assert {"group", "groups", "forces", "members"} <= nouns
    assert "camps" not in nouns  # "refugee camps" are places


def test_new_agent_rows_are_in_the_knowledge_base() -> None:
    kb = default_knowledge()
    assert kb.agents["es"]["seguidores"].detail == "follower"
    assert kb.agents["es"]["colonos"].value == "CVL"
    assert kb.agents["en"]["supporters"].value == "CVL"


def test_a_title_joined_by_for_attaches_to_the_name() -> None:
    analysis = analyse([("en", "Pakistan's Federal Minister for Interior Mohsin Naqvi met the Minister for Foreign Affairs Ishaq Dar.")])
    naqvi = find(analysis, "Mohsin Naqvi")
    assert (naqvi.name, naqvi.country, naqvi.sector) == ("Mohsin Naqvi", "PAK", "GOV")
    dar = find(analysis, "the Minister for Foreign Affairs Ishaq Dar")
    assert dar.name == "Ishaq Dar" and dar.mentions[0].text.startswith("the Minister")


def test_for_after_a_group_word_does_not_join_a_person() -> None:
    analysis = analyse([("en", "Protesters in Kenya called for Raila Odinga to return.")])
    assert find(analysis, "Protesters").name != "Raila Odinga"


def test_a_group_owned_by_a_person_takes_the_owners_country() -> None:
    analysis = analyse([("en", "Vladimir Putin's army and Kenya's police met; Putin's opposition coalition lost.")])
    army = find(analysis, "Vladimir Putin's army")
    assert (army.country, army.sector) == ("RUS", "MIL")
    coalition = find(analysis, "Putin's opposition coalition")
    assert (coalition.country, coalition.sector) == ("RUS", "PTY")  # codebook: OPP is secondary to PTY


def test_a_spokesman_for_someone_is_not_that_person() -> None:
    analysis = analyse([("en", "A spokesman for Raila Odinga said the talks failed.")])
    spokesman = find(analysis, "A spokesman")
    assert spokesman is None or spokesman.name != "Raila Odinga"


def test_supporters_of_a_titled_leader_are_not_the_leader() -> None:
    analysis = analyse([("en", "Supporters of President Joe Biden rallied in Ohio.")])
    supporters = find(analysis, "Supporters of President Joe Biden")
    assert (supporters.name, supporters.country, supporters.sector) != ("Joe Biden", "USA", "GOV")
    assert (supporters.country, supporters.sector) == ("USA", "CVL")
