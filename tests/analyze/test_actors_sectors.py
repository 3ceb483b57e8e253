"""Sector conventions of the PLOVER codebook's sector table: governing parties and military rulers are GOV, OPP
gives way to a body word (PTY, LEG), armed opposition is REB, retired officials and officials' families ELI,
breakaway entities PRE, displaced people REF (in their own country), and "X general" titles are civil offices."""
from __future__ import annotations

import pytest

from detente.analyze.actors import resolve_text
from tests.analyze.test_actors import analyse, find


def code(text: str, date: str = "2022-06-01") -> tuple[str | None, str | None] | None:
    found = resolve_text(text, date, "en")
    return (found.country, found.sector) if found is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's ruling coalition", ("KEN", "GOV")),
    ("Zimbabwe's governing party", ("ZWE", "GOV")),
    ("the Sudanese military regime", ("SDN", "GOV")),
    ("Thailand's military junta", ("THA", "GOV")),
    ("the opposition coalition", (None, "PTY")),
    ("an opposition lawmaker", (None, "LEG")),
    ("Belarusian dissidents", ("BLR", "OPP")),
    ("a Nigerian security force", ("NGA", "MIL")),
    ("Nigerian security forces", ("NGA", "MIL")),
    ("Kenyan army patrol", ("KEN", "MIL")),
    ("a naval officer", (None, "MIL")),
    ("coup plotters", (None, "REB")),
    ("a breakaway region", (None, "PRE")),
    ("a self-proclaimed republic", (None, "PRE")),
    ("displaced families", (None, "REF")),
    ("health professionals", (None, "MED")),
    ("a broadcasting company", (None, "JRN")),
    ("the judicial system", (None, "JUD")),
    ("protest leaders", (None, "CVL")),
])
def test_codebook_sector_conventions(text: str, expected: tuple) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's Solicitor General", ("PAK", "GOV")),
    ("the U.S. surgeon general", ("USA", "GOV")),
    ("Kenyan Director General of Police", ("KEN", "COP")),  # a role word: the body after "of" decides
    ("a Zambian general", ("ZMB", "MIL")),
])
def test_general_after_a_title_is_no_military_rank(text: str, expected: tuple) -> None:
    assert code(text) == expected


@pytest.mark.parametrize(("text", "sector"), [
    ("Colombian rebel soldiers", "REB"),
    ("a guerrilla army", "REB"),
    ("opposition forces", "REB"),  # armed opposition
    ("Hamas fighters", "REB"),
    ("insurgent movement", "REB"),
    ("government forces", "MIL"),  # a state body keeps the armed head's sector
    ("army soldiers", "MIL"),
    ("paramilitary forces", "PRM"),
    ("the student movement", "EDU"),
])
def test_a_body_noun_takes_the_sector_of_the_group_modifying_it(text: str, sector: str) -> None:
    assert code(text)[1] == sector


def test_retired_officials_are_eli_but_not_the_verb() -> None:
    assert code("a retired Pakistani general") == ("PAK", "ELI")
    assert code("a retired teacher")[1] == "EDU"  # ELI is for former state officials only
    analysis = analyse([("en", "Colonel Palacios retired in 2010. Smith, who retired last year, spoke.")])
    assert all("retired" not in actor.text for actor in analysis.actors)


def test_internally_displaced_people_take_the_context_country_refugees_do_not() -> None:
    analysis = analyse([("en", "Israeli strikes hit Gaza on Monday. Displaced civilians fled south. "
                               "Refugees reached the border.")])
    displaced = find(analysis, "Displaced civilians")
    assert (displaced.country, displaced.sector) == ("PSE", "REF")
    refugees = find(analysis, "Refugees")
    assert (refugees.country, refugees.sector) == (None, "REF")


def test_spanish_desplazados_take_the_context_country() -> None:
    analysis = analyse([("es", "El Ejército de Colombia combatió en el Cauca. Los desplazados llegaron a Popayán.")])
    displaced = find(analysis, "Los desplazados")
    assert (displaced.country, displaced.sector) == ("COL", "REF")
