"""Place names the small spaCy models miss: "Missiles struck Kyiv" has no entity, "Kharkiv" comes out as a person
and "Odesa" as an organisation, so the attack got no target country. Runs of proper nouns that name a well-known
place (a country, capital, region, province or a city of 100k+) count as places unless the text says they name
a person: a surname of someone named in full, a known person's mention, or a subject tagged as a person or an
organisation that is no capital or country by its own name ("Aurora said", "Barcelona beat Madrid"; "Moscow
said" stays the Russian government's seat)."""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import numpy
from spacy.attrs import ENT_TYPE, IDX, LENGTH, POS, SENT_START
from spacy.symbols import CARDINAL, DATE, ORDINAL, PROPN, TIME
from spacy.tokens import Doc, Span, Token

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.places.gazetteer import Entry, gazetteer, normalise
from detente.analyze.places.names import coded_elsewhere, doubtful

WELL_KNOWN_POPULATION = 100_000
CONNECTORS = {"de", "del", "of", "al", "-", "el", "la"}  # inside a name: "Río de Janeiro", "Port-au-Prince"
ARTICLES = {"the", "el", "la", "los", "las", "al"}
SUBJECTS = {"nsubj", "csubj"}  # active subjects: "Odesa was shelled" is still the city
SKIPPED_ENTS = {DATE, TIME, CARDINAL, ORDINAL}  # entity labels whose capitalised words are no place names
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}  # "Robert F. Kennedy Jr.": the surname is Kennedy


def well_known(candidates: list[Entry]) -> bool:
    return any(c.kind in ("country", "capital", "region", "province") or c.population >= WELL_KNOWN_POPULATION for c in candidates)


def proper_name_runs(doc: Doc, text: str) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of the maximal proper-noun runs of the paragraph ``text``
    parsed as ``doc``, with inner connectors and a leading capitalised article ("La Paz", "Ciudad de México")."""
    array = doc.to_array([POS, ENT_TYPE, IDX, SENT_START, LENGTH])  # one call: Token objects are slow
    pos, ent, sent = array[:, 0], array[:, 1], array[:, 3]
    labelled = (ent != 0) & (ent != DATE) & (ent != TIME) & (ent != CARDINAL) & (ent != ORDINAL) & (sent != 1)
    maybe = numpy.flatnonzero((pos == PROPN) | labelled).tolist()
    if not maybe:
        return []
    idx, length, starts = array[:, 2].tolist(), array[:, 4].tolist(), (sent == 1).tolist()
    named = {i for i in maybe if text[idx[i] : idx[i] + 1].isupper()}

    def word(i: int) -> str:
        return text[idx[i] : idx[i] + length[i]]

    runs: list[tuple[int, int, int, int]] = []
    last = -1
    for i in maybe:
        if i not in named or i < last:
            continue
        start, end = i, i + 1
        while True:
            if end in named and not starts[end]:
                end += 1
            elif end + 1 in named and word(end).lower() in CONNECTORS:
                end += 2
            else:
                break
        if start > 0 and word(start - 1)[:1].isupper() and word(start - 1).lower() in ARTICLES:
            start -= 1
        runs.append((start, end, idx[start], idx[end - 1] + length[end - 1]))
        last = end
    return runs


def _name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word inside an entity that the tagger took for a noun ("struck Homs")."""
    if not token.text[:1].isupper():
        return False
    return token.pos == PROPN or (token.ent_type != 0 and token.ent_type not in SKIPPED_ENTS and not token.is_sent_start)


def person_surnames(entities: list[list[Span]]) -> set[str]:
    """Last words of the multi-word person names of the article ("Houston" of "Whitney Houston"), from the
    entities of each paragraph."""
    surnames = set()
    for ents in entities:
        for ent in ents:
            if ent.label_ in ("PERSON", "PER") and len(ent) > 1 and all(_name_word(t) for t in ent):
                words = [t.text.lower() for t in ent]
                while len(words) > 2 and words[-1] in NAME_SUFFIXES:
                    words.pop()
                surnames.add(words[-1])
    return surnames


