"""Place units the tagger missed or mislabelled: cities cued by an agent word ("Karachi police"), lone city names,
states and provinces ("Rakhine rebels"), and misspelled country words ("Ethopia"); used by the matcher."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from detente.analyze.actors.matcher import (GROUP_LABELS, PERSON_LABELS, Lexicon, Unit, _country_word_only, capitalised,
                                            is_agent_unit, token_texts)
from detente.analyze.actors.qualified_towns import follow_named_region
from detente.analyze.actors.typos import MIN_LENGTH, misspelled_country
from detente.knowledge.actors import ActorKnowledge, Entry, gender_words
from detente.knowledge.actors.normalize import phrase_key, token_key


REGION_OVER_CITY = 500_000  # a city must be this big to beat a state or province of the same name
CITY_CUES = {"in", "of", "at", "near", "from", "en", "de", "del", "desde"}
CUE_DETERMINERS = {"the", "el", "la", "los", "las"}


def _add_cued_cities(doc: Doc, units: list[Unit], lexicon: Lexicon) -> list[Unit]:
    """A city name next to an agent word is that city even where the NER missed it or called it ORG,
    MISC or LANGUAGE: 'Karachi police', 'Peshawar traders', 'the mayor of Kharkiv', 'la policía de Medellín'."""
    if not any(is_agent_unit(u) for u in units):
        return units
    texts, keys = token_texts(doc)
    by_token = {i: u for u in units for i in range(u.start, u.end)}
    found: list[Unit] = []
    # where a city can start: units with no reading (not people, unless a city name cued as below), and
    # capitalised words outside every unit
    candidates = [(u.start, u.end, u) for u in units if not u.entries
                  and (u.label not in PERSON_LABELS or _person_tagged_city(u, by_token))]
    candidates += [(i, i + 1, None) for i in capitalised(doc) if i not in by_token]
    for start, end, unit in sorted(candidates, key=lambda c: c[0]):
        if not texts[start][:1].isupper() or not _city_cued(doc, start, end, by_token):
            continue
        key = " ".join(k for k in keys[start:end] if k)
        entry = None
        if unit is not None and unit.label in PERSON_LABELS and lexicon.kb.city_contested(key):
            continue  # a name the tagger took for a person is read as a city only when the city is unmistakable
        if key not in common_word_cities():
            iso3 = lexicon.kb.city_country(key)
            if iso3 and (lexicon.kb.city_population(key) >= LONE_CITY_POPULATION or lexicon.kb.city_listed(key)):
                entry = Entry("city", iso3)
            elif unit is not None and lexicon.kb.region_country(key) and key not in common_word_regions():
                entry = Entry("region", lexicon.kb.region_country(key))  # "Mindanao rebels" (tagged ORG)
        if entry is not None:
            if unit is not None:
                unit.entries = [entry]
            else:
                found.append(Unit(start, end, [entry], None, texts[start]))
    return sorted(units + found, key=lambda u: u.start) if found else units


def _person_tagged_city(unit: Unit, by_token: dict[int, Unit]) -> bool:
    """A name the NER called a person right before a group word ("Monterrey police", "Glasgow authorities",
    "Ho Chi Minh City residents"): a candidate city (the population check follows). Not before followers
    ("Morales supporters") and not a first name after "of" ("the daughter of Alexandria")."""
    after = by_token.get(unit.end)
    if after is not None and is_agent_unit(after):  # "Alexandria officials" (plural), not "Morales supporters"
        return any(e.kind == "agent" and (e.detail == "group" or (e.detail in {"person", "head"} and after.text.endswith("s")))
                   for e in after.entries)
    return unit.end - unit.start == 1 and unit.text.lower() not in gender_words()


def _city_cued(doc: Doc, start: int, end: int, by_token: dict[int, Unit]) -> bool:
    """Right before an agent word ('Karachi police'), or after one plus 'of/in/de' ('mayor of Kharkiv')."""
    after = by_token.get(end)
    if after is not None and is_agent_unit(after):
        return True
    j = start - 1
    if j >= 0 and doc[j].lower_ in CUE_DETERMINERS:
        j -= 1
    if j < 1 or doc[j].lower_ not in CITY_CUES:
        return False
    before = by_token.get(j - 1)
    return before is not None and is_agent_unit(before)


@lru_cache(maxsize=1)
def common_word_regions() -> frozenset[str]:
    """Subdivision names that are ordinary words ('West', 'Gulf', 'Centre', 'Plateau'): never read as the region."""
    from detente.knowledge.actors import HERE, read_words

    return frozenset(token_key(word) for word in read_words(HERE / "common_word_regions.txt"))


@lru_cache(maxsize=1)
def common_word_cities() -> frozenset[str]:
    """City names that are also ordinary words or given names ('Independence', 'Mobile', 'Victoria')."""
    from detente.knowledge.actors import HERE, read_words

    return frozenset(token_key(word) for word in read_words(HERE / "common_word_cities.txt"))


PLACE_CUES = {"in", "at", "near", "from", "en", "desde", "cerca"}


def _lone_place_name(ent, lexicon: Lexicon) -> bool:
    """A one-word NORP or PERSON entity that is a city name the model does not know as a word: the
    small model calls "Samarra" NORP and "Cizre" PERSON. For PERSON, only after "in"/"from" or alone."""
    from detente.analyze.nlp import known_words

    if len(ent) <= 3 and _after_place_noun(ent):  # "the village of Samashki" (tagged ORG or PERSON): the town
        return lexicon.kb.city_country(" ".join(token_key(t.text) for t in ent)) is not None
    if 1 < len(ent) <= 3 and ent.label_ in PERSON_LABELS:
        return _cued_listed_town(ent, lexicon)
    if len(ent) != 1 or ent.label_ not in GROUP_LABELS | PERSON_LABELS:
        return False
    known = known_words(ent.doc.vocab)
    if known is None or ent.text.lower() in known:
        return False
    if ent.label_ in PERSON_LABELS:
        alone = len(ent.doc) <= 2 and ent.start == 0
        cued = ent.start > 0 and ent.doc[ent.start - 1].lower_ in PLACE_CUES
        if not (alone or cued) or ent.text.lower() in gender_words():
            return False
        key = token_key(ent.text)
        if cued and lexicon.kb.city_listed(key):
            return True  # "in Zepa": a small town our hand-written list holds
        return lexicon.kb.city_population(key) >= LONE_CITY_POPULATION
    return True


SETTLEMENT_NOUNS = {"village", "town", "city", "enclave", "hamlet", "township", "pueblo", "ciudad", "localidad",
                    "aldea", "municipio", "poblado"}


def _after_place_noun(ent) -> bool:
    """'the village of X', 'el pueblo de X': the name of a settlement, whatever the NER calls it."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ in {"of", "de"} \
        and doc[ent.start - 2].lemma_.lower() in SETTLEMENT_NOUNS


