"""Sentence tone scorers on a -10..+10 scale: VADER adapted to news (English), a lexicon of our own (Spanish).

Both return VADER's normalised compound score times 10, so English and Spanish tones share one scale.
The knowledge lives in detente/knowledge/tone/ (see docs/tone.md).
"""
from __future__ import annotations

import csv
import math
import re
import string
import unicodedata
from functools import lru_cache
from importlib import resources

from detente.analyze.lemma_es import spanish_lemma
from detente.analyze.tone.vader import CompoundAnalyzer

KNOWLEDGE = "detente.knowledge.tone"
VADER_ALPHA = 15  # VADER's normalisation constant: compound = s / sqrt(s^2 + alpha)
NEGATION_WINDOW = 3
WORD = re.compile(r"\w+", re.UNICODE)


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files(KNOWLEDGE).joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=None)
def neutral_phrases(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Phrases rewritten before scoring ("fight against drug trafficking" is a policy, not hostility): one pattern,
    longest phrase first, and the replacement of each phrase in lower case."""
    rows = [r for r in _rows("neutral_phrases.tsv") if r["lang"] == lang]
    rows.sort(key=lambda r: len(r["phrase"]), reverse=True)
    replacements = {r["phrase"].lower(): r["replacement"] for r in rows}
    alternation = "|".join(re.escape(r["phrase"]) for r in rows) or r"(?!x)x"
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE), replacements


@lru_cache(maxsize=None)
def _neutral_first_words(lang: str) -> tuple[str, ...]:
    """The lower-case first word of every neutral phrase: a sentence holding none of them has nothing to rewrite."""
    return tuple({phrase.split()[0] for phrase in neutral_phrases(lang)[1]})


def neutralise(text: str, lang: str) -> str:
    lowered = text.lower()
    if not any(word in lowered for word in _neutral_first_words(lang)):
        return text  # most sentences: no substring test matches, so the costly case-blind scan is skipped
    pattern, replacements = neutral_phrases(lang)
    return pattern.sub(lambda match: replacements[match.group().lower()], text)


@lru_cache(maxsize=1)
def english_analyzer() -> CompoundAnalyzer:
    """VADER with its lexicon adjusted for news (knowledge/tone/en_lexicon_news.tsv)."""
    analyzer = CompoundAnalyzer()
    for row in _rows("en_lexicon_news.tsv"):
        value = float(row["valence"])
        if value == 0:
            analyzer.lexicon.pop(row["word"], None)
        else:
            analyzer.lexicon[row["word"]] = value
    return analyzer


CURLY_PAIRS = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'))


def english_tone(text: str) -> float:
    """VADER compound of the news-adjusted text, times 10 (curly marks made straight: VADER strips only those)."""
    for curly, straight in CURLY_PAIRS:
        text = text.replace(curly, straight)
    text = neutralise(text, "en")
    if not _may_carry_sentiment(text):
        return 0.0
    return round(english_analyzer().compound(text) * 10, 3)


def _may_carry_sentiment(text: str) -> bool:
    """Whether any word of ``text``, or of an emoji's description, is in VADER's lexicon: without one its compound
    is exactly 0, and most news sentences are spared VADER's costly rule passes."""
    if not _sentiment_emojis().isdisjoint(text):
        return True
    return _has_lexicon_word(text)


def _has_lexicon_word(text: str) -> bool:
    lexicon = english_analyzer().lexicon.keys()
    words = text.lower().split()
    return not lexicon.isdisjoint(words) or not lexicon.isdisjoint(word.strip(string.punctuation) for word in words)


@lru_cache(maxsize=1)
def _sentiment_emojis() -> frozenset[str]:
    """The emojis VADER replaces by a description that holds a lexicon word ("😀" → "grinning face")."""
    return frozenset(emoji for emoji, description in english_analyzer().emojis.items()
                     if len(emoji) == 1 and _has_lexicon_word(description))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents, so "diálogo" and "dialogo" look up the same entry."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def spanish_lexicon() -> dict[str, float]:
    return {fold(row["word"]): float(row["valence"]) for row in _rows("es_lexicon.tsv")}


@lru_cache(maxsize=1)
def spanish_modifiers() -> dict[str, tuple[str, float]]:
    return {fold(row["word"]): (row["kind"], float(row["value"])) for row in _rows("es_modifiers.tsv")}


@lru_cache(maxsize=65536)
def spanish_valence(word: str) -> float:
    """Valence of a Spanish word form: the form, its lemma, or its singular / masculine form."""
    lexicon = spanish_lexicon()
    folded = fold(word)
    candidates = [folded, fold(spanish_lemma(word.lower()))]
    for suffix, replacement in (("es", ""), ("s", ""), ("a", "o"), ("as", "o")):
        if folded.endswith(suffix):
            candidates.append(folded[: -len(suffix)] + replacement)
    return next((lexicon[c] for c in candidates if c in lexicon), 0.0)


def spanish_tone(text: str) -> float:
    """VADER's rules over the Spanish lexicon: negation flips (x -0.74), boosters, "pero" reweights; times 10."""
    words = WORD.findall(neutralise(text, "es"))
    modifiers = spanish_modifiers()
    valences: list[float] = []
    contrast_at: int | None = None
    for index, word in enumerate(words):
        folded = fold(word)
        kind, value = modifiers.get(folded, ("", 0.0))
        if kind == "contrast":
            contrast_at = len(valences)
        valence = spanish_valence(word) if not kind else 0.0
        if valence:
            for back, previous in enumerate(reversed(words[max(0, index - NEGATION_WINDOW):index])):
                p_kind, p_value = modifiers.get(fold(previous), ("", 0.0))
                if p_kind == "negation":
                    valence *= -0.74
                elif p_kind in ("booster", "dampener") and back == 0:
                    valence += math.copysign(abs(p_value), valence) * (1 if p_kind == "booster" else -1)
        valences.append(valence)
    if contrast_at is not None:
        valences = [v * 0.5 for v in valences[:contrast_at]] + [v * 1.5 for v in valences[contrast_at:]]
    total = sum(valences)
    if total == 0:
        return 0.0
    return round(total / math.sqrt(total * total + VADER_ALPHA) * 10, 3)


def sentence_tone(text: str, lang: str | None) -> float:
    """Tone of one sentence in -10..+10 with the scorer of its language (English for the rest)."""
    return spanish_tone(text) if lang == "es" else english_tone(text)
