"""The actor knowledge base: countries, demonyms, capitals, organizations, people and agent words.

Everything is read from the TSV files in this folder, merged with user files (``--actors FILE`` or the
``DETENTE_ACTORS`` environment variable, ``:``-separated; TSV in the people.tsv format or TABARI/PETRARCH
dictionaries), and compiled once into :class:`ActorKnowledge`, whose lookups are plain dicts.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from detente.knowledge.actors.normalize import phrase_key, place_key, token_key
from detente.knowledge.actors.forms import english_demonym_plurals, english_plurals, spanish_forms, split_abbreviation_keys
from detente.knowledge.actors.tables import read_tsv, read_words, split_list  # noqa: F401 - re-exported
from detente.knowledge.actors.words import (  # noqa: F401 - re-exported: callers import the word lists from here
    abstract_nouns_es, accented_english_demonyms, action_nouns_es, ambiguous_aliases, body_nouns, collective_nouns, condition_nouns,
    counterpart_prepositions, dated_names,
    death_words, diplomat_titles, foreign_missions, gender_words, generic_roles, harm_verbs, local_bodies, meeting_nouns,
    displacement_words, kind_nouns, rank_prefixes, reason_prepositions,
    town_first_country_names, venue_towns, weapon_nouns)

HERE = Path(__file__).parent
ENV_VAR = "DETENTE_ACTORS"
NOT_ACTORS = {"JNK", "NON"}  # TABARI agent codes for phrases that are not actors
HEAD_ROLE_PREFIXES = (
    "president", "prime minister", "chancellor", "king", "queen", "emir", "supreme leader", "premier",
    "taoiseach", "crown prince", "sultan", "emperor", "chief executive", "acting president",
    "interim president", "co-president", "head of", "chairman of the sovereignty", "commander-in-chief of the myanmar",
    "president of the transition", "chief adviser", "state counsellor", "general secretary",
)


@dataclass(frozen=True)
class Term:
    """One time-bounded position: who the entity counts as between ``start`` and ``end`` (ISO dates)."""

    country: str | None
    sector: str | None
    role: str | None = None
    start: str | None = None
    end: str | None = None

    def active(self, date: str) -> bool:
        """Held on ``date``, its last day included: a text dated the day a term ends (an ouster, a resignation,
        a handover) still tells of the holder in office ("Suharto resigned", "Mobutu left Kinshasa")."""
        day = date[:10]
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def is_head(self) -> bool:
        return bool(self.role) and self.role.lower().startswith(HEAD_ROLE_PREFIXES)

    def describe(self) -> str | None:
        if not self.role:
            return None
        if self.start or self.end:
            return f"{self.role} ({self.start or ''}..{self.end or ''})"
        return self.role


@dataclass
class KnownEntity:
    """A person or organization with a canonical name and its positions over time."""

    id: str
    name: str
    kind: str  # "person" | "org"
    terms: list[Term] = field(default_factory=list)
    gender: str | None = None  # "m" | "f"

    def term_at(self, date: str) -> tuple[Term | None, bool]:
        """The position held on ``date`` and whether the entity is *former* (all positions ended)."""
        active = [t for t in self.terms if t.active(date)]
        if active:
            return max(active, key=lambda t: (t.sector == "GOV", t.is_head, t.start or "")), False
        ended = [t for t in self.terms if t.end and t.end < date[:10]]
        if ended:
            return max(ended, key=lambda t: t.end or ""), True
        upcoming = [t for t in self.terms if t.start and t.start > date]
        if upcoming:
            return min(upcoming, key=lambda t: t.start or ""), False
        return (self.terms[0] if self.terms else None), False


@dataclass(frozen=True)
class Entry:
    """What a phrase can mean: kind is country | demonym | capital | entity | agent | ethnic | people (of several
    states, no country) | world_region."""

    kind: str
    value: str  # ISO3, entity id, or sector for agents
    detail: str = ""  # agent kind (head | person | group | former) or the matched alias


@dataclass(eq=False)
class ActorKnowledge:
    countries: dict[str, tuple[str, str]]  # iso3 -> (English name, Spanish name)
    entities: dict[str, KnownEntity]
    phrases: dict[str, list[Entry]]  # case-folded key -> entries (languages share names)
    exact: dict[str, list[Entry]]  # case-sensitive keys for short acronyms (US, IS, ICE)
    agents: dict[str, dict[str, Entry]]  # lang -> key -> agent entry
    max_len: int = 1
    surnames: dict[str, list[str]] = field(default_factory=dict)  # key of last name -> entity ids

    def city_country(self, key: str) -> str | None:
        """ISO3 of the most populous city with this name (the 32k-city table loads on first use)."""
        return _city_index().get(place_key(key))

    def city_population(self, key: str) -> int:
        """Population of the most populous city with this name (0 when none)."""
        return _city_population().get(place_key(key), 0)

    def city_listed(self, key: str) -> bool:
        """A town of the hand-written city_aliases.tsv: a place the news names alone ("Srebrenica", "Sderot")."""
        return place_key(key) in _listed_cities()

    def region_country(self, key: str) -> str | None:
        """ISO3 of the country a state or province of this name belongs to; a known city or region followed by
        an administrative word ("Donetsk Oblast", "Helmand Province", "Bekaa Valley") is that place's country."""
        found = _region_index().get(key)
        if found is None and " " in key:
            base, _, last = key.rpartition(" ")
            if last in ADMINISTRATIVE_WORDS and base:
                found = _region_index().get(base) or _city_index().get(place_key(base))
        return found

    def city_contested(self, key: str) -> bool:
        """A city name another country also gives to a big city (a third of the largest one's size or more:
        "Valencia", "San Juan") or to a region: the name alone does not tell the country."""
        region = _region_index().get(key)
        key = place_key(key)
        return key in _contested_cities() or (region is not None and region != _city_index().get(key))

    def country_name(self, iso3: str | None) -> str | None:
        if iso3 is None:
            return None
        names = self.countries.get(iso3)
        return names[0] if names else iso3


