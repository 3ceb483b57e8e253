"""A city name shared by towns of several countries is read as the one in a country its sentence names: "rival
militias in Tripoli as shells hit the north Lebanese port" are in Lebanon's Tripoli, not Libya's capital; "opositores
nicaragüenses en Granada" are in Nicaragua's Granada (a department named after its town), not Spain's. The same
sentence's places also tell apart two states' bodies of one name ("Baath party officials fled Basra": Iraq's party).

The knowledge base keeps one reading per city name (the largest town); the places gazetteer keeps them all.
"""
from __future__ import annotations

from bisect import bisect_right

from detente.analyze.actors.matcher import Unit
from detente.knowledge.actors import Entry

NATION_KINDS = ("country", "demonym")
TOWN_KINDS = ("capital", "city")
PLACE_KINDS = TOWN_KINDS + ("region",)  # "Granada" is read as Spain's province, "Punjab" as India's state
PROVINCE_KINDS = ("province",)  # a first-level subdivision is as big a namesake as a large town ("Granada", NIC)
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
    """The town or region reading of a unit that is only a place (no country, demonym or entity reading)."""
    if any(e.kind in NATION_KINDS or e.kind == "entity" for e in unit.entries):
        return None
    return next((e for e in unit.entries if e.kind in PLACE_KINDS), None)


def read_towns_in_context(units: list[Unit], sentence_starts: list[int]) -> None:
    """Give a town or region unit the country of a same-named big town or province when its sentence names that
    country and not the reading's own (entries are replaced in place; units are this paragraph's, in token order)."""
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
        provinces = entry.kind != "capital"  # a capital stands for its state ("Jerusalem" is no West Bank governorate)
        others = {(c.country, "region" if c.kind in PROVINCE_KINDS else "city")
                  for c in gazetteer().candidates(unit.text) if c.country in named and (
                      (provinces and c.kind in PROVINCE_KINDS) or c.kind in TOWN_KINDS and c.population >= MIN_POPULATION)}
        if len({country for country, _ in others}) == 1:
            country, kind = min(others, key=lambda o: o[1])  # the town ("city") when the country has both
            unit.entries = [Entry(kind, country) if e is entry else e for e in unit.entries]


PLACE_NAME_KINDS = ("country", "capital", "city", "region")


def sentence_places(units: list[Unit], sentence_starts: list[int]) -> dict[int, frozenset[str]]:
    """Sentence index (as ``bisect_right`` of a token index gives it) → countries of the places the sentence names
    (units read only as a place: no entity, no demonym)."""
    found: dict[int, set[str]] = {}
    for unit in units:
        if any(e.kind in ("entity", "demonym") for e in unit.entries):
            continue
        entry = next((e for e in unit.entries if e.kind in PLACE_NAME_KINDS), None)
        if entry is not None:
            found.setdefault(bisect_right(sentence_starts, unit.start), set()).add(entry.value)
    return {key: frozenset(countries) for key, countries in found.items()}


def sentence_states(units: list[Unit], sentence_starts: list[int]) -> dict[int, frozenset[str]]:
    """Sentence index → states its places or demonyms name ("Russian paratroopers", "Britain"): the states a bare
    surname of a sitting official may belong to."""
    found: dict[int, set[str]] = {}
    for unit in units:
        if any(e.kind == "entity" for e in unit.entries):
            continue
        entry = next((e for e in unit.entries if e.kind in PLACE_NAME_KINDS or e.kind == "demonym"), None)
        if entry is not None:
            found.setdefault(bisect_right(sentence_starts, unit.start), set()).add(entry.value)
    return {key: frozenset(countries) for key, countries in found.items()}

