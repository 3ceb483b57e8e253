"""A city name shared by towns of several countries is read as the one in a country its sentence names: "rival
militias in Tripoli as shells hit the north Lebanese port" are in Lebanon's Tripoli, not Libya's capital.

The knowledge base keeps one reading per city name (the largest town); the places gazetteer keeps them all.
"""
from __future__ import annotations

from bisect import bisect_right

from detente.analyze.actors.matcher import Unit
from detente.knowledge.actors import Entry

NATION_KINDS = ("country", "demonym")
TOWN_KINDS = ("capital", "city")
MIN_POPULATION = 100_000  # smaller namesakes are too many to trust a sentence's hint


def _nation(unit: Unit) -> str | None:
    """The country a unit names as a state or people (not as a town); None for entities and towns."""
    if any(e.kind == "entity" for e in unit.entries):
        return None
    for entry in unit.entries:
        if entry.kind in NATION_KINDS:
            return entry.value
        if entry.kind in TOWN_KINDS:
            return None
    return None


def _town(unit: Unit) -> Entry | None:
    """The town reading of a unit that is only a town (no country, demonym or entity reading)."""
    if any(e.kind in NATION_KINDS or e.kind == "entity" for e in unit.entries):
        return None
    return next((e for e in unit.entries if e.kind in TOWN_KINDS), None)


def read_towns_in_context(units: list[Unit], sentence_starts: list[int]) -> None:
    """Give a town unit the country of a same-named big town when its sentence names that country and not the
    reading's own (entries are replaced in place; units are this paragraph's, in token order)."""
    towns = [(u, e) for u in units if (e := _town(u)) is not None]
    if not towns:
        return
    nations: dict[int, set[str]] = {}
    for unit in units:
        country = _nation(unit)
        if country is not None:
            nations.setdefault(bisect_right(sentence_starts, unit.start), set()).add(country)
    if not nations:
        return
    from detente.analyze.places.gazetteer import gazetteer

    for unit, entry in towns:
        named = nations.get(bisect_right(sentence_starts, unit.start), set())
        if not named or entry.value in named:
            continue
        others = {c.country for c in gazetteer().candidates(unit.text)
                  if c.kind in TOWN_KINDS and c.population >= MIN_POPULATION and c.country in named}
        if len(others) == 1:
            unit.entries = [Entry("city", others.pop()) if e is entry else e for e in unit.entries]
