"""Place layer: toponyms (spaCy GPE/LOC, Spanish LOC, landmarks, and proper-noun runs naming a well-known place
that the tagger mislabelled or missed, or a town of one of the article's countries: see ``unlabelled``) resolved to
GeoNames records. First names, ordinary words and organisations that pass for towns need support (see ``names``).

``resolve(analysis)`` fills ``analysis.places`` with :class:`PlaceMention` records whose ``place`` carries the
name, ISO3 country, coordinates and geonameid. Ambiguous names go to the larger place, countries and capitals
first, then to places in the article's countries (those of its actors and of its unambiguous toponyms);
"Bogotá, Colombia" and "Paris, Texas" take the country or state named right after them.

For other stages: ``place_for_span(analysis, start, end) -> PlaceMention | None`` is where an event in that
span happened: the nearest place in the same sentence introduced by a locative preposition ("in X", "en X",
"at the White House" → Washington), or None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detente.analyze.context import Analysis, PlaceMention
from detente.analyze.places.gazetteer import KNOWLEDGE, Entry, gazetteer, normalise
from detente.analyze.places.names import ALWAYS_PLACES, CONTEXT_SHARE, coded_elsewhere, doubtful, first_names
from detente.analyze.places.unlabelled import person_surnames, unlabelled_places
from detente.analyze.time.lexicon import alternation, fold
from detente.analyze.time.spans import sentence_bounds

__all__ = ["resolve", "place_for_span", "find_places"]

LABELS = {"en": ("GPE", "LOC"), "es": ("LOC",)}
# Small models tag "from Bogotá" as a person and "in Cartagena" as an organisation: such entities count as places
# when a locative word precedes them and the name is a country, a capital or a city of this size.
MISTAGGED_MIN_POPULATION = 100_000
# A place's own name beats a larger place's former or foreign name ("Pokrovsk" is the Ukrainian town, not Engels,
# once called Pokrovsk): worth a fivefold population.
PRIMARY_NAME_BONUS = 0.7
LEADING = re.compile(r"^(?:the|el|la|los|las)\s+", re.IGNORECASE)
TRAILING = re.compile(r"(?:'s|’s|[,;:'\"’”]|(?<![A-Z])\.)$")  # keeps the dot of "U.S."
QUALIFIER_GAP = re.compile(r",\s*")  # "Bogotá, Colombia": only a comma between a place and its country
IN_GAP = re.compile(r"\s+(?:in|en)\s+")  # "Palm Beach in Florida": a town and the state or country it lies in
SMALL_TOWN_POPULATION = 100_000  # a town this small that its qualifier contradicts is another, unlisted town
# A town under 100k named without a place tag or a locative word ("Missiles struck Bucha") is kept when its country
# has at least this share of the article's most-named country.
SMALL_TOWN_SHARE = 0.5
NEXT_NAME = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")  # a capitalised word right after: "George Soros", "Mary Trump"


@dataclass
class Toponym:
    """A place name found in a paragraph, with its candidate records (article offsets)."""

    text: str
    start: int
    end: int
    candidates: list[Entry]
    tagged: bool = True  # spaCy tagged it as a place, or it is a landmark
    small: bool = False  # a town under 100k found by its name alone: kept only in one of the article's countries


@lru_cache(maxsize=None)
def landmark_finder() -> tuple[re.Pattern, dict[str, list[Entry]]]:
    landmarks = {fold(phrase): entries for phrase, entries in gazetteer().landmarks.items()}
    return re.compile(rf"(?<!\w)(?:{alternation(landmarks)})(?!\w)"), landmarks


@lru_cache(maxsize=None)
def world_cities() -> frozenset[int]:
    """Geonameids of the world cities that beat a small namesake town of the article's country (world_cities.txt)."""
    lines = (KNOWLEDGE / "world_cities.txt").read_text(encoding="utf-8").splitlines()
    entries = [gazetteer().city(line.strip()) for line in lines if line.strip() and not line.startswith("#")]
    return frozenset(e.geonameid for e in entries if e is not None)


