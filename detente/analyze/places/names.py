"""Words that pass for place names but mostly are not: first names ("histeria de George" was George, South Africa),
ordinary words and hymn words ("Media playback", "Hosanna in the highest"), and the gazetteer's odd alternate names
(GeoNames lists "Hamas" for Hamm and "Google" for Topeka).

A first name or an ordinary word is a place only with support (see ``places.supported_toponyms``); words the actor
layer coded as a person or an organisation of another country are no place unless spaCy tags them as one
(``coded_elsewhere``: "Hamas" is the Palestinian group, not Hamm)."""
from __future__ import annotations

from functools import lru_cache

from detente.analyze.places.gazetteer import CITY_WORDS, KNOWLEDGE, Entry, normalise

# "One of the article's countries" for a name that needs support: at least this share of its most-named country.
CONTEXT_SHARE = 0.25
ALWAYS_PLACES = ("country", "state")  # "Francia", "Virginia", "Turkey", "Jordan": a first name or a word, still the place


@lru_cache(maxsize=1)
def doubtful_names() -> frozenset[str]:
    """Folded first names, ordinary words and hymn words that are also gazetteer names."""
    from detente.knowledge.actors import HERE as ACTORS, read_words

    lists = (KNOWLEDGE / "common_words.txt", ACTORS / "common_word_cities.txt", ACTORS / "common_word_regions.txt")
    return frozenset({normalise(word) for path in lists for word in read_words(path)} | first_names())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    from detente.knowledge.actors import gender_words

    return frozenset(normalise(word) for word in gender_words() if word[:1].isalpha() and not word.endswith("."))


def doubtful(name: str) -> bool:
    """A first name, an ordinary word or a hymn word, also as "<word> City" ("Man City" is no town Man)."""
    key = normalise(name)
    words = doubtful_names()
    return key in words or CITY_WORDS.sub("", key) in words or key.removeprefix("the ") in words


ACTOR_SECTORS = {None, "CVL", "GOV", "UNK"}  # sectors the actor layer also gives to a place read as its people


def coded_elsewhere(analysis, start: int, end: int, candidates: list[Entry]) -> bool:
    """The actor layer coded the words [start, end) as someone with a role, an organisation, or an actor of a country
    that none of the candidates is in ("Hamas": PSE, not Hamm in Germany; "Thai nationals": not Alor Setar). A
    longer mention ("a Raleigh-based lawyer") only counts by its country. A country, a state or a capital by its own
    name stays a place ("Moscow said")."""
    actor = analysis.actor_at(start, end)
    if actor is None:
        return False
    key = normalise(analysis.text[start:end])
    if any(c.kind in ALWAYS_PLACES or (c.kind == "capital" and normalise(c.name) == key) for c in candidates):
        return False
    exact = any(m.start == start and m.end == end for m in actor.mentions)
    if exact and (actor.role or actor.sector not in ACTOR_SECTORS):
        return True
    return bool(actor.country) and not actor.country_inferred and actor.country not in {c.country for c in candidates}
