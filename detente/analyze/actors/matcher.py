"""One pass over a spaCy Doc: longest knowledge-base phrase at each token, merged with NER spans.

The result is a list of :class:`Unit` (token spans with what they can mean), the raw material that
:mod:`detente.analyze.actors.phrases` groups into actor phrases. Lookups are dict hits on precomputed
keys; no regular expressions run over the knowledge base.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from detente.knowledge.actors import ActorKnowledge, Entry, accented_english_demonyms, gender_words
from detente.knowledge.actors.normalize import phrase_key, token_key

PERSON_LABELS = {"PERSON", "PER"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
GROUP_LABELS = {"NORP", "MISC"}
NOMINAL = {"NOUN", "PROPN"}
LOWER_PARTICLES = {"the", "al", "el", "bin", "ibn", "de", "del", "van", "von", "le", "la", "da", "di", "du", "dos"}


@dataclass
class Unit:
    """A token span [start, end) of one doc with its knowledge-base readings and NER label."""

    start: int
    end: int
    entries: list[Entry] = field(default_factory=list)
    label: str | None = None  # NER label when the span comes from (or matches) an entity
    text: str = ""
    unlisted_person: bool = False  # a bare surname of someone the article names in full and no list holds

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def first(self, kind: str) -> Entry | None:
        for entry in self.entries:
            if entry.kind == kind:
                return entry
        return None


@dataclass(frozen=True)
class Lexicon:
    """Lookup tables compiled from the knowledge base for one language."""

    kb: ActorKnowledge
    lang: str
    agents: dict[str, Entry]
    firsts: frozenset[str]  # first words of every key: a token not in it starts no match
    exact_firsts: frozenset[str]
    max_len: int
    prefixes: frozenset[str] = frozenset()  # every key cut at a space: a lookup key outside it can grow into no match
    exact_prefixes: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def compile_lexicon(kb: ActorKnowledge, lang: str) -> Lexicon:
    agents = kb.agents.get(lang, kb.agents["en"])
    firsts = {key.split()[0] for key in list(kb.phrases) + list(agents)}
    exact_firsts = {key.split()[0] for key in kb.exact}
    longest = max([kb.max_len] + [len(k.split()) for k in agents])
    prefixes = _space_prefixes(list(kb.phrases) + list(agents))
    return Lexicon(kb, lang, agents, frozenset(firsts), frozenset(exact_firsts), longest, prefixes,
                   _space_prefixes(kb.exact))


def _space_prefixes(keys) -> frozenset[str]:
    """Each key and each of its beginnings that ends before a space ("united", "united states" for "united states")."""
    prefixes: set[str] = set()
    for key in keys:
        prefixes.add(key)
        position = key.find(" ")
        while position != -1:
            prefixes.add(key[:position])
            position = key.find(" ", position + 1)
    return frozenset(prefixes)


def _capitalized(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit())


FINITE_VERB_TAGS = {"VBD", "VBP", "VBZ"}
VERBAL = {"VERB", "AUX"}


def _keep(entry: Entry, doc: Doc, start: int, end: int, lang: str, kb: ActorKnowledge | None = None) -> bool:
    """Case and part-of-speech checks that stop 'the moon' matching Moon Jae-in or 'official' an agent."""
    first, last = doc[start], doc[end - 1]
    if entry.kind == "agent":
        if last.text == "." and end - start > 1:
            last = doc[end - 2]  # "Capt ." as spaCy splits an abbreviation: the word decides
        # Spanish heads come first: "militantes islamistas" ends in an adjective
        if entry.detail == "kin" and not first.text[:1].islower():
            return False  # "Masayoshi Son", "Father Brown": names and titles, not relatives
        if entry.detail == "former":  # not the verb: "Palacios retired in 2010", "who retired last year"
            # (a fragment's root noun is no verb: "an ex-president" parses "ex" as the root)
            return lang != "en" or (last.tag_ not in FINITE_VERB_TAGS and (last.dep_ != "ROOT" or last.pos_ not in VERBAL))
        return last.pos_ in NOMINAL or (lang == "es" and first.pos_ in NOMINAL) \
            or _before_role_noun(doc, end, lang) or _plural_read_as_verb(last, lang, entry) \
            or (lang == "es" and end - start == 1 and (_adjective_used_as_noun(first) or _before_demonym(doc, end, kb)))
    if entry.kind == "entity" and kb is not None and _another_given_name(entry, doc, start, kb):
        return False  # "photographer Thaier Al-Sudani" is not Mohammed Shia al-Sudani
    if entry.kind in {"demonym", "ethnic", "people"} and lang == "es":
        return True
    if entry.kind == "entity" and lang == "es" and _name_goes_on(doc, start, end):
        return False  # "el Consejo de Seguridad Nacional" is not the (UN) Security Council
    if entry.kind == "entity" and entry.detail and entry.detail.islower() and first.text.islower():
        return True  # a name the lists write in lower case, as Spanish does: "los hutíes", "los talibanes"
    if entry.kind == "entity" and entry.detail and first.text.islower() and entry.detail.startswith(first.text + " "):
        return True  # a lower-case title the list writes with the name: "el subcomandante Marcos"
    if entry.kind == "demonym" and not first.text.isascii() and first.text.lower() not in accented_english_demonyms():
        return False  # English demonyms carry no accents: "Germán Rivera" is a name, not German
    if entry.kind == "demonym" and end - start == 1 and end < len(doc) and doc[end].text[:1].isupper() \
            and first.text.lower() in gender_words():
        return False  # "Frances Scott": a first name (the Spanish demonym "francés" folds to the same key)
    if entry.kind == "city":
        return False  # cities only count inside a GPE/LOC entity (see annotate)
    if entry.kind == "world_region":  # Spanish writes "la península coreana", "líderes latinoamericanos" in lower case
        if start > 0 and doc[start - 1].text in {"-", "–"} and (start == 1 or not doc[start - 2].whitespace_):
            return False  # "Trans-Pacific", "Euro-Mediterranean": part of a longer word
        if lang == "es" and (end - start > 1 or entry.detail == "adjective"):
            return True
        return any(_capitalized(t.text) for t in doc[start:end])
    if _capitalized(first.text):
        return True
    following = [t for t in doc[start + 1:end] if t.text not in {"-", "–"}]
    return first.lower_ in LOWER_PARTICLES and bool(following) and _capitalized(following[0].text)


def _another_given_name(entry: Entry, doc: Doc, start: int, kb: ActorKnowledge) -> bool:
    """A listed person's surname that ends another person's name: the word before it is a capitalised given name
    of the same person entity, and no word of the entity is a word of the listed person's name ("Thaier Al-Sudani";
    not "Omar Hassan al-Bashir")."""
    known = kb.entities.get(entry.value)
    if known is None or known.kind != "person" or start == 0:
        return False
    before = doc[start - 1]
    if before.ent_type_ not in PERSON_LABELS or doc[start].ent_iob_ != "I" or not _capitalized(before.text):
        return False
    from detente.knowledge.actors import generic_roles

    titles = generic_roles().get("en", frozenset()) | set(kb.agents.get("en", {}))
    given = []  # the entity's words before the surname: "Omar Hassan" of "Omar Hassan al-Bashir"
    for token in reversed(doc[:start]):
        given.append(phrase_key(token.text))
        if token.ent_iob_ != "I":
            break
    if any(word in titles for word in given):
        return False  # "Chairman Powell", "Gen. Smith": a title, not a given name
    return not {token_key(w) for w in given} & {token_key(w) for w in known.name.replace("-", " ").split()}


def _name_goes_on(doc: Doc, start: int, end: int) -> bool:
    """A Spanish name of several words that a capitalised word extends as part of the same name ("Consejo de
    Seguridad Nacional", "Partido Popular Europeo"): Spanish puts such qualifiers after the noun, so the longer
    name is another body. People's names are not qualifiers ("la Comisión Europea Ursula von der Leyen")."""
    if end - start < 2 or end >= len(doc):
        return False
    following = doc[end]
    return following.text[:1].isupper() and following.dep_ in {"flat", "amod"} and start <= following.head.i < end \
        and following.ent_type_ not in {"PER", "PERSON"} and following.pos_ in {"PROPN", "ADJ"}


def _plural_read_as_verb(token, lang: str, entry: Entry) -> bool:
    """A plural agent word the tagger took for a verb at the end of its sentence, with nothing a verb would
    govern: "Lhasa officials", "Czechs", "Nairobi police" (short texts, headlines)."""
    if lang != "en" or token.tag_ not in {"VBZ", "VBP", "VB"}:
        return False
    if not (token.lower_.endswith("s") and token.tag_ == "VBZ") and entry.detail != "group":
        return False
    if token.i + 1 < len(token.doc) and not token.doc[token.i + 1].is_punct and not token.doc[token.i + 1].is_sent_start:
        return False
    return all(child.dep_ in {"nsubj", "compound", "amod", "det", "punct", "poss"} for child in token.children)


NOUN_ARGUMENT_DEPS = {"nsubj", "obj", "iobj", "obl", "nsubj:pass"}


def _adjective_used_as_noun(token) -> bool:
    """A Spanish agent word the tagger calls an adjective where it stands as a noun: "a tres civiles",
    "murieron los civiles" (a numeral or article of its own, or an argument of a verb), not "ataques militares"."""
    if token.pos_ != "ADJ":
        return False
    if any(child.dep_ in {"det", "nummod"} for child in token.children):
        return True
    return token.dep_ in NOUN_ARGUMENT_DEPS and token.head.pos_ in {"VERB", "AUX"}


def _before_demonym(doc: Doc, end: int, kb: ActorKnowledge | None) -> bool:
    """A Spanish agent word right before a demonym is the noun it qualifies, whatever the tagger says:
    "camioneros hondureños", "campesinos hondureños" (tagged ADJ + NOUN), like "maestros peruanos"."""
    if kb is None or end >= len(doc) or (end > 1 and doc[end - 2].pos_ in {"NOUN", "PROPN", "ADJ"}):
        return False  # "la ofensiva militar israelí", "el portavoz militar israelí": an adjective of the noun before
    entries = kb.phrases.get(token_texts(doc)[1][end], ())
    return any(e.kind == "demonym" for e in entries)


def _before_role_noun(doc: Doc, end: int, lang: str) -> bool:
    """An adjectival agent word right before a role or collective noun: 'separatist leader',
    'military officials', 'terrorist groups' (the tagger calls the first word ADJ)."""
    from detente.knowledge.actors import collective_nouns, generic_roles

    if lang != "en" or end >= len(doc):
        return False
    following = doc[end].lower_
    return following in generic_roles().get("en", ()) or following in collective_nouns()


@lru_cache(maxsize=50_000)
def _stops_match(text: str) -> bool:
    """Punctuation (other than hyphens, periods and possessives) and spaces end a phrase match."""
    if text in {"-", ".", "'s", "’s", "'"}:
        return False
    return text.isspace() or all(unicodedata.category(ch)[0] in "PS" for ch in text)


def _lookup(lexicon: Lexicon, doc: Doc, texts: list[str], keys: list[str], start: int) -> tuple[int, list[Entry]]:
    """Longest match starting at ``start``: (end, entries); hyphen tokens are transparent."""
    kb, best_end, best = lexicon.kb, start, []
    prefixes, exact_prefixes, lang = lexicon.prefixes, lexicon.exact_prefixes, lexicon.lang
    key = joined = ""  # the space-joined keys and raw texts so far
    words = 0
    limit = min(len(keys), start + lexicon.max_len + 3)
    for end in range(start + 1, limit + 1):
        text = texts[end - 1]
        if _stops_match(text):
            break
        word = keys[end - 1]
        if word:
            key = f"{key} {word}" if words else word
            words += 1
        joined = f"{joined} {text}" if end > start + 1 else text
        if words > lexicon.max_len:
            break
        growing = not words or key in prefixes
        if not growing and joined not in exact_prefixes:
            break  # no longer key starts with this one: nothing further can match
        found: list[Entry] = []
        if growing:
            entries = kb.phrases.get(key)
            if entries:
                found = [e for e in entries if _keep(e, doc, start, end, lang, kb)]
            agent = lexicon.agents.get(key)
            if agent is not None and _keep(agent, doc, start, end, lang, kb):
                found.append(agent)
        exact = kb.exact.get(joined)
        if exact:
            found.extend(exact)
        if found and word:
            best_end, best = end, found
    return best_end, best


_BY_ORTH: dict[int, tuple[str, str]] = {}  # orth id → (text, key): string ids are hashes, the same in every vocab


def token_texts(doc: Doc) -> tuple[list[str], list[str]]:
    """Texts and match keys of every token, cached on the doc; no Token objects are created."""
    cached = doc.user_data.get("detente_token_keys")
    if cached is not None:
        return cached
    strings = doc.vocab.strings
    pairs = []
    for orth in doc.to_array("ORTH").tolist():
        pair = _BY_ORTH.get(orth)
        if pair is None:
            text = strings[orth]
            # a hyphenated word kept whole (Spanish "Díaz-Canel") has the key of its parts, as the lists do
            key = phrase_key(text) if "-" in text[1:-1] and text[0].isalpha() else token_key(text)
            pair = _BY_ORTH[orth] = (text, key)
        pairs.append(pair)
    texts = [pair[0] for pair in pairs]
    keys = [pair[1] for pair in pairs]
    doc.user_data["detente_token_keys"] = (texts, keys)
    return texts, keys


def token_pos(doc: Doc) -> list[int]:
    """Coarse part-of-speech ids of every token (spacy.parts_of_speech), cached on the doc."""
    cached = doc.user_data.get("detente_token_pos")
    if cached is None:
        cached = doc.user_data["detente_token_pos"] = doc.to_array("POS").tolist()
    return cached


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` from the cached token strings, without building Token objects."""
    if end <= start:
        return ""
    texts, _ = token_texts(doc)
    spaces = doc.user_data.get("detente_token_spaces")
    if spaces is None:
        spaces = doc.user_data["detente_token_spaces"] = [" " if flag else "" for flag in doc.to_array("SPACY").tolist()]
    if end - start == 1:
        return texts[start]
    return "".join([text + space for text, space in zip(texts[start:end - 1], spaces[start:end - 1])]) + texts[end - 1]


def annotate(doc: Doc, lexicon: Lexicon) -> list[Unit]:
    """Knowledge-base units and NER entities of a doc, non-overlapping, in token order."""
    texts, keys = token_texts(doc)
    firsts, exact_firsts = lexicon.firsts, lexicon.exact_firsts
    units: list[Unit] = []
    starts = [i for i, key in enumerate(keys) if key in firsts or texts[i] in exact_firsts
              or (" " in key and key.split(" ", 1)[0] in firsts)]  # "díaz canel": a hyphenated word kept whole
    covered_to = 0
    for i in starts:
        if i < covered_to:
            continue
        end, entries = _lookup(lexicon, doc, texts, keys, i)
        if entries:
            units.append(Unit(i, end, entries, None, span_text(doc, i, end)))
            covered_to = end
    return _merge_entities(doc, units, lexicon)


def _merge_entities(doc: Doc, units: list[Unit], lexicon: Lexicon) -> list[Unit]:
    """Label units with NER; add unmatched entities; an entity that extends a one-word alias wins."""
    from detente.analyze.actors.place_units import (REGION_OVER_CITY, _add_cued_cities, _add_misspellings, _add_regions,
                                                    _lone_place_name, add_elided_directions, common_word_regions,
                                                    follow_named_country)

    by_token: dict[int, Unit] = {}
    for unit in units:
        for index in range(unit.start, unit.end):
            by_token[index] = unit
    extra: list[Unit] = []
    dropped: set[int] = set()
    for ent in doc.ents:
        label = ent.label_
        if label not in PERSON_LABELS | ORG_LABELS | PLACE_LABELS | GROUP_LABELS:
            continue
        ent = _without_edge_brackets(doc, ent)
        if ent is None:
            continue
        if label in PERSON_LABELS:
            ent = _without_title_words(doc, ent, lexicon)  # "Director Wray", "Chairman Powell": the name
        inside = {id(by_token[i]): by_token[i] for i in range(ent.start, ent.end) if i in by_token}
        covered = sum(u.end - u.start for u in inside.values())
        if inside and covered >= len(ent) - _leading_det(ent):
            for unit in inside.values():
                unit.label = unit.label or label
            continue
        if label not in PLACE_LABELS and inside and all(_world_region_only(u) for u in inside.values()):
            dropped.update(inside)  # "the Southern Africa Litigation Centre", "Asia Argento": the name, not the region
            inside = {}
        if label in PERSON_LABELS and inside and all(_is_alias_of_person(u) or _place_as_first_name(u, ent)
                                                     for u in inside.values()):
            dropped.update(inside)  # "Chelsea Clinton" is not Bill Clinton, "Victoria Beckham" no capital
            inside = {}
        if label in PERSON_LABELS and inside:
            rest = _name_after_titles(doc, ent.start, ent.end, inside.values())
            if rest is not None:  # "Lt Col John Smith" tagged whole: the ranks, then the name
                extra.append(Unit(rest, ent.end, [], label, span_text(doc, rest, ent.end)))
            continue
        entries = []
        if label in PLACE_LABELS or label in GROUP_LABELS or _lone_place_name(ent, lexicon):
            key = " ".join(k for k in (token_key(t.text) for t in ent if t.lower_ != "the") if k)
            city = lexicon.kb.city_country(key) if label in PLACE_LABELS or _lone_place_name(ent, lexicon) else None
            region = lexicon.kb.region_country(key) if key not in common_word_regions() else None
            if city and region and lexicon.kb.city_population(key) < REGION_OVER_CITY:
                city = None  # "Florida", "Ontario": the state or province, not a small namesake town abroad
            elif city:
                region = None
            entries = [Entry("city", city)] if city else [Entry("region", region)] if region else []
        if ent.text.islower() and not entries:
            continue  # lower-case "entities" are tagger noise ("días", "tras")
        if inside and entries and all(_country_word_only(u) or (label in PLACE_LABELS and _org_only(u))
                                      for u in inside.values()):
            # "New Jersey", "British Columbia": the region, not the country; "Norte de Santander": not the bank
            dropped.update(inside)
            inside = {}
        if not inside and (entries or label not in GROUP_LABELS):  # an unknown NORP/MISC codes nothing
            extra.append(Unit(ent.start, ent.end, entries, label, ent.text))
    kept = [u for u in units if id(u) not in dropped]
    units = _add_regions(doc, sorted(kept + extra, key=lambda u: u.start), lexicon)
    units = _add_cued_cities(doc, units, lexicon)
    units = follow_named_country(doc, _add_misspellings(doc, units, lexicon))
    return add_elided_directions(doc, units, lexicon) if "and" in token_texts(doc)[0] else units


def _org_only(unit: Unit) -> bool:
    """A unit read only as organizations, inside a longer place name ("Santander" in "Norte de Santander")."""
    return bool(unit.entries) and all(e.kind == "entity" and e.value.startswith("O:") for e in unit.entries)


def capitalised(doc: Doc) -> list[int]:
    """Indexes of the tokens that start with a capital letter, cached on the doc (several scans read them)."""
    cached = doc.user_data.get("detente_capitalised")
    if cached is None:
        texts, _ = token_texts(doc)
        cached = doc.user_data["detente_capitalised"] = [i for i, text in enumerate(texts) if text[:1].isupper()]
    return cached


def is_agent_unit(unit: Unit) -> bool:
    return any(e.kind == "agent" and e.detail != "former" for e in unit.entries)


EDGE_BRACKETS = frozenset("[](){}")


def _without_edge_brackets(doc: Doc, ent):
    """An entity less brackets the NER took at its edges ("[Mykhailo Fedorov": an editor's insertion mark is no
    part of the name); None when nothing is left."""
    texts, _ = token_texts(doc)
    start, end = ent.start, ent.end
    while start < end and texts[start] in EDGE_BRACKETS:
        start += 1
    while end > start and texts[end - 1] in EDGE_BRACKETS:
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _without_title_words(doc: Doc, ent, lexicon: Lexicon):
    """A PERSON entity less the role words the NER took in front of the name ("Director Wray", "Chairman
    Powell": "director" and "chairman" are generic roles, not agent words, so no unit covers them)."""
    from detente.knowledge.actors import generic_roles

    roles = generic_roles().get(lexicon.lang, frozenset())
    _, keys = token_texts(doc)
    start = ent.start
    while start < ent.end - 1 and keys[start] in roles and keys[start] not in lexicon.agents:
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _name_after_titles(doc: Doc, start: int, end: int, inside) -> int | None:
    """Where the name starts in a PERSON entity that begins with agent words and has nothing else matched:
    the first token after them, when capitalised and before the entity's end; else None."""
    units = sorted(inside, key=lambda u: u.start)
    position = start + (1 if doc[start].lower_ == "the" else 0)
    for unit in units:
        if unit.start != position or not is_agent_unit(unit):
            return None
        position = unit.end
    return position if position < end and doc[position].text[:1].isupper() else None


def _country_word_only(unit: Unit) -> bool:
    """A unit read only as a country, demonym or capital (no named body or person)."""
    return bool(unit.entries) and all(e.kind in {"country", "demonym", "capital"} for e in unit.entries)


def _world_region_only(unit: Unit) -> bool:
    return bool(unit.entries) and all(e.kind == "world_region" for e in unit.entries)


def _leading_det(ent) -> int:
    return 1 if ent[0].lower_ in {"the", "el", "la", "los", "las"} else 0


PLACE_NAME_KINDS = {"capital", "city", "country", "region"}


def _place_as_first_name(unit: Unit, ent) -> bool:
    """A one-word place name that opens a longer PERSON entity ("Victoria Beckham", "Jordan Bardella"): a first
    name, when the rest is one to three plain capitalised words that no unit reads (an agent word or listed name
    makes "Moscow Mayor X" a title) and no body noun ("Kenya Anti-Corruption Commission" is a body)."""
    from detente.knowledge.actors import body_nouns

    rest = ent.doc[unit.end:ent.end]
    return unit.start == ent.start and unit.end - unit.start == 1 and 1 <= len(rest) <= 3 \
        and bool(unit.entries) and all(e.kind in PLACE_NAME_KINDS for e in unit.entries) \
        and all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in body_nouns() for t in rest)


def _is_alias_of_person(unit: Unit) -> bool:
    """A one-word person alias ('Clinton') inside a longer PERSON entity."""
    return unit.end - unit.start == 1 and all(e.kind == "entity" and e.value.startswith("P:") for e in unit.entries)