def _cued_listed_town(ent, lexicon: Lexicon) -> bool:
    """'en Jan Yunis', 'in Khan Younis': a name of several words the NER took for a person ("Jan" is a first name),
    after "in"/"en", that our hand-written town list spells so (city_aliases.tsv): the town."""
    cued = ent.start > 0 and ent.doc[ent.start - 1].lower_ in PLACE_CUES
    return cued and lexicon.kb.city_listed(" ".join(token_key(t.text) for t in ent))


LONE_CITY_POPULATION = 100_000  # a PERSON-tagged word is a town only if the town is large ("in Reforma" is a newspaper)


LIST_WORDS = {",", "and", "or", "y", "e", "o", "u"}  # "Madrid, Argentina and Chile": a list, not a qualifier


def follow_named_country(doc: Doc, units: list[Unit]) -> list[Unit]:
    """'Córdoba, Colombia', 'Valencia, Venezuela': a town followed by a comma and a country lies in that country,
    whatever its better-known namesake, when the gazetteer knows a place of that name there; the town takes the
    country named (one pass over the units)."""
    for unit, after in zip(units, units[1:]):
        if (after.start == unit.end + 1 and doc[unit.end].text == "," and after.entries
                and all(e.kind == "country" for e in after.entries)
                and (after.end >= len(doc) or doc[after.end].lower_ not in LIST_WORDS)):
            country = after.entries[0].value
            if any(e.kind in ("city", "capital") and e.value != country for e in unit.entries) \
                    and _named_place_in(unit.text, country):
                unit.entries = [Entry("city", country) if e.kind in ("city", "capital") else e for e in unit.entries
                                if e.kind in ("city", "capital") or e.value == country]
    return follow_named_region(doc, units, _named_place_in)  # "Birmingham, Alabama"


def _named_place_in(name: str, country: str) -> bool:
    """Whether the place gazetteer holds a town or province of this name in this country."""
    from detente.analyze.places.gazetteer import gazetteer

    return any(c.country == country and c.kind in ("city", "capital", "province") for c in gazetteer().candidates(name))


def _add_misspellings(doc: Doc, units: list[Unit], lexicon: Lexicon) -> list[Unit]:
    """Capitalised unknown words one edit away from one country word ("Ethopia", "Dehli", "Ghanians")."""
    from detente.analyze.nlp import known_words

    known = known_words(doc.vocab)
    if known is None:
        return units
    texts, keys = token_texts(doc)
    genders = gender_words()
    # ordinary words and first names ("Sergio" is not "serbio") are never misspellings
    candidates = [i for i in capitalised(doc) if len(texts[i]) >= MIN_LENGTH
                  and keys[i] not in known and keys[i] not in genders]
    if not candidates:
        return units
    covered = {i: u for u in units for i in range(u.start, u.end)}
    found: list[Unit] = []
    for i in candidates:
        text = texts[i]
        unit = covered.get(i)
        if unit is not None and (unit.entries or unit.end - unit.start != 1 or unit.label in PERSON_LABELS):
            continue
        entries = _misspelled_country(keys[i], lexicon.kb)
        if not entries:
            continue
        if unit is not None:
            unit.entries = entries
        else:
            found.append(Unit(i, i + 1, entries, None, text))
    return sorted(units + found, key=lambda u: u.start) if found else units


