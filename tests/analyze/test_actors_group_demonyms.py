"""A Spanish group noun with a demonym ("transportistas hondureños", "campesinos hondureños") is that group of that
country, even where the tagger reads the group noun as an adjective of the demonym. Phrases written for these tests."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from tests.analyze.test_actors import analyse, find


@pytest.mark.parametrize("text, expected", [
    ("transportistas hondureños", ("HND", "LAB")),
    ("camioneros hondureños", ("HND", "LAB")),
    ("campesinos hondureños", ("HND", "AGR")),
    ("campesinos bolivianos", ("BOL", "AGR")),
    ("maestros peruanos", ("PER", "EDU")),
    ("comerciantes hondureños", ("HND", "BUS")),
    ("taxistas mexicanos", ("MEX", "LAB")),
    ("pescadores chilenos", ("CHL", "AGR")),
])
def test_a_group_noun_with_a_demonym_is_that_group(text: str, expected: tuple[str, str]) -> None:
    code = resolve_text(text, "2024-05-01", "es")
    assert (code.country, code.sector, code.kind) == (*expected, "group")


def test_the_demonym_alone_stays_the_people() -> None:
    code = resolve_text("los hondureños", "2024-05-01", "es")
    assert code.country == "HND" and code.kind == "country"


@pytest.mark.parametrize("sentence, mention, expected", [
    ("Cientos de transportistas hondureños bloquearon la carretera el lunes.", "transportistas hondureños", ("HND", "LAB")),
    ("Los campesinos hondureños marcharon el martes.", "campesinos hondureños", ("HND", "AGR")),
    ("Miles de maestros peruanos protestaron el jueves.", "maestros peruanos", ("PER", "EDU")),
])
def test_in_a_sentence_the_group_is_the_actor(sentence: str, mention: str, expected: tuple[str, str]) -> None:
    actor = find(analyse([("es", sentence)]), mention)
    assert actor is not None and (actor.country, actor.sector) == expected
    assert mention in actor.text


def test_an_agent_adjective_after_a_noun_stays_an_adjective() -> None:
    """'la ofensiva militar israelí' is an offensive, not an Israeli military actor."""
    analysis = analyse([("es", "La ofensiva militar israelí continuó el lunes.")])
    assert not any("militar" in m.text for a in analysis.actors for m in a.mentions)