class KnowledgeBuilder:
    """Accumulates data files into the lookup dicts of :class:`ActorKnowledge`."""

    def __init__(self) -> None:
        self.countries: dict[str, tuple[str, str]] = {}
        self.entities: dict[str, KnownEntity] = {}
        self.phrases: dict[str, list[Entry]] = {}
        self.exact: dict[str, list[Entry]] = {}
        self.agents: dict[str, dict[str, Entry]] = {"en": {}, "es": {}}
        self.ambiguous = ambiguous_aliases()

    def add_phrase(self, text: str, entry: Entry, first: bool = False) -> None:
        """Index ``text``; short all-capital acronyms are matched case-sensitively ("US" is not "us")."""
        compact = text.replace(".", "").replace(" ", "")
        if compact.isupper() and len(compact) <= 5:
            target, key = self.exact, text
        else:
            target, key = self.phrases, phrase_key(text)
        if not key:
            return
        entries = target.setdefault(key, [])
        if entry in entries:
            return
        if first:
            entries.insert(0, entry)  # hand-written readings beat generated ones ("Congo" is DR Congo)
        else:
            entries.append(entry)

    def add_countries(self, path: Path) -> None:
        towns = town_first_country_names()
        for row in read_tsv(path):
            iso3 = row["iso3"]
            self.countries[iso3] = (row["name_en"], row["name_es"])
            for name in [row["name_en"], row["name_es"], *split_list(row.get("aliases_en", ""))]:
                if name not in towns:
                    self.add_phrase(name, Entry("country", sovereign(iso3)))

    def add_country_words(self, path: Path) -> None:
        towns = town_first_country_names()
        for row in read_tsv(path):
            iso3 = sovereign(row["iso3"])
            for name in split_list(row["aliases"]):
                if name not in towns:
                    self.add_phrase(name, Entry("country", iso3), first=True)
            self.add_word_forms(row["demonyms_en"], row["demonyms_es"], Entry("demonym", iso3))
            if iso3 != row["iso3"]:
                continue  # a dependency's capital is one of the state's cities ("San Juan"), not its seat of government
            for name in split_list(row["capitals"]):
                self.add_phrase(name, Entry("capital", iso3))

    def add_word_forms(self, english: str, spanish: str, entry: Entry) -> None:
        """Listed English words with their plurals and Spanish words with their gender/number forms, all as ``entry``."""
        for word in split_list(english):
            for form in english_demonym_plurals(word):
                self.add_phrase(form, entry)
        for word in split_list(spanish):
            for form in spanish_forms(word):
                self.add_phrase(form, entry)

    def add_entity(self, entity_id: str, name: str, kind: str, aliases: Iterable[str], term: Term, gender: str | None) -> None:
        entity = self.entities.get(entity_id)
        if entity is None:
            entity = self.entities[entity_id] = KnownEntity(entity_id, name, kind, [], gender or None)
        if term not in entity.terms:
            entity.terms.append(term)
        for alias in [name, *aliases]:
            key = phrase_key(alias)
            if kind == "person" and " " not in key and key in self.ambiguous and alias != name:
                continue  # "Castro" alone is too many people; "Xiomara Castro" resolves
            self.add_phrase(alias, Entry("entity", entity_id, alias))

    def add_people(self, path: Path) -> None:
        for row in read_tsv(path):
            term = Term(sovereign(row["country"]) or None, row["sector"] or None, row["role"] or None,
                        row["start"] or None, row["end"] or None)
            self.add_entity("P:" + row["name"], row["name"], "person", split_list(row["aliases"]), term, row.get("gender"))

    def add_organizations(self, path: Path) -> None:
        for row in read_tsv(path):
            term = Term(sovereign(row["country"]) or None, row["sector"] or None, None, row["start"] or None,
                        row["end"] or None)
            self.add_entity("O:" + row["name"], row["name"], "org", split_list(row["aliases"]), term, None)

    def add_ethnic_groups(self, path: Path) -> None:
        """Communities living mainly in one country: an ``ethnic`` reading, weaker than a demonym."""
        for row in read_tsv(path):
            self.add_word_forms(row["names_en"], row["names_es"], Entry("ethnic", sovereign(row["iso3"])))

    def add_stateless_peoples(self, path: Path) -> None:
        """Peoples of several states ("Kurds", "tuaregs"): a ``people`` reading with no country, so that a phrase
        naming them is a community placed by the places named near it, not an unknown name."""
        for row in read_tsv(path):
            self.add_word_forms(row["names_en"], row["names_es"], Entry("people", ""))

    def add_place_demonyms(self, path: Path) -> None:
        """People of a city or region ("Londoners", "neoyorquinos"): a demonym of the place's country."""
        for row in read_tsv(path):
            self.add_word_forms(row["demonyms_en"], row["demonyms_es"], Entry("demonym", sovereign(row["iso3"])))

    def add_world_regions(self, path: Path) -> None:
        """Regions and seas spanning several countries ("Latin America", "golfo Pérsico"): a ``world_region``
        reading that replaces every country reading of the same key (see :meth:`build`)."""
        for row in read_tsv(path):
            entry = Entry("world_region", row["name"])
            for name in [row["name"], *split_list(row["aliases"])]:
                self.add_phrase(_without_article(name), entry, first=True)
            self.add_word_forms(row["adjectives_en"], row["adjectives_es"], Entry("world_region", row["name"], "adjective"))

    def add_agents(self, path: Path) -> None:
        """Agent rows, then their derived forms: a listed phrase keeps its own row ("unidentified people" is a
        group even though "unidentified person" derives it)."""
        abstract = abstract_nouns_es()
        rows = list(read_tsv(path))
        for derived in (False, True):
            for row in rows:
                lang = row["lang"]
                forms = spanish_forms(row["phrase"]) if lang == "es" else english_plurals(row["phrase"])
                if lang == "es":
                    forms = [form for form in forms if form == row["phrase"] or form.lower() not in abstract]
                for form in forms[1:] if derived else forms[:1]:
                    for key in split_abbreviation_keys(phrase_key(form)):
                        self.agents.setdefault(lang, {}).setdefault(key, Entry("agent", row["sector"], row["kind"]))
        self._add_spanish_ex_compounds()

    def _add_spanish_ex_compounds(self) -> None:
        """Spanish writes former holders as one word ("expresidente", "exministra", "exguerrilleros"): a former
        holder of a state office is ELI (PLOVER), a former rebel, gunman or criminal a civilian ("exguerrilleros"),
        anyone else keeps the sector; never a head of state. Compounds listed in agents.tsv win; "ex" words that
        are words of their own (ex_compound_exceptions.txt) are left out."""
        agents = self.agents.get("es", {})
        exceptions = set(read_words(HERE / "ex_compound_exceptions.txt"))
        for key, entry in list(agents.items()):
            if entry.detail not in EX_COMPOUND_KINDS or " " in key or key.startswith("ex") or "ex" + key in exceptions:
                continue
            sector = "ELI" if entry.value in STATE_OFFICE_SECTORS else \
                "CVL" if entry.value in DISARMED_SECTORS else entry.value
            agents.setdefault("ex" + key, Entry("agent", sector, "group" if entry.detail == "group" else "person"))

    def add_user_file(self, path: Path) -> None:
        """A user extension: TABARI/PETRARCH dictionary, or TSV in the people.tsv/organizations.tsv format."""
        from detente.knowledge.actors.tabari import is_tabari, read_tabari

        if not path.is_file():
            raise FileNotFoundError(f"actor file not found: {path}")
        if is_tabari(path):
            for record in read_tabari(path):
                if record.agent:
                    if record.terms[0].sector in NOT_ACTORS:
                        continue
                    for form in english_plurals(record.name):
                        self.agents["en"].setdefault(phrase_key(form), Entry("agent", record.terms[0].sector or "", "group"))
                    continue
                kind = "person" if record.person else "org"
                for term in record.terms:
                    self.add_entity(("P:" if record.person else "O:") + record.name, record.name, kind,
                                    record.aliases, term, None)
            return
        header = path.open(encoding="utf-8").readline()
        if "role" in header or "gender" in header:
            self.add_people(path)
        else:
            self.add_organizations(path)

    def build(self) -> ActorKnowledge:
        for table in (self.phrases, self.exact):
            for key, entries in table.items():
                if len(entries) > 1 and any(e.kind == "world_region" for e in entries):
                    table[key] = [e for e in entries if e.kind not in PLACE_READINGS]  # "Latin America" is no USA
        keys = list(self.phrases) + [phrase_key(k) for k in self.exact]
        max_len = max((len(k.split()) for k in keys), default=1)
        surnames: dict[str, list[str]] = {}
        for entity in self.entities.values():
            if entity.kind == "person":
                words = phrase_key(entity.name).split()
                if len(words) > 1 and words[-1] in REGNAL_NUMBERS:
                    words = words[:-1]  # "Bartholomew I", "Tawadros II": "Patriarch Bartholomew", "Pope Tawadros"
                surnames.setdefault(words[-1], []).append(entity.id)
                if len(words) > 1 and any(t.country in FAMILY_NAME_FIRST for t in entity.terms):
                    surnames.setdefault(words[0], []).append(entity.id)  # "President Xi", "Foreign Minister Wang"
        return ActorKnowledge(self.countries, self.entities, self.phrases, self.exact, self.agents, max_len, surnames)


