"""Towns qualified by their state or province ("Birmingham, Alabama", "Paris, Texas", "London, Ontario"): the
comma pair names the town of that country, not its better-known namesake abroad, and the article's later bare
mentions ("the Birmingham bombing", in another paragraph) keep that reading. `place_units.follow_named_country` does
the same for "Town, Country" pairs; the places layer (`analyze/places`) already reads event places so."""
from __future__ import annotations

from spacy.tokens import Doc

from detente.knowledge.actors import Entry
from detente.knowledge.actors.normalize import phrase_key

TOWN_KINDS = ("city", "capital")
LIST_WORDS = {"and", "or", "y", "o", "e", "u"}  # "Madrid, Texas and Oklahoma": a list of places, no qualifier
USER_KEY = "detente_qualified_towns"


def follow_named_region(doc: Doc, units: list, named_place_in) -> list:
    """A town unit, a comma, then a unit read only as a state or province of another country than the town's:
    the town lies in that country when the gazetteer knows a town of that name there (``named_place_in``). The
    readings found are kept on the doc for `carry_qualified_towns`."""
    found: dict[str, str] = doc.user_data.setdefault(USER_KEY, {})
    for unit, after in zip(units, units[1:]):
        if not (after.start == unit.end + 1 and doc[unit.end].text == "," and after.entries
                and all(e.kind == "region" for e in after.entries)):
            continue
        if after.end < len(doc) and doc[after.end].lower_ in LIST_WORDS:
            continue
        country = after.entries[0].value
        if any(e.kind in TOWN_KINDS and e.value != country for e in unit.entries) and named_place_in(unit.text, country):
            unit.entries = [Entry("city", country) if e.kind in TOWN_KINDS else e for e in unit.entries
                            if e.kind in TOWN_KINDS or e.value == country]
            found[phrase_key(unit.text)] = country
    return units


def carry_qualified_towns(docs_units: list) -> None:
    """Give every bare mention of a qualified town, in any paragraph of the article, the qualified town's country
    ("Location, Birmingham, Alabama. ... the Birmingham bombing": USA, not GBR). ``docs_units`` pairs each
    paragraph's doc with its units; units are changed in place."""
    towns: dict[str, str] = {}
    for doc, _ in docs_units:
        for key, country in doc.user_data.get(USER_KEY, {}).items():
            towns.setdefault(key, country)
    if not towns:
        return
    for _, units in docs_units:
        for unit in units:
            country = towns.get(phrase_key(unit.text.removeprefix("the ").removeprefix("The ")))
            if country is None or not any(e.kind in TOWN_KINDS and e.value != country for e in unit.entries):
                continue
            unit.entries = [Entry("city", country) if e.kind in TOWN_KINDS else e for e in unit.entries
                            if e.kind in TOWN_KINDS or e.value == country]
