"""The PLOVER knowledge the coder reads: trigger lexicons, mode hints, contexts, cue lists and scores.

Everything lives in data files under ``detente/knowledge/plover``; this module only loads them (cached).
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

KNOWLEDGE = "detente.knowledge.plover"


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: the lemmas to match, which of them is the trigger, and what it codes."""

    type: str
    mode: str | None
    pos: str  # V verb | N noun | A adjective
    words: tuple[str, ...]
    head: int  # index in ``words`` of the trigger word
    context: str | None
    derived: bool = False  # from the WordNet expansion (lexicon_en_wordnet.tsv): less sure than a hand entry
    implied: bool = False  # no lexicon entry: read off a verb of saying or telling ("said X must", "told X to")

    @property
    def trigger_lemma(self) -> str:
        return self.words[self.head]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(KNOWLEDGE).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _cue(row: dict[str, str], derived: bool = False) -> Cue:
    raw = row["cue"].split()
    head = next((i for i, word in enumerate(raw) if word.startswith("*")), 0)
    words = tuple(word.lstrip("*").lower() for word in raw)
    return Cue(row["type"], row.get("mode") or None, row["pos"], words, head, row.get("context") or None, derived)


EXPANSION = "lexicon_en_wordnet.tsv"  # derived by tools/expand_lexicon.py; DETENTE_WORDNET_CUES=0 leaves it out
DERIVED_CONFIDENCE_PENALTY = 0.1  # a derived cue's event is less sure than a hand cue's, so hand events win ties


def expansion_enabled() -> bool:
    return os.environ.get("DETENTE_WORDNET_CUES", "1").strip() not in {"0", "false", "no", "off"}


@lru_cache(maxsize=None)
def derived_rows() -> tuple[dict[str, str], ...]:
    """Rows of the English WordNet expansion (empty when switched off)."""
    return tuple(_rows(EXPANSION)) if expansion_enabled() else ()


def _hand_covers(hand: tuple[Cue, ...], cue: Cue) -> bool:
    """A derived cue is left out when the hand lexicon already decides its trigger: any single-word hand cue for a
    single-word derived cue; for a derived verb+object cue ("hold detainee"), the same cue or a single-word hand cue
    of another type on its verb."""
    if not hand:
        return False
    if len(cue.words) == 1:
        return True
    return any(c.words == cue.words or (len(c.words) == 1 and c.type != cue.type) for c in hand)


@lru_cache(maxsize=None)
def cues_by_trigger(lang: str) -> dict[str, tuple[Cue, ...]]:
    """Lexicon of ``lang`` (English for unknown languages) keyed by trigger lemma, longest cues first. English adds
    the WordNet expansion's cues for lemmas the hand lexicon does not trigger on."""
    name = "lexicon_es.tsv" if lang == "es" else "lexicon_en.tsv"
    index: dict[str, list[Cue]] = {}
    for row in _rows(name):
        cue = _cue(row)
        index.setdefault(cue.trigger_lemma, []).append(cue)
    if lang != "es":
        hand = {lemma: tuple(cues) for lemma, cues in index.items()}
        for row in derived_rows():
            cue = _cue(row, derived=True)
            if _hand_covers(hand.get(cue.trigger_lemma, ()), cue):
                continue
            index.setdefault(cue.trigger_lemma, []).append(cue)
    return {lemma: tuple(sorted(cues, key=lambda c: -len(c.words))) for lemma, cues in index.items()}


def cues_of(token, lang: str) -> tuple[Cue, ...]:
    """The lexicon's cues whose trigger word is ``token``'s lemma, longest first: what the word could code."""
    from detente.analyze.events.lemmas import lemma  # lemmas reads this lexicon for its own word list

    return cues_by_trigger(lang).get(lemma(token, lang), ())


INHERITED_KINDS = ("needs_source", "object_actor", "intransitive")  # properties a derived trigger takes from its seed


@lru_cache(maxsize=None)
def word_lists() -> dict[str, frozenset[str]]:
    """Named cue lists (communication, light, hypothetical, future, negation, historical, role, object_actor). A
    derived trigger joins its seed's trigger-property lists ("slaughter" from "kill" needs a source too)."""
    lists: dict[str, set[str]] = {}
    for row in _rows("cues.tsv"):
        lists.setdefault(row["kind"], set()).update(w.strip().lower() for w in row["word"].split(",") if w.strip())
    for row in derived_rows():
        trigger = _cue(row).trigger_lemma
        seeds = set(row.get("seed", "").split(","))
        for kind in INHERITED_KINDS:
            if seeds & lists.get(kind, set()):
                lists[kind].add(trigger)
    return {kind: frozenset(words) for kind, words in lists.items()}


def words(kind: str) -> frozenset[str]:
    return word_lists().get(kind, frozenset())


@lru_cache(maxsize=None)
def mode_hints() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Per type, (mode, hint words) pairs in file order."""
    hints: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in _rows("mode_hints.tsv"):
        hints.setdefault(row["type"], []).append((row["mode"], frozenset(row["words"].split(","))))
    return {event_type: tuple(pairs) for event_type, pairs in hints.items()}


@lru_cache(maxsize=None)
def context_words() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((row["context"], frozenset(row["words"].split(","))) for row in _rows("contexts.tsv"))


@lru_cache(maxsize=None)
def scores() -> dict[tuple[str, str], float]:
    """PLOVER score per (type, mode); mode "" is the type's base score."""
    return {(row["type"], row["mode"]): float(row["score"]) for row in _rows("scores.tsv")}


def score_for(event_type: str, mode: str | None) -> float:
    """Score of type:mode when the manual gives one, else the type's base score."""
    table = scores()
    return table.get((event_type, mode or ""), table.get((event_type, ""), 0.0))
