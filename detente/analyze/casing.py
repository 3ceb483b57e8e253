"""Shouted paragraphs ("ONG PROTESTAN POR REDUCCION DE FONDOS", "PESCADORES CANADIENSES FINALIZAN EL BLOQUEO"):
the small models tag every capitalised word PROPN, parse no verb and hand the actor layer junk names ("ONG
PROTESTAN"). Such a paragraph is parsed in sentence case instead, with known names and acronyms kept capitalised.

Every character keeps its place (a letter whose case mapping changes the length, like "ß", is left as it is), so
the parsed text has the same offsets as ``article.text``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

MIN_LETTERS = 8  # "EEUU:" or "AFP" alone is no headline
UPPER_SHARE = 0.8  # share of capital letters among the paragraph's letters
CITY_POPULATION = 100_000  # a shouted word is recased as a city only for cities this big
NAME_KINDS = {"es": {"country", "capital", "entity"}, "en": {"country", "capital", "entity", "demonym", "ethnic"}}
JOINERS = {"de", "del", "la", "las", "los", "y", "of", "the", "and"}  # inside a multiword name ("Buenos Aires", "Bay of Pigs")
MAX_NAME_WORDS = 3
WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*\.?")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)\W*(?=[^\W\d_])")
VOWELS = set("aeiouyáéíóúü")
LOWER_ASCII = b"abcdefghijklmnopqrstuvwxyz"  # counted in C by is_shouted's quick answer


def is_shouted(text: str) -> bool:
    """Most letters are capitals and there are enough of them to be a headline rather than an acronym."""
    if _surely_not_shouted(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= UPPER_SHARE


def _surely_not_shouted(text: str) -> bool:
    """A quick answer for ordinary prose, counted in C: more plain lower-case letters than the capital share allows
    in the whole text (so also among its letters). Only the rest needs the exact count."""
    ascii_bytes = text.encode("ascii", "ignore")
    lower = len(ascii_bytes) - len(ascii_bytes.translate(None, LOWER_ASCII))
    return lower > (1 - UPPER_SHARE + 1e-9) * len(text)


def _lower(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _upper(text: str) -> str:
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def _title(word: str) -> str:
    return _upper(word[:1]) + word[1:]


def sentence_cased(text: str, lang: str, stop_words: frozenset[str] = frozenset(),
                   respell: Callable[[str], str] | None = None) -> str:
    """``text`` unchanged unless shouted; then lower case with capitals back on sentence starts, on names the actor
    knowledge knows (countries, capitals, people, organizations, big cities, regions), on acronyms it knows
    ("ONU", "EEUU", "US") and on vowel-less words ("CGT", "PDS"). ``respell`` may alter the lowered text at
    equal length (Spanish headlines without accents). Same length as ``text`` always."""
    if not is_shouted(text):
        return text
    lowered = _lower(text)
    if respell is not None:
        spelled = respell(lowered)
        lowered = spelled if len(spelled) == len(lowered) else lowered
    chars = list(lowered)
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    i = 0
    while i < len(words):
        width = _name_width(text, lowered, words, i, lang, stop_words)
        if width:
            for start, end in words[i:i + width]:
                if lowered[start:end] not in JOINERS:
                    chars[start] = _upper(chars[start])
            i += width
            continue
        start, end = words[i]
        if _keeps_capitals(text[start:end], lowered[start:end], lang, stop_words):
            chars[start:end] = text[start:end]
        i += 1
    for match in SENTENCE_START.finditer(lowered):
        chars[match.end()] = _upper(chars[match.end()])
    return "".join(chars)


def _name_width(text: str, lowered: str, words: list[tuple[int, int]], i: int, lang: str,
                stop_words: frozenset[str]) -> int:
    """How many words from ``words[i]`` form a known name (0 when none): the longest match first."""
    for width in range(MAX_NAME_WORDS, 0, -1):
        span = words[i:i + width]
        if len(span) < width or any(text[a:b].strip() == "" for a, b in span):
            continue
        if any(not text[end:start].isspace() for (_, end), (start, _) in zip(span, span[1:])):
            continue  # "LAGUNA DEL DESIERTO: EL" is no name across the colon
        phrase = lowered[span[0][0]:span[-1][1]].rstrip(".")
        if width == 1 and phrase in stop_words:
            continue  # "para" (a Brazilian state), "un", "us" as words
        if lowered[span[0][0]:span[0][1]] in JOINERS or lowered[span[-1][0]:span[-1][1]] in JOINERS:
            continue
        if is_known_name(phrase, lang):
            return width
    return 0


@lru_cache(maxsize=8192)
def is_known_name(phrase: str, lang: str) -> bool:
    """The lower-case phrase names an actor of the knowledge base (of the kinds NAME_KINDS lists), a city of
    CITY_POPULATION or more, or a region, and is not a common word."""
    from detente.analyze.actors.place_units import common_word_cities, common_word_regions
    from detente.knowledge.actors import default_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    kb = default_knowledge()
    key = phrase_key(phrase)
    kinds = NAME_KINDS.get(lang, NAME_KINDS["en"])
    if any(e.kind in kinds for e in kb.phrases.get(key, ())):
        return True
    if kb.city_population(key) >= CITY_POPULATION and key not in common_word_cities():
        return True
    return kb.region_country(key) is not None and key not in common_word_regions()


def _keeps_capitals(word: str, lowered: str, lang: str, stop_words: frozenset[str]) -> bool:
    """A known acronym ("ONU", "EEUU"; "US" even though "us" is a word: the country) or a word with no vowel."""
    from detente.knowledge.actors import default_knowledge

    exact = default_knowledge().exact
    entries = exact.get(word) or exact.get(word.rstrip("."), ())
    if entries and (lowered not in stop_words or any(e.kind == "country" for e in entries) and lang == "en"):
        return True
    return len(word) >= 2 and not any(c in VOWELS for c in lowered)
