"""Misspelled country words ("Ethopia", "Dehli police", "Quatar's emir", "Ghanians"): one edit away from
exactly one country, demonym or capital of the knowledge base, and not a word the language model knows.

Wire copy and transcribed speech misspell place names often; the event coder loses the actor's country
when they stay unresolved. A symmetric-delete index keeps the lookup to a few dict hits per unknown word.
"""
from __future__ import annotations

from functools import lru_cache

from detente.knowledge.actors import ActorKnowledge, Entry

MIN_LENGTH = 5  # shorter words are one edit away from too many others ("Mali", "Oman", "Peru")
COUNTRY_WORD_KINDS = ("country", "demonym", "capital")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by at most one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short in _deletions(long_)


@lru_cache(maxsize=8)
def _index(kb: ActorKnowledge) -> dict[str, set[str]]:
    """Each one-word country key and each of its one-letter deletions → the keys it comes from."""
    index: dict[str, set[str]] = {}
    for key, entries in kb.phrases.items():
        if " " in key or len(key) < MIN_LENGTH or not key.isalpha():
            continue
        if not any(e.kind in COUNTRY_WORD_KINDS for e in entries):
            continue
        for variant in {key} | _deletions(key):
            index.setdefault(variant, set()).add(key)
    return index


VOWELS = set("aeiouy")


def likely_typo(word: str, target: str) -> bool:
    """A dropped letter ("Ethopia"), two swapped neighbours ("Dehli") or an extra vowel or doubled letter
    ("Quatar"). Substitutions and extra consonants are left out: on real news they make other names
    ("Wiles" is not Wales, "Brunel" not Brunei, "Syriza" not Syria)."""
    if len(word) == len(target) - 1:
        return word in _deletions(target)
    if len(word) == len(target) + 1:
        for i in range(len(word)):
            if word[:i] + word[i + 1:] == target:
                extra = word[i]
                doubled = (i > 0 and word[i - 1] == extra) or (i + 1 < len(word) and word[i + 1] == extra)
                if extra in VOWELS or doubled:
                    return True
        return False
    if len(word) == len(target) and word != target:
        diffs = [i for i in range(len(word)) if word[i] != target[i]]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == target[diffs[1]] \
            and word[diffs[1]] == target[diffs[0]]
    return False


def misspelled_country(word: str, kb: ActorKnowledge) -> list[Entry]:
    """The country readings of the one country word ``word`` misspells, else []."""
    key = word.lower()
    if len(key) < MIN_LENGTH or not key.isalpha() or key in kb.phrases:
        return []
    index = _index(kb)
    candidates: set[str] = set(index.get(key, ()))
    for variant in _deletions(key):
        candidates |= index.get(variant, set())
    matches = [c for c in candidates if c[0] == key[0] and likely_typo(key, c)]
    entries = [e for c in matches for e in kb.phrases[c] if e.kind in COUNTRY_WORD_KINDS]
    if len({e.value for e in entries}) != 1:
        return []  # none, or two countries one edit away: no guess
    return entries


@lru_cache(maxsize=8)
def _people_by_first_name(kb: ActorKnowledge) -> dict[str, list[tuple[str, str]]]:
    """First-name key → (last-name key, entity id) of every known person."""
    from detente.knowledge.actors.normalize import phrase_key

    index: dict[str, list[tuple[str, str]]] = {}
    for entity in kb.entities.values():
        words = phrase_key(entity.name).split()
        if entity.kind == "person" and len(words) >= 2:
            index.setdefault(words[0], []).append((words[-1], entity.id))
    return index


def misspelled_person(words: list[str], kb: ActorKnowledge) -> list[Entry]:
    """'Abdelaziz Bouteflicka', 'Laurent Gbago': the first name exact and the last name one edit away
    from exactly one known person."""
    if len(words) < 2 or len(words[-1]) < MIN_LENGTH:
        return []
    matches = {entity_id for last, entity_id in _people_by_first_name(kb).get(words[0], ())
               if last != words[-1] and last[0] == words[-1][0] and edit_distance_at_most_one(last, words[-1])}
    return [Entry("entity", matches.pop(), " ".join(words))] if len(matches) == 1 else []
