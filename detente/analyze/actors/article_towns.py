"""A small town whose name other countries' towns share, in an article that names none of its country's places or
peoples but names another of those countries: the town is that country's ("Police found explosives in a shed in
Dundalk" in a Northern Ireland story is Ireland's Dundalk, not the Maryland suburb the knowledge base keeps for the
name). place_context.py does this within a sentence for big towns; this reads the whole article, for small ones, and
for a town of any size that names a police force ("Cleveland Police" in a Teesside story is the English force, not
Ohio's): a force's name says only where it polices, the article says which country that is (force_areas.tsv lists
force areas that are no town)."""
from __future__ import annotations

from detente.knowledge.actors import Entry
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.words import force_areas

SMALL_TOWN = 100_000  # a bigger town is the name's usual reading: only place_context's sentence hints move it
MIN_NAMESAKE = 15_000  # smaller namesakes are too many to trust the article's countries
NAMING_KINDS = ("country", "demonym", "capital", "city", "region")
FORCE_WORDS = {"police", "constabulary"}  # "Cleveland Police", "Durham Constabulary"
FORCE_TOWNS = 2  # a big town's force moves only when the article names two towns or regions of the other country
TOWN_KINDS = ("capital", "city", "region")


def read_towns_in_article(docs_units: list, population) -> None:
    """Change in place the town units of the article (``docs_units``: each paragraph's doc and units) whose reading's
    country the article names nowhere else, to the one named country with a namesake town. ``population(key)`` is
    the knowledge base's population of the town reading."""
    from detente.analyze.places.gazetteer import gazetteer

    named: dict[str, set[str]] = {}  # country -> keys of the units naming it
    towns: dict[str, set[str]] = {}  # country -> keys of the units naming a town or region in it
    for _, units in docs_units:
        for unit in units:
            if any(e.kind == "entity" for e in unit.entries):
                continue
            entry = next((e for e in unit.entries if e.kind in NAMING_KINDS), None)
            if entry is not None:
                named.setdefault(entry.value, set()).add(phrase_key(unit.text))
                if entry.kind in TOWN_KINDS:
                    towns.setdefault(entry.value, set()).add(phrase_key(unit.text))
    for doc, units in docs_units:
        for unit in units:
            if len(unit.entries) != 1 or unit.entries[0].kind != "city":
                continue
            key, own = phrase_key(unit.text), unit.entries[0].value
            force, big = _names_a_force(doc, unit), population(key) >= SMALL_TOWN
            if named.get(own, set()) - {key} or (big and not force):
                continue  # its country is named by other words, or it is big enough to be meant
            namesakes = {c.country for c in gazetteer().candidates(unit.text) if c.kind == "city"
                         and c.population >= MIN_NAMESAKE} | (force_areas().get(key, frozenset()) if force else set())
            if big:  # a big town's force: two other towns or regions of the force's country, not a visitor's
                others = {c for c in namesakes if c != own and len(towns.get(c, set()) - {key}) >= FORCE_TOWNS}
            else:
                others = {c for c in namesakes if c != own and named.get(c, set()) - {key}}
            if len(others) == 1:
                unit.entries = [Entry("city", others.pop())]


def _names_a_force(doc, unit) -> bool:
    """The town's name is followed by "Police" or "Constabulary": the name of a police force."""
    return unit.end < len(doc) and doc[unit.end].lower_ in FORCE_WORDS