REGNAL_NUMBERS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
                            "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii"})
EX_COMPOUND_KINDS = frozenset({"head", "person", "group"})  # not kin, follower or former words
STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a state's organs and offices (ELI once
# left); the one definition the actor layer uses
DISARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "CRM"})  # "exguerrilleros", "exconvictos": civilians now
PLACE_READINGS = frozenset({"country", "demonym", "capital", "ethnic"})  # readings a world region's name overrides
ARTICLES = frozenset({"the", "el", "la", "los", "las"})


def _without_article(name: str) -> str:
    """'the Korean Peninsula' is indexed as 'Korean Peninsula': the article stays outside the match."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in ARTICLES else name


@lru_cache(maxsize=1)
def dependencies() -> dict[str, str]:
    """Dependency ISO3 → controlling state (dependencies.tsv; the PLOVER codebook folds them into the state)."""
    return {row["iso3"]: row["state"] for row in read_tsv(HERE / "dependencies.tsv")}


def sovereign(iso3: str) -> str:
    """The code an actor of ``iso3`` gets: the controlling state for a dependency ("PRI" → "USA"), else itself."""
    return dependencies().get(iso3, iso3)


FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "SGP", "VNM"}  # the family name leads


# last words that make a place name an area of that place ("Kharkiv Oblast", "Rakhine State")
ADMINISTRATIVE_WORDS = frozenset({"oblast", "province", "region", "state", "governorate", "district", "valley", "county",
                                  "prefecture", "krai", "municipality", "department", "provincia", "departamento",
                                  "estado", "distrito", "island", "isla", "peninsula", "camp"})


def _place_key(key: str) -> str:
    """Generated keys keep stray transliteration marks as words ("samarra '"): drop them."""
    return " ".join(word for word in key.split() if word.strip("'ʻʼ"))


def _city_key(key: str) -> str:
    """A generated city key as the matcher spells it: words through token_key ("el fasher" → "al fasher"),
    transliterated endings made one (place_key)."""
    return place_key(" ".join(k for k in (token_key(word) for word in key.split()) if k))


@lru_cache(maxsize=1)
def _city_table() -> dict[str, tuple[str, int]]:
    """City key → (iso3, population): generated cities (the most populous reading of a name wins), then the
    hand-written city_aliases.tsv, whose rows beat smaller namesakes."""
    table: dict[str, tuple[str, int]] = {}
    states = dependencies()
    marks = ("'", "ʻ", "ʼ")
    with (HERE / "cities.tsv").open(encoding="utf-8") as handle:
        next(handle)
        for line in handle:  # sorted by population: the first reading of a name wins
            _name, key, iso3, population = line.rstrip("\n").split("\t")
            if any(mark in key for mark in marks):
                key = _place_key(key)
            key = _city_key(key)
            iso3, size = states.get(iso3, iso3), int(population or 0)
            first = table.setdefault(key, (iso3, size))
            if first[0] != iso3 and size * 3 >= first[1]:
                _CONTESTED.add(key)  # another country's namesake is big too
    for row in read_tsv(HERE / "city_aliases.tsv"):
        key, population = place_key(phrase_key(row["name"])), int(row["population"])
        if key not in table or table[key][1] < population:
            table[key] = (row["iso3"], population)
    return table


@lru_cache(maxsize=1)
def _listed_cities() -> frozenset[str]:
    return frozenset(place_key(phrase_key(row["name"])) for row in read_tsv(HERE / "city_aliases.tsv"))


@lru_cache(maxsize=1)
def _contested_cities() -> frozenset[str]:
    """City keys whose largest namesake in another country has a third of the largest one's population
    (found while reading cities.tsv once), plus the hand-written contested_cities.txt."""
    _city_table()
    return frozenset(_CONTESTED | {place_key(phrase_key(name)) for name in read_words(HERE / "contested_cities.txt")})


_CONTESTED: set[str] = set()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    return {key: iso3 for key, (iso3, _population) in _city_table().items()}


@lru_cache(maxsize=1)
def _city_population() -> dict[str, int]:
    return {key: population for key, (_iso3, population) in _city_table().items()}


@lru_cache(maxsize=1)
def _region_index() -> dict[str, str]:
    """Subdivisions (generated) plus hand-written regions (regions_extra.tsv), which win; names several states
    give a province (shared_region_names.txt) and former names of states (former_state_names.txt) are left out."""
    with (HERE / "regions.tsv").open(encoding="utf-8") as handle:
        next(handle)
        index = {_place_key(key): sovereign(iso3) for _name, key, iso3 in (line.rstrip("\n").split("\t") for line in handle)}
    for row in read_tsv(HERE / "regions_extra.tsv"):
        index[phrase_key(row["name"])] = sovereign(row["iso3"])
    for name in [*read_words(HERE / "shared_region_names.txt"), *read_words(HERE / "former_state_names.txt")]:
        index.pop(phrase_key(name), None)  # "the Eastern Province" of several states: only context places it
    return index


def user_files(extra: Iterable[str | Path] = ()) -> tuple[Path, ...]:
    """User extension files from arguments and the DETENTE_ACTORS environment variable."""
    from_env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return tuple(Path(p) for p in [*from_env, *extra])


@lru_cache(maxsize=8)
def load_knowledge(extra: tuple[Path, ...] = ()) -> ActorKnowledge:
    """The shipped knowledge base merged with user files (cached per set of files)."""
    builder = KnowledgeBuilder()
    builder.add_countries(HERE / "countries.tsv")
    builder.add_country_words(HERE / "country_words.tsv")
    builder.add_organizations(HERE / "organizations.tsv")
    builder.add_organizations(HERE / "organizations_more.tsv")
    builder.add_organizations(HERE / "organizations_world.tsv")
    builder.add_organizations(HERE / "organizations_agencies.tsv")
    builder.add_organizations(HERE / "organizations_history.tsv")
    builder.add_people(HERE / "people.tsv")
    builder.add_people(HERE / "heads_of_state.tsv")
    builder.add_people(HERE / "officials.tsv")
    builder.add_people(HERE / "officials_world.tsv")
    builder.add_people(HERE / "officials_recent.tsv")
    builder.add_people(HERE / "officials_1990s.tsv")
    builder.add_people(HERE / "legislators.tsv")
    builder.add_people(HERE / "religious_leaders.tsv")
    builder.add_ethnic_groups(HERE / "ethnic_groups.tsv")
    builder.add_stateless_peoples(HERE / "stateless_peoples.tsv")
    builder.add_place_demonyms(HERE / "place_demonyms.tsv")
    builder.add_agents(HERE / "agents.tsv")
    builder.add_world_regions(HERE / "world_regions.tsv")
    for path in extra:
        builder.add_user_file(Path(path))
    return builder.build()


def use_actor_files(paths: Iterable[str | Path]) -> ActorKnowledge:
    """Make ``paths`` part of the default knowledge base (what a CLI ``--actors FILE`` option calls).

    The files go into DETENTE_ACTORS, so worker processes started afterwards load them too; a missing
    or unreadable file raises here, naming it, before any document is analysed.
    """
    current = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    added = [str(Path(p)) for p in paths if str(Path(p)) not in current]
    os.environ[ENV_VAR] = os.pathsep.join(current + added)
    return default_knowledge()


def default_knowledge() -> ActorKnowledge:
    """The knowledge base with the user files named by DETENTE_ACTORS (if any)."""
    return load_knowledge(user_files())
