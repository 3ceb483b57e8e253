"""A small town whose name other countries' towns share, in an article that names none of its country's places or
peoples but names another of those countries: the town is that country's ("Police found explosives in a shed in
Dundalk" in a Northern Ireland story is Ireland's Dundalk, not the Maryland suburb the knowledge base keeps for the
name). place_context.py does this within a sentence for big towns; this reads the whole article, for small ones."""
from __future__ import annotations

from detente.knowledge.actors import Entry
from detente.knowledge.actors.normalize import phrase_key

SMALL_TOWN = 100_000  # a bigger town is the name's usual reading: only place_context's sentence hints move it
MIN_NAMESAKE = 15_000  # smaller namesakes are too many to trust the article's countries
NAMING_KINDS = ("country", "demonym", "capital", "city", "region")


def read_towns_in_article(docs_units: list, population) -> None:
    """Change in place the town units of the article (``docs_units``: each paragraph's doc and units) whose reading's
    country the article names nowhere else, to the one named country with a namesake town. ``population(key)`` is
    the knowledge base's population of the town reading."""
    from detente.analyze.places.gazetteer import gazetteer

    named: dict[str, set[str]] = {}  # country -> keys of the units naming it
    for _, units in docs_units:
        for unit in units:
            if any(e.kind == "entity" for e in unit.entries):
                continue
            entry = next((e for e in unit.entries if e.kind in NAMING_KINDS), None)
            if entry is not None:
                named.setdefault(entry.value, set()).add(phrase_key(unit.text))
    for _, units in docs_units:
        for unit in units:
            if len(unit.entries) != 1 or unit.entries[0].kind != "city":
                continue
            key, own = phrase_key(unit.text), unit.entries[0].value
            if named.get(own, set()) - {key} or population(key) >= SMALL_TOWN:
                continue  # its country is named by other words, or it is big enough to be meant
            others = {c.country for c in gazetteer().candidates(unit.text) if c.kind == "city" and c.country != own
                      and c.population >= MIN_NAMESAKE and named.get(c.country, set()) - {key}}
            if len(others) == 1:
                unit.entries = [Entry("city", others.pop())]
