"""Code a short actor string without a document: the function evaluations and other stages call."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from detente.analyze.actors.coding import ActorCode, code_phrase
from detente.analyze.actors.matcher import annotate, compile_lexicon
from detente.analyze.actors.phrases import Phrase, group_phrases, only_world_regions
from detente.knowledge.actors import ActorKnowledge, default_knowledge


def main_phrase(doc: Doc, phrases: list[Phrase], sents: list[Span] | None = None) -> Phrase | None:
    """The phrase holding the syntactic root of the text, else the longest one (``sents``: precomputed doc.sents)."""
    if not phrases:
        return None
    roots = {sent.root.i for sent in (doc.sents if sents is None else sents)}
    for phrase in phrases:
        if any(phrase.start <= r < phrase.end for r in roots):
            return phrase
    return max(phrases, key=lambda p: (p.end - p.start, -p.start))


NOUN_PHRASE_GLUE = {"ADJ", "NOUN", "PROPN", "VERB", "NUM"}


def _glued(doc: Doc, phrases: list[Phrase], sents: list[Span]) -> list[Phrase]:
    """A short actor string whose root the parser put outside every phrase ("Paris railway police", with
    "railway" read as a verb) is one noun phrase: neighbouring phrases separated only by words are joined."""
    roots = {sent.root.i for sent in sents}
    if len(phrases) < 2 or any(p.start <= r < p.end for p in phrases for r in roots):
        return phrases
    glued = [phrases[0]]
    for phrase in phrases[1:]:
        gap = doc[glued[-1].end:phrase.start]
        if len(gap) <= 2 and all(t.is_alpha and t.pos_ in NOUN_PHRASE_GLUE for t in gap):
            last = glued[-1]
            glued[-1] = Phrase(doc, last.units + phrase.units, last.start, phrase.end,
                               last.locations + phrase.locations, last.borrowed + phrase.borrowed)
        else:
            glued.append(phrase)
    return glued


def code_doc(doc: Doc, lang: str, date: str | None, kb: ActorKnowledge) -> ActorCode | None:
    lexicon = compile_lexicon(kb, lang)
    sents = list(doc.sents)
    phrases = [p for p in group_phrases(doc, annotate(doc, lexicon), sents) if not only_world_regions(p)]
    phrase = main_phrase(doc, _glued(doc, phrases, sents), sents)
    return code_phrase(phrase, lexicon, date) if phrase is not None else None


def code_span(span: Span, lang: str, date: str | None, kb: ActorKnowledge) -> ActorCode | None:
    """``code_doc(span.as_doc(), ...)`` for a phrase of a parsed sentence, without copying the span into a Doc
    when it cannot hold a unit: no capitalised word, no entity and no word that starts a knowledge-base key
    (what `annotate` and its added cities, regions and misspellings all start from) give no code."""
    if not _may_hold_units(span, compile_lexicon(kb, lang)):
        return None
    return code_doc(span.as_doc(), lang, date, kb)


def _may_hold_units(span: Span, lexicon) -> bool:
    from detente.analyze.actors.matcher import token_texts

    texts, keys = token_texts(span.doc)
    firsts, exact_firsts = lexicon.firsts, lexicon.exact_firsts
    for i in range(span.start, span.end):
        text, key = texts[i], keys[i]
        if text[:1].isupper() or key in firsts or text in exact_firsts or (" " in key and key.split(" ", 1)[0] in firsts):
            return True
    return any(token.ent_type for token in span)


RECASE_POPULATION = 100_000  # a lower-case word is recased as a city only for cities this big


def recase(text: str, kb: ActorKnowledge, lang: str = "en") -> str:
    """An all-lower-case query ("russian troops", "karachi police", "us military") gets capitals back on the
    words that name a country, people, capital, region or large city, so that case-sensitive rules apply.
    Text with any capital letter is returned unchanged; Spanish demonyms stay lower case ("colombianos")."""
    from detente.analyze.actors.place_units import common_word_cities, common_word_regions
    from detente.knowledge.actors.normalize import phrase_key, token_key

    if text and text == text.upper() and text != text.lower() and text not in kb.exact:
        text = " ".join(w.capitalize() if w.isalpha() and len(w) > 4 and w not in kb.exact else w
                        for w in text.split(" "))  # "KARACHI", "MINSK POLICE"; acronyms ("SPLM/A", "ISIS") stay
    if not text or text != text.lower():
        return text
    kinds = {"country", "capital"} if lang == "es" else {"country", "demonym", "capital", "ethnic"}
    words = [_armed_group_word(word, kb) or _recase_hyphenated(word, kb, kinds) if "-" in word[1:-1] else word
             for word in text.split(" ")]
    out = list(words)
    i = 0
    while i < len(words):
        for width in (3, 2, 1):
            span = words[i:i + width]
            if len(span) < width:
                continue
            bare = [_without_possessive(w.strip(",;:()\"")) for w in span]  # "ukraine's armed forces"
            key = " ".join(token_key(w) for w in bare)
            exact = " ".join(bare).upper()
            if width == 1 and exact in kb.exact and any(e.kind in kinds or e.kind == "entity" for e in kb.exact[exact]) \
                    and ("." in bare[0] or (bare[0] in LOWER_ACRONYMS and _acronym_position(words, i))):
                out[i] = span[0].replace(bare[0], exact)  # "u.s. troops", "us military", "the uk"; not "told us"
                break
            if width == 1 and (listed := _armed_group_word(bare[0], kb)):
                out[i] = span[0].replace(bare[0], listed)  # "hamas fighters", "idf soldiers"
                break
            whole = phrase_key(" ".join(w.strip(",;:()\"") for w in span)) if width > 1 else key
            named = any(e.kind in kinds or (e.kind == "entity" and width > 1)
                        for e in (*kb.phrases.get(key, ()), *(kb.phrases.get(whole, ()) if whole != key else ())))
            place = (kb.city_population(key) >= RECASE_POPULATION and key not in common_word_cities()) or \
                (kb.region_country(key) is not None and key not in common_word_regions())
            if named or place:
                for j, word in enumerate(span):
                    out[i + j] = _capital(word, bare[j], kb)
                break
        else:
            i += 1
            continue
        i += width
    return " ".join(out)


ARMED_SECTORS = {"REB", "UAF", "MIL", "PRM", "IMG", "SPY", "INS"}  # their lower-case names are no common nouns


def _armed_group_word(word: str, kb: ActorKnowledge) -> str | None:
    """'hamas', 'taliban', 'peshmerga', 'idf', 'pla': a one-word name or acronym of an armed group, force or
    intelligence service typed in lower case, in its listed spelling (None for anything else)."""
    from detente.knowledge.actors.normalize import phrase_key
    from detente.knowledge.actors.words import common_word_acronyms

    if len(word) < 3 or not word.replace("-", "").isalpha():
        return None
    for entry in () if word in common_word_acronyms() else kb.exact.get(word.upper(), ()):
        if entry.kind == "entity" and _armed(kb, entry.value):
            return word.upper()
    if len(word) < 5:
        return None
    for entry in kb.phrases.get(phrase_key(word), ()):
        if entry.kind == "entity" and entry.detail and entry.detail.lower() == word and _armed(kb, entry.value):
            return entry.detail  # "al-shabaab" → "al-Shabaab"
    return None


def _armed(kb: ActorKnowledge, entity_id: str) -> bool:
    entity = kb.entities.get(entity_id)
    return entity is not None and entity.kind == "org" and any(term.sector in ARMED_SECTORS for term in entity.terms)


def _recase_hyphenated(word: str, kb: ActorKnowledge, kinds: set[str]) -> str:
    """'saudi-led', 'us-backed', 'iranian-made': the country part of a hyphenated word gets its capitals."""
    from detente.knowledge.actors.normalize import token_key

    parts = word.split("-")
    for index, part in enumerate(parts):
        if part.upper() in kb.exact and part in LOWER_ACRONYMS:
            parts[index] = part.upper()
        elif any(e.kind in kinds for e in kb.phrases.get(token_key(part), ())):
            parts[index] = part[:1].upper() + part[1:]
    return "-".join(parts)


def _without_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _capital(word: str, bare: str, kb: ActorKnowledge) -> str:
    """A word of a recased name: an acronym inside it in capitals ("the U.S. Air Force", "the US Navy"),
    particles left alone, other words capitalised."""
    if word in {"de", "del", "of", "la"}:
        return word
    if ("." in bare or bare in LOWER_ACRONYMS) and bare.upper() in kb.exact:
        return word.replace(bare, bare.upper())
    return word[:1].upper() + word[1:]


ACRONYM_LEADS = {"the", "a", "an"}
# country and union acronyms typed in lower case; others ("car", "ice", "is") are more often words
LOWER_ACRONYMS = {"us", "uk", "eu", "un", "usa", "uae", "drc", "prc", "dprk", "rok", "nato", "ussr"}


def _acronym_position(words: list[str], index: int) -> bool:
    """A lower-case acronym ("us", "uk", "eu", "un") read as one only where a pronoun or common word cannot
    stand: first in the query before another word, or alone after "the"."""
    if index == 0:
        return len(words) > 1
    return index == 1 and words[0] in ACRONYM_LEADS and len(words) == 2 or (index == 1 and words[0] == "the")


SMALL_TOWN_POPULATION = 15_000  # a smaller town counts only when no word of its name is an ordinary word or name


CITY_WORDS = {"city", "town"}
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"}


def _place_name(text: str, kb: ActorKnowledge, known: frozenset[str] | None = None,
                bare: bool = False) -> ActorCode | None:
    """A bare city or region name the tagger did not take for a place ("Karachi", "KARACHI"): that place.
    Towns under 100k people ("Bucha", "Timbuktu") only when the model knows none of the name's words
    (``known``: its word list), so "Ferguson" or "Nice" stay unread, or when our hand-written city list
    names them ("Srebrenica", "Sderot"). A compass word in front is dropped when the whole name is no place
    ("North Sinai"); ``bare``: do not drop it."""
    from detente.analyze.actors.place_units import LONE_CITY_POPULATION, common_word_cities, common_word_regions
    from detente.knowledge.actors.normalize import phrase_key

    key = phrase_key(text)
    if not key or len(key.split()) > 4 or any(e.kind == "world_region" for e in kb.phrases.get(key, ())):
        return None
    first, _, rest = text.partition(" ")
    if not bare and first.lower() in DIRECTION_WORDS and rest[:1].isupper():
        return _place_name(text, kb, known, bare=True) or _place_name(rest, kb, known)  # "North Sinai", "northern Syria"
    if not (text[:1].isupper() or bare):
        return None
    from detente.analyze.actors.place_units import REGION_OVER_CITY

    country = next((e.value for e in kb.phrases.get(key, ()) if e.kind == "country"), None)
    if country is not None:
        return ActorCode(text, country, None, "country")  # "Niger" is the country, not Nigeria's Niger State
    base, _, last = key.rpartition(" ")
    if last in CITY_WORDS and base and not kb.city_population(key) and kb.city_population(base) >= LONE_CITY_POPULATION:
        key = base  # "Quebec City": the city, not the province of the same name
    population = kb.city_population(key)
    # a name of two words or more is rarely anything but the town ("Ras Tanura", "Kafr Qasim")
    unknown_name = " " in key or (known is not None and not any(word.lower() in known for word in text.split()))
    region = kb.region_country(key) if key not in common_word_regions() else None
    city = kb.city_country(key) if population else None
    if region and population < REGION_OVER_CITY and city != region:
        population = 0  # "Bali", "Florida": the province or state, not a smaller namesake town abroad
    seat = region is not None and city == region  # "Nablus", "Kidal": a region named after its town
    if key not in common_word_cities() and (population >= LONE_CITY_POPULATION or kb.city_listed(key) or seat
                                            or (population >= SMALL_TOWN_POPULATION and unknown_name)):
        return ActorCode(text, city, "CVL", "place")
    return ActorCode(text, region, None, "place") if region else None


PLACE_CUES = ("in", "near", "at", "outside", "from", "en", "cerca de")


def _place_after_cue(text: str, kb: ActorKnowledge, known: frozenset[str] | None = None) -> ActorCode | None:
    """'a village near Aleppo', 'a refugee camp in Cox's Bazar': something named only by where it is, when the
    tagger saw no place (it calls "Aleppo" a LANGUAGE): the place after the last cue word, as its civilians."""
    words = text.split()
    for index in range(len(words) - 1, 0, -1):
        if words[index - 1].lower() in PLACE_CUES or " ".join(words[index - 2:index]).lower() in PLACE_CUES:
            country = _country_in(words[index:], kb, known)
            return ActorCode(text, country, "CVL", "place") if country else None
    return None


def _country_in(words: list[str], kb: ActorKnowledge, known: frozenset[str] | None) -> str | None:
    """The country of what follows a place cue: the whole rest as a place ("Khan Younis"), else its last
    place words ("the Syrian city of Idlib", "Hamas-run Gaza"), else its one country word ("the Somali capital")."""
    from detente.knowledge.actors.normalize import phrase_key

    if words and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    words = [w.rstrip(".,;") for w in words]
    for start in range(len(words)):
        if start and words[start].lower() in PLACE_LINKS:
            continue
        place = _place_name(" ".join(words[start:]), kb, known)
        if place is not None and place.country:
            return place.country
    countries = {e.value for w in words if not _backing_word(w) for part in w.split("-") if part[:1].isupper()
                 for e in kb.phrases.get(phrase_key(part), ()) if e.kind in COUNTRY_KINDS}
    return countries.pop() if len(countries) == 1 else None


def _backing_word(word: str) -> bool:
    """'Kremlin-backed', 'Turkish-made', 'pro-Russian': a country that backs, makes or opposes, not the owner."""
    from detente.analyze.actors.backing import BACKING, STANCE_PREFIXES

    parts = word.lower().split("-")
    return len(parts) > 1 and (parts[-1] in BACKING or parts[0] in STANCE_PREFIXES)


PLACE_LINKS = {"of", "de", "del", "the", "la", "el"}
COUNTRY_KINDS = {"country", "demonym", "capital"}


LEADING_WORDS = {"the", "a", "an"}


def _located_country(text: str, kb: ActorKnowledge, known: frozenset[str] | None) -> str | None:
    """A body with a sector but no country, named by where it is: a place after "in/near/at" ("Nasser Hospital
    in Khan Younis"), else a city or region its name starts with ("Mariupol Maternity Hospital")."""
    located = _place_after_cue(text, kb, known)
    if located is not None:
        return located.country
    words = text.split()
    if words and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    for width in (2, 1):
        if len(words) > width and all(word[:1].isupper() for word in words[:width]):
            place = _place_name(" ".join(words[:width]), kb, known)
            if place is not None and place.country and not kb.city_contested(" ".join(words[:width]).lower()):
                return place.country
    return None


def resolve_text(text: str, date: str | None = None, lang: str = "en", context: str | None = None,
                 kb: ActorKnowledge | None = None) -> ActorCode | None:
    """Country, sector and name of an actor string at ``date`` (ISO; None = today), or None.

    ``context`` is an optional hint such as a nationality ("Colombian defense") used when the text
    itself names no country or sector.
    """
    from detente.analyze.nlp import known_words, load_pipeline

    if not isinstance(text, str):
        raise TypeError(f"resolve_text needs a string, got {type(text).__name__}: {text!r}")
    kb = kb or default_knowledge()
    nlp = load_pipeline(lang)
    text = recase(text.strip(), kb, lang)
    code = code_doc(nlp(text), lang, date, kb) if text else None
    if context and context.strip():
        hint = code_doc(nlp(context.strip()), lang, date, kb)
        if hint is not None:
            if code is None:
                return hint if hint.resolved else None
            code.country = code.country or hint.country
            code.sector = code.sector or hint.sector
    if (code is None or not code.resolved) and not (context and context.strip()):
        known = known_words(nlp.vocab)
        code = _place_name(text, kb, known) or _place_after_cue(text, kb, known) or code
    elif code.country is None and code.sector and not code.backers and not code.entity_id and not (context and context.strip()):
        known = known_words(nlp.vocab)
        whole = _place_name(text, kb, known) if " " in text else None
        if whole is not None and whole.country and whole.sector:
            code = whole  # a town: "Sharm el-Sheikh" is no sheikh
        elif whole is not None and whole.country:
            code.country = whole.country  # a state or province: "Rivers State" keeps the government it names
        else:
            code.country = _located_country(text, kb, known)  # "Nasser Hospital in Khan Younis"
            if code.country is None and code.kind != "person" and code.region is None:
                code.country = _country_in(text.split(), kb, known)  # "the mayor of the capital Kyiv"
    if code is not None and code.country is None and code.homeland:
        code.country = code.homeland  # no context: "ethnic Albanians" fall back to Albania
    if (code is None or not code.resolved) and not (context and context.strip()):
        code = _whole_agent(text, kb, lang) or code
    return code if code is not None and code.resolved else None


def _whole_agent(text: str, kb: ActorKnowledge, lang: str) -> ActorCode | None:
    """A query that is one agent word or phrase ("tycoon", "oligarchs", "constable"): an actor string by
    contract, so the tagger's reading of a lone word as a verb or adverb does not hide the agent."""
    from detente.knowledge.actors.normalize import phrase_key

    key = phrase_key(text)
    words = key.split()
    if words and words[0] in LEADING_WORDS:
        key = " ".join(words[1:])
    entry = kb.agents.get(lang, {}).get(key)
    if entry is None or entry.detail == "former":
        return None
    return ActorCode(text, None, entry.value, "group", titles={key}, title_kind=entry.detail, head=entry.detail == "head")
