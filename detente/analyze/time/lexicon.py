"""Calendar words and fixed relative phrases per language, read from detente/knowledge/time/."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge" / "time"
LANGS = ("en", "es")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case and strip accents character by character, so offsets in the result match the input (memoised:
    the time and places stages fold the same paragraphs, and short names recur)."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_FOLD_TABLE).lower()
    if len(folded) != len(text):  # a few capitals ("İ") lower-case to two characters
        folded = "".join(c if len(c) == 1 else o for c, o in zip((ch.lower() for ch in text.translate(_FOLD_TABLE)), text))
    return folded


class _FoldTable(dict):
    """str.translate table that strips accents from a character when that keeps it one character long."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        self[code] = value = base if len(base) == 1 else char
        return value


_FOLD_TABLE = _FoldTable()


@dataclass
class Lexicon:
    """The words one language uses for calendar units, names and relative periods (all folded)."""

    weekdays: dict[str, int] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    relative: dict[str, tuple[str, int]] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)  # word → "past" | "future"
    ordinals: dict[str, int] = field(default_factory=dict)  # "third" → 3: which quarter of a year
    seasons: dict[str, str] = field(default_factory=dict)  # "summer" → "SU" (TIMEX3 season code)
    cardinals: dict[str, int] = field(default_factory=dict)  # "ninety" → 90: spelled years
    decades: dict[str, int] = field(default_factory=dict)  # "nineties" → 9
    references: dict[str, str] = field(default_factory=dict)  # "recently" → "PAST_REF"
    resolve_only: set[str] = field(default_factory=set)  # relative phrases read when found, never searched for
    back: dict[str, tuple[str, int]] = field(default_factory=dict)  # "that year" → ("year", 0): from the story's time
    not_yesterday: set[str] = field(default_factory=set)  # "last": "last Monday" is never the day before publication


def _rows(name: str):
    for line in (KNOWLEDGE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (English for languages we do not model)."""
    lang = lang if lang in LANGS else "en"
    lex = Lexicon()
    tables = {"weekday": lex.weekdays, "month": lex.months, "number": lex.numbers, "unit": lex.units, "part": lex.parts,
              "ordinal": lex.ordinals, "season": lex.seasons, "cardinal": lex.cardinals, "decade": lex.decades}
    for row_lang, kind, word, value in _rows("calendar.tsv"):
        if row_lang == lang:
            table = tables[kind]
            table[fold(word)] = int(value) if kind in ("weekday", "month", "number", "ordinal", "cardinal", "decade") else value
    for row_lang, phrase, unit, offset, *flags in _rows("relative.tsv"):
        if row_lang == lang:
            lex.relative[fold(phrase)] = (unit, int(offset))
            if "resolve-only" in flags:
                lex.resolve_only.add(fold(phrase))
    for row_lang, phrase, unit, offset, *flags in _rows("back_references.tsv"):
        if row_lang == lang:
            lex.back[fold(phrase)] = (unit, int(offset))
            if "resolve-only" in flags:
                lex.resolve_only.add(fold(phrase))
    for row_lang, word, direction, *flags in _rows("modifiers.tsv"):
        if row_lang == lang:
            lex.modifiers[fold(word)] = direction
            if "not-yesterday" in flags:
                lex.not_yesterday.add(fold(word))
    for row_lang, phrase, value in _rows("references.tsv"):
        if row_lang == lang:
            lex.references[fold(phrase)] = value
    return lex


def alternation(words) -> str:
    """A regex alternation of literal words in which a word is tried before its own prefixes ("this past" beats
    "this"), written as a trie: ``re`` tries alternatives one by one, and a trie rules most of them out at their
    first letter (the time finder ran four times slower on a flat list of words). Matches what a flat alternation,
    longest first, matches: two different words can only both match where one is a prefix of the other."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """The regex of a trie node: its longer continuations first, then the end of a word (a greedy ``?``)."""
    import re

    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body