@lru_cache(maxsize=20_000)
def _cached_misspelling(key: str, kb: ActorKnowledge) -> tuple[Entry, ...]:
    return tuple(misspelled_country(key, kb))


def _misspelled_country(key: str, kb: ActorKnowledge) -> list[Entry]:
    """misspelled_country, computed once per word (the edit-distance search is the costly part)."""
    return list(_cached_misspelling(key, kb))


REGION_WORDS = 3


@lru_cache(maxsize=1)
def region_firsts() -> frozenset[str]:
    from detente.knowledge.actors import _region_index

    return frozenset(key.split()[0] for key in _region_index())


def _add_regions(doc: Doc, units: list[Unit], lexicon: Lexicon) -> list[Unit]:
    """Capitalised words no entity covers that name a state or province ("Rakhine rebels")."""
    texts, keys = token_texts(doc)
    firsts = region_firsts()
    starts = [i for i in capitalised(doc) if keys[i] in firsts]
    if not starts:
        return units
    covered = {i for u in units for i in range(u.start, u.end)}
    # a region name may take in a country word it contains: "New South Wales", "Western Australia"
    country_words = {i: u for u in units if _country_word_only(u) for i in range(u.start, u.end)}
    found: list[Unit] = []
    replaced: set[int] = set()
    i = 0
    while i < len(keys):
        if i in covered or keys[i] not in firsts or not texts[i][:1].isupper():
            i = _next_start(starts, i)
            continue
        token = doc[i]
        if not token.is_alpha or token.pos_ in {"VERB", "PRON", "DET", "AUX"}:
            i += 1
            continue
        for width in range(REGION_WORDS, 0, -1):
            span = doc[i:i + width]
            if len(span) < width or any((j in covered and j not in country_words) or not t.text[:1].isupper()
                                        for j, t in zip(range(i, i + width), span)):
                continue
            inside = {id(country_words[j]): country_words[j] for j in range(i, i + width) if j in country_words}
            if any(u.start < i or u.end > i + width for u in inside.values()):
                continue
            region_key = " ".join(keys[i:i + width])
            iso3 = lexicon.kb.region_country(region_key) if region_key not in common_word_regions() else None
            if iso3:
                # "Manchester" (a Jamaican parish) is the English city: a big city beats a region abroad
                big_city = lexicon.kb.city_population(region_key) >= REGION_OVER_CITY
                city = lexicon.kb.city_country(region_key) if big_city else None
                entry = Entry("city", city) if city and city != iso3 else Entry("region", iso3)
                found.append(Unit(i, i + width, [entry], None, span.text))
                replaced.update(inside)
                i += width
                break
        else:
            i += 1
    if replaced:
        units = [u for u in units if id(u) not in replaced]
    return sorted(units + found, key=lambda u: u.start) if found else units


def _next_start(starts: list[int], i: int) -> int:
    """The first candidate index after ``i`` (past the end when none is left)."""
    position = bisect_right(starts, i)
    return starts[position] if position < len(starts) else 1 << 30


DIRECTION_WORDS = {"North", "South", "East", "West"}
ELLIPSIS_JOINERS = {"and", "or", "&"}


def add_elided_directions(doc: Doc, units: list[Unit], lexicon: Lexicon) -> list[Unit]:
    """'North and South Korea', 'East and West Germany': the first direction word stands for the whole country
    name the second one completes (its unit's rest after the direction word)."""
    texts, _ = token_texts(doc)
    by_token = {i: u for u in units for i in range(u.start, u.end)}
    found = []
    for unit in units:
        start = unit.start
        if start < 2 or texts[start] not in DIRECTION_WORDS or texts[start - 1] not in ELLIPSIS_JOINERS:
            continue
        if texts[start - 2] not in DIRECTION_WORDS or start - 2 in by_token and by_token[start - 2].entries:
            continue
        rest = " ".join(texts[start + 1:unit.end])
        entries = [e for e in lexicon.kb.phrases.get(phrase_key(f"{texts[start - 2]} {rest}"), ()) if e.kind == "country"]
        if entries:
            found.append(Unit(start - 2, start - 1, entries, "GPE", texts[start - 2]))
    if not found:
        return units
    taken = {u.start for u in found}
    return sorted([u for u in units if u.start not in taken] + found, key=lambda u: u.start)
