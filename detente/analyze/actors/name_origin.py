"""Country of a person in no list from the form of the name: family-name-first conventions that belong to one
country ("He Zhihua" pinyin → CHN, "Tseng Hou-jen" → TWN, "Kim Min-jae" → KOR, "Nguyen Van Thanh" → VNM).

Only used when the text names no country for the person; the knowledge is in name_origins.tsv and
pinyin_syllables.txt.
"""
from __future__ import annotations

from functools import lru_cache

from detente.knowledge.actors import HERE, read_tsv, read_words
from detente.knowledge.actors.normalize import token_key

MAX_SYLLABLES = 3


@lru_cache(maxsize=1)
def _origins() -> dict[str, dict[str, str]]:
    """style -> surname key -> ISO3 (a surname under two countries of one style is dropped as ambiguous)."""
    table: dict[str, dict[str, str]] = {}
    clashes: set[tuple[str, str]] = set()
    for row in read_tsv(HERE / "name_origins.tsv"):
        by_style = table.setdefault(row["style"], {})
        for surname in row["surnames"].split("|"):
            key = token_key(surname.strip())
            if key in by_style and by_style[key] != row["iso3"]:
                clashes.add((row["style"], key))
            by_style[key] = row["iso3"]
    for style, key in clashes:
        table[style].pop(key, None)
    return table


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(read_words(HERE / "pinyin_syllables.txt"))


@lru_cache(maxsize=4096)
def is_pinyin(word: str, limit: int = MAX_SYLLABLES) -> bool:
    """'zhihua' = zhi+hua, 'xiaoming' = xiao+ming; apostrophes split syllables ('xi'an')."""
    word = word.replace("'", "").replace("’", "")
    if not word:
        return True
    if limit == 0:
        return False
    return any(word[:n] in _syllables() and is_pinyin(word[n:], limit - 1) for n in range(min(6, len(word)), 0, -1))


def name_country(words: list[str]) -> str | None:
    """ISO3 suggested by a family-name-first personal name, or None."""
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    origins = _origins()
    surname = token_key(words[0])
    given = words[1:]
    if len(given) == 1 and "-" in given[0]:
        parts = given[0].split("-")
        if len(parts) == 2 and all(1 < len(p) <= 6 and p.isalpha() for p in parts):
            return origins.get("hyphen", {}).get(surname)
        return None
    if len(given) == 1 and given[0][1:].islower() and surname in origins.get("pinyin", {}) \
            and len(given[0]) > 1 and is_pinyin(token_key(given[0])):
        return origins["pinyin"][surname]
    if len(words) >= 3 and surname in origins.get("three", {}):
        return origins["three"][surname]
    return None