@lru_cache(maxsize=None)
def locative_pattern(with_origin: bool = False) -> re.Pattern:
    """Regex for a locative word at the end of the text before a place ("in", "en la"); with "from"/"desde" too."""
    rows = [line.split("\t") for line in (KNOWLEDGE / "locatives.tsv").read_text(encoding="utf-8").splitlines()]
    words = [row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")]
    words += ["from", "to", "desde", "de", "del"] if with_origin else []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?:(?:the|el|la|los|las)\s+)?$")


@lru_cache(maxsize=None)
def place_noun_pattern() -> re.Pattern:
    """Regex for a place noun with "of"/"de" at the end of the text before a place ("the streets of", "calles de")."""
    rows = [line.split("\t") for line in (KNOWLEDGE / "place_nouns.tsv").read_text(encoding="utf-8").splitlines()]
    words = [row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+$")


def find_toponyms(analysis: Analysis) -> tuple[list[Toponym], set[str]]:
    """Landmarks, GPE/LOC entities and proper-noun runs naming places, with their gazetteer candidates (landmarks win
    where they overlap); and the surnames of the people the article names in full."""
    pattern, landmarks = landmark_finder()
    found: list[Toponym] = []
    entities = [list(parsed.doc.ents) for parsed in analysis.parsed]  # Doc.ents builds new spans on every call
    surnames = person_surnames(entities)
    for parsed, ents in zip(analysis.parsed, entities):
        paragraph_start = len(found)
        text = parsed.text
        marks = [Toponym(text[m.start() : m.end()], parsed.offset + m.start(), parsed.offset + m.end(), list(landmarks[m.group()]))
                 for m in pattern.finditer(fold(text))]
        found.extend(marks)
        labels = LABELS.get(parsed.lang, LABELS["en"])
        for ent in ents:
            labelled = ent.label_ in labels
            name, trimmed = _trim(text[ent.start_char : ent.end_char])  # the slice is Span.text, without a token walk
            start = ent.start_char + trimmed
            begin, end = parsed.offset + start, parsed.offset + start + len(name)
            if any(m.start < end and begin < m.end for m in marks):
                continue
            candidates = gazetteer().candidates(name)
            if candidates and labelled:
                found.append(Toponym(name, begin, end, candidates))
            elif candidates and _mistagged_place(text, start, candidates) and not coded_elsewhere(analysis, begin, end, candidates):
                found.append(Toponym(name, begin, end, candidates, tagged=False))
        taken = [(t.start, t.end) for t in found[paragraph_start:]]
        found.extend(Toponym(*run, tagged=False, small=small) for *run, small in unlabelled_places(analysis, parsed, taken, surnames))
    return sorted(found, key=lambda t: t.start), surnames


def _mistagged_place(text: str, start: int, candidates: list[Entry]) -> bool:
    """A person/organisation entity that is really a well-known place right after a locative word."""
    well_known = any(c.kind in ("country", "capital", "region") or c.population >= MISTAGGED_MIN_POPULATION for c in candidates)
    return well_known and bool(locative_pattern(with_origin=True).search(fold(text[max(0, start - 25) : start])))


@lru_cache(maxsize=65536)
def _trim(text: str) -> tuple[str, int]:
    """Entity text without a trailing possessive, and without a leading article unless the article belongs to the
    name ("Los Ángeles", "La Paz", "El Cairo" are names; "the Netherlands" is found without it); with the number
    of characters cut at the front (memoised: entity texts recur)."""
    text = TRAILING.sub("", text)
    lead = LEADING.match(text)
    if lead and not gazetteer().candidates(text):
        return text[lead.end() :], lead.end()
    return text, 0


def article_countries(analysis: Analysis, toponyms: list[Toponym]) -> dict[str, float]:
    """Countries the article is about, weighted 0..1 by how often its actors and unambiguous toponyms name them."""
    counts: dict[str, int] = {}
    named = {t.start for t in toponyms} | {t.end for t in toponyms}
    for actor in analysis.actors:
        if actor.country and len(actor.country) == 3 and not actor.country_inferred:  # inferred: read from context
            # a mention that is itself a toponym is the actor layer's reading of that name, not context for it
            own = sum(1 for m in actor.mentions if m.start not in named and m.end not in named)
            if own or not actor.mentions:
                counts[actor.country] = counts.get(actor.country, 0) + max(1, own)
    for toponym in toponyms:
        countries = {c.country for c in toponym.candidates}
        if len(countries) == 1 and None not in countries:
            country = countries.pop()
            counts[country] = counts.get(country, 0) + 1
    top = max(counts.values(), default=1)
    return {country: count / top for country, count in counts.items()}


def supported_toponyms(analysis: Analysis, toponyms: list[Toponym], surnames: set[str]) -> list[Toponym]:
    """The toponyms without the doubtful ones that the text does not support: towns under 100k outside the article's
    countries, and first names, ordinary words and surnames of people named in the article (see ``names``)."""
    text = analysis.text
    doubts = [_doubt(t, text, surnames) for t in toponyms]
    if not any(doubts) and not any(t.small for t in toponyms):
        return toponyms
    context = article_countries(analysis, [t for t, doubt in zip(toponyms, doubts) if not doubt and not t.small])
    kept = []
    for index, (toponym, doubt) in enumerate(zip(toponyms, doubts)):
        following = toponyms[index + 1] if index + 1 < len(toponyms) else None
        if doubt and not _supported(toponym, doubt, following, text, context):
            continue
        if toponym.small:
            inside = [c for c in toponym.candidates if context.get(c.country or "", 0.0) >= SMALL_TOWN_SHARE]
            if not inside:
                continue
            toponym.candidates = inside
        kept.append(toponym)
    return kept


def _doubt(toponym: Toponym, text: str, surnames: set[str]) -> str | None:
    """Why a toponym may name no place: "first name" (before a capitalised word: "George Soros"), "word" (a first
    name, an ordinary word or a hymn word), "surname" (of someone named in full); None for a country or a state."""
    if any(c.kind in ALWAYS_PLACES for c in toponym.candidates):
        return None
    if normalise(toponym.text) in first_names() and NEXT_NAME.match(text, toponym.end):
        return "first name"
    if doubtful(toponym.text):
        return "word"
    if " " not in toponym.text and toponym.text.lower() in surnames:
        return "surname"
    return None


def _supported(toponym: Toponym, doubt: str, following: Toponym | None, text: str, context: dict[str, float]) -> bool:
    """A doubtful name is a place after a locative word ("in Reading") or before its country or state ("Eugene,
    Oregon"); a word that spaCy tags as a place also when its country is one of the article's ("Florence" in a
    story on Italy)."""
    if doubt == "first name":
        return False
    before = fold(text[max(0, toponym.start - 25) : toponym.start])
    if locative_pattern().search(before) or place_noun_pattern().search(before):
        return True
    if following is not None and _only_comma_between(text, toponym.end, following.start):
        qualifiers = {c.country for c in following.candidates if c.kind in ALWAYS_PLACES}
        if any(c.country in qualifiers for c in toponym.candidates):
            return True
    return doubt == "word" and toponym.tagged and any(context.get(c.country or "", 0.0) >= CONTEXT_SHARE for c in toponym.candidates)


def choose(toponym: Toponym, context: dict[str, float], qualifier: Entry | None) -> Entry:
    """The best candidate; a qualifier ("…, Colombia", "…, Texas") restricts to its country or state."""
    candidates = toponym.candidates
    if qualifier is not None:
        inside = [c for c in candidates if c is not qualifier and c.country == qualifier.country
                  and (qualifier.kind != "state" or c.admin1 == qualifier.admin1)]
        candidates = inside or candidates
    key = normalise(toponym.text)

    def score(candidate: Entry) -> float:
        own_name = candidate.kind in ("city", "capital") and normalise(candidate.name) == key
        return candidate.score(context) + (PRIMARY_NAME_BONUS if own_name else 0.0)

    return max(candidates, key=score)


def find_places(analysis: Analysis) -> list[PlaceMention]:
    toponyms, surnames = find_toponyms(analysis)
    toponyms = supported_toponyms(analysis, toponyms, surnames)
    context = article_countries(analysis, toponyms)
    text = analysis.text
    chosen: list[Entry] = []
    bare: list[int] = []  # toponyms with no qualifier whose candidates include a world city
    qualified: dict[str, Entry] = {}  # "Paris, Texas ... the Paris police": later bare mentions keep the reading
    for index, toponym in enumerate(toponyms):
        qualifier = None
        following = toponyms[index + 1] if index + 1 < len(toponyms) else None
        if following is not None and (_only_comma_between(text, toponym.end, following.start)
                                      or _only_in_between(text, toponym.end, following.start)):
            best_following = choose(following, context, None)
            if best_following.kind in ("country", "state"):
                qualifier = best_following
        entry = choose(toponym, context, qualifier)
        if qualifier is not None and _outside(entry, qualifier) and entry.population < SMALL_TOWN_POPULATION:
            entry = qualifier  # "Palm Beach, Florida": a town the gazetteer lacks, not the Australian one
        if qualifier is not None:
            qualified.setdefault(normalise(toponym.text), entry)
        elif entry.geonameid not in world_cities() and any(c.geonameid in world_cities() for c in toponym.candidates):
            bare.append(index)
        chosen.append(entry)
    for index in bare:
        chosen[index] = _world_city(toponyms, chosen, index)
    if qualified:
        chosen = [qualified.get(normalise(t.text), e) if e.kind in ("city", "capital") else e
                  for t, e in zip(toponyms, chosen)]
    return [PlaceMention(text=t.text, start=t.start, end=t.end, place=e.place()) for t, e in zip(toponyms, chosen)]


def _world_city(toponyms: list[Toponym], chosen: list[Entry], index: int) -> Entry:
    """A bare "Geneva" that the article's country made Geneva, Illinois: the world city, unless the small town's
    state is named by another place of the article ("Chicago", "Illinois")."""
    entry, key = chosen[index], normalise(toponyms[index].text)
    world = max((c for c in toponyms[index].candidates if c.geonameid in world_cities()), key=lambda c: c.population)
    if entry.kind not in ("city", "capital") or entry.population >= min(SMALL_TOWN_POPULATION, world.population):
        return entry
    for other, place in zip(toponyms, chosen):
        if normalise(other.text) != key and place.country == entry.country and place.admin1 == entry.admin1:
            return entry
    return world


def _outside(entry: Entry, qualifier: Entry) -> bool:
    """The entry lies outside the country or US state that qualifies it."""
    return entry.country != qualifier.country or (qualifier.kind == "state" and entry.admin1 != qualifier.admin1)


def _only_in_between(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]`` is " in " or " en " ("his home in Palm Beach in Florida")."""
    return 0 < start - end <= 4 and IN_GAP.fullmatch(text, end, start) is not None


def resolve(analysis: Analysis) -> None:
    """Pipeline stage: fill ``analysis.places``, and give their country to the actors named by a place alone."""
    analysis.places = find_places(analysis)
    place_countries(analysis)


def place_countries(analysis: Analysis) -> None:
    """An actor with no country, sector or role whose every mention is exactly one place ("Russian forces attacked Kharkiv", where the
    small model tags Kharkiv as a person) is that place's country, as the codebook codes cities; otherwise the event
    listed a country-less "Kharkiv" beside the Ukrainian one."""
    countries = {(p.start, p.end): p.place.country for p in analysis.places}
    for actor in analysis.actors:
        if actor.country is None and actor.sector is None and actor.role is None:
            found = {countries.get((m.start, m.end)) for m in actor.mentions}
            if len(found) == 1 and None not in found:  # every mention is that place: "Petro" is no "Kennedy, Bogotá"
                actor.country = found.pop()


def place_for_span(analysis: Analysis, start: int, end: int) -> PlaceMention | None:
    """The place of an event in [start, end): a locative place attached to it, else the nearest one in its sentence."""
    bounds = sentence_bounds(analysis, start)
    if bounds is None:
        return None
    sent_start, sent_end = bounds
    locative = locative_pattern()
    text = analysis.text
    located = [p for p in analysis.places if sent_start <= p.start < sent_end and not _qualifier(p, analysis)
               and locative.search(fold(text[max(sent_start, p.start - 25) : p.start]))]
    if not located:
        return None
    attached = attached_ranges(analysis, start, end)
    located = [p for p in located if any(a <= p.start < b for a, b in attached)
               or not _modifier_elsewhere(analysis, p, start, end)]
    if not located:
        return None
    return min(located, key=lambda p: (not any(a <= p.start < b for a, b in attached),
                                       max(0, p.start - end, start - p.end), p.start))


MODIFIER_DEPS = {"compound", "nmod", "amod"}
CLAUSE_POS = {"VERB", "AUX"}


def _modifier_elsewhere(analysis: Analysis, mention: PlaceMention, start: int, end: int) -> bool:
    """'said Lina Khatib, an expert at U.K. think-tank Chatham House': a place modifying a noun ("U.K.
    think-tank", "U.S. officials") in another clause than the event's, such as a speaker's description, tells
    whose that thing is, not where the event happened."""
    parsed = analysis.paragraph_at(mention.start)
    if parsed is None or parsed is not analysis.paragraph_at(start):
        return False
    doc, offset = parsed.doc, parsed.offset
    place = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
    trigger = doc.char_span(start - offset, min(end - offset, len(doc.text)), alignment_mode="expand")
    if place is None or trigger is None or not len(place) or not len(trigger):
        return False
    root = place.root
    if root.dep_ not in MODIFIER_DEPS or root.head.pos_ not in {"NOUN", "PROPN"} or root.head in place:
        return False
    clause, appositive = _clause(root)
    event_clause = _clause(trigger.root)[0]
    if clause.i == event_clause.i:
        return False
    return appositive or any(t.i == clause.i for t in event_clause.ancestors)  # a speaker's words or description


def _clause(token):
    """The verb heading the clause of ``token`` (itself when it is one), else the sentence root, and whether the
    way up passes an apposition ("Lina Khatib, an expert at ...")."""
    appositive = False
    while token.pos_ not in CLAUSE_POS and token.head.i != token.i:
        appositive = appositive or token.dep_ == "appos"
        token = token.head
    return token, appositive


def _qualifier(mention: PlaceMention, analysis: Analysis) -> bool:
    """The "Colombia" of "en Bogotá, Colombia": it only qualifies the place before it."""
    for other in analysis.places:
        if _only_comma_between(analysis.text, other.end, mention.start):
            return other.place.country == mention.place.country and other.place is not mention.place
    return False


def _only_comma_between(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]`` is a comma and spaces ("Bogotá, Colombia"); the comma is tested first, since
    slicing the text between two far places was what this check cost."""
    return end < start and text.startswith(",", end) and QUALIFIER_GAP.fullmatch(text, end, start) is not None


def attached_ranges(analysis: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Article ranges of the prepositional phrases that depend on the word at [start, end) ("met ... in X")."""
    parsed = analysis.paragraph_at(start)
    if parsed is not None:
        local = start - parsed.offset
        span = parsed.doc.char_span(local, min(end - parsed.offset, len(parsed.text)), alignment_mode="expand")
        if span is None or not len(span):
            return []
        ranges = []
        for child in span.root.children:
            if child.dep_ in ("prep", "obl", "nmod", "advmod", "npadvmod", "obl:arg"):
                subtree = list(child.subtree)
                ranges.append((parsed.offset + subtree[0].idx, parsed.offset + subtree[-1].idx + len(subtree[-1])))
        return ranges
    return []