def unlabelled_places(analysis: Analysis, parsed: ParsedParagraph, taken: list[tuple[int, int]],
                      surnames: set[str]) -> list[tuple[str, int, int, list[Entry], bool]]:
    """(text, article start, article end, candidates, small) of proper-noun runs that name a place by a name of its
    own and that no found toponym (``taken``: article ranges) overlaps. Small: the place is a town under 100k, which
    the caller keeps only in one of the article's countries ("Missiles struck Bucha" in a story on Ukraine)."""
    doc, text = parsed.doc, parsed.text
    taken = sorted((a - parsed.offset, b - parsed.offset) for a, b in taken)
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # the furthest end among the first k ranges
    found = []
    for start, end, begin, finish in proper_name_runs(doc, text):
        before = bisect_left(starts, finish)
        if before and reach[before - 1] > begin:  # a found toponym overlaps the run
            continue
        if _acronym(text, begin, finish):
            continue
        candidates = gazetteer().candidates(text[begin:finish])
        if not candidates and end - start > 1 and text[begin:finish].split(" ", 1)[0].lower() in ARTICLES:
            start, begin = start + 1, doc[start + 1].idx
            candidates = gazetteer().candidates(text[begin:finish])
        if not candidates or _names_a_person(doc[start:end], candidates, analysis, surnames, parsed.offset):
            continue
        if coded_elsewhere(analysis, parsed.offset + begin, parsed.offset + finish, candidates):
            continue
        small = not well_known(candidates)
        if small and not _town_name(doc, start, end, text, begin, finish, analysis, parsed.offset):
            continue
        found.append((text[begin:finish], parsed.offset + begin, parsed.offset + finish, candidates, small))
    return found


def _town_name(doc: Doc, start: int, end: int, text: str, begin: int, finish: int, analysis: Analysis, offset: int) -> bool:
    """Whether a run naming only a town under 100k can be that town: not a first name or an ordinary word, not a
    piece of a longer name ("Mar-a-Lago", "Tori Bowie", "The Holiday"), not a date ("23 March"), not a noun after "the" ("the
    Republic", "the Alliance"), and not a person or organisation the actor layer coded ("Carson" of an official)."""
    if doubtful(text[begin:finish]) or text[begin - 1 : begin] == "-" or text[finish : finish + 1] == "-":
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.lower_ in ARTICLES and before.text.islower()
                               or before.text[:1].isupper() and before.is_alpha and not before.is_stop):  # "Tori Bowie"
        return False
    if text.startswith("The ", begin):
        return False
    tokens = doc[start:end]
    if any(t.ent_type in SKIPPED_ENTS for t in tokens):
        return False
    person = tokens[0].ent_type_ in ("PERSON", "PER")
    if person and (tokens[0].ent_iob_ == "I" or (end < len(doc) and doc[end].ent_iob_ == "I")):
        return False
    actor = analysis.actor_at(offset + begin, offset + finish)
    return actor is None or not (actor.role or actor.sector)


def _acronym(text: str, begin: int, finish: int) -> bool:
    """"the National Archives and Records Administration (NARA)": capitals in brackets abbreviate the name before
    them; they are no town (Nara, Japan)."""
    return text[begin:finish].isupper() and text[begin - 1 : begin] == "(" and text[finish : finish + 1] == ")"


def _names_a_person(span, candidates: list[Entry], analysis: Analysis, surnames: set[str], offset: int) -> bool:
    if len(span) == 1 and span.text.lower() in surnames:
        return True
    actor = analysis.actor_at(offset + span.start_char, offset + span.end_char)
    if actor is not None and actor.role:
        return True
    head: Token = span.root
    person_tagged = head.ent_type_ in ("PERSON", "PER", "ORG")  # "Florence thanked him", "Barcelona beat Madrid"
    key = normalise(span.text)  # "Moscow said" is the government; "Victoria said" is no metonym of Hong Kong
    seat = any(c.kind in ("country", "capital") and normalise(c.name) == key for c in candidates)
    return person_tagged and head.dep_ in SUBJECTS and not seat
