"""VADER's compound score alone, with the same rules and arithmetic as vaderSentiment 3.3.2's polarity_scores.

Why: polarity_scores rebuilds the lower-cased word list for every negation and idiom check of every lexicon word,
walks the text character by character for emojis, and works out the pos/neg/neu shares we never read. Here each
sentence is lower-cased once; a text holding an emoji goes to VADER itself. tests/analyze/test_tone_vader.py checks the
scores equal VADER's.
"""
from __future__ import annotations

import string

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
    scalar_inc_dec,
)

NEGATIONS = frozenset(NEGATE)
PUNCTUATION = string.punctuation
NO_OR_NOR = ("or", "nor")


class CompoundAnalyzer(SentimentIntensityAnalyzer):
    """SentimentIntensityAnalyzer with :meth:`compound`, equal to ``polarity_scores(text)["compound"]``."""

    def __init__(self) -> None:
        super().__init__()
        self.emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)

    def compound(self, text: str) -> float:
        if not self.emoji_chars.isdisjoint(text):
            return self.polarity_scores(text)["compound"]  # emojis become their descriptions: VADER's own path
        text = text.strip()
        words = [_strip_punctuation(token) for token in text.split()]  # SentiText.words_and_emoticons
        lower = [word.lower() for word in words]
        capitals = sum(1 for word in words if word.isupper())
        is_cap_diff = 0 < len(words) - capitals < len(words)  # allcap_differential
        last = len(words) - 1
        sentiments = []
        for i, item in enumerate(words):
            if lower[i] in BOOSTER_DICT or (i < last and lower[i] == "kind" and lower[i + 1] == "of"):
                sentiments.append(0)
                continue
            sentiments.append(self._valence(words, lower, is_cap_diff, item, i) if lower[i] in self.lexicon else 0)
        if "but" in lower:
            sentiments = self._but_check(words, sentiments)
        if not sentiments:
            return 0.0
        total = float(sum(sentiments))
        emphasis = self._punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return round(normalize(total), 4)

    def _valence(self, words: list[str], lower: list[str], is_cap_diff: bool, item: str, i: int) -> float:
        """sentiment_valence for a lexicon word, reading the sentence's lower-cased words once."""
        lexicon = self.lexicon
        word = lower[i]
        valence = lexicon[word]
        if word == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in NO_OR_NOR):
            valence = lexicon[word] * N_SCALAR
        if item.isupper() and is_cap_diff:
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for start_i in range(0, 3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                s = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _negation_check(valence, lower, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, lower, i)
        return self._least_check(valence, words, i)


def _strip_punctuation(token: str) -> str:
    """SentiText._strip_punc_if_word: the token without edge punctuation, unless that leaves two characters or
    fewer (an emoticon)."""
    stripped = token.strip(PUNCTUATION)
    return token if len(stripped) <= 2 else stripped


def _negated(word: str) -> bool:
    """vaderSentiment.negated([word]) for one lower-case word."""
    return word in NEGATIONS or "n't" in word


def _negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    if start_i == 0:
        if _negated(lower[i - 1]):
            valence = valence * N_SCALAR
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") \
                or (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * N_SCALAR
    return valence


def _special_idioms_check(valence: float, lower: list[str], i: int) -> float:
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in SPECIAL_CASES:
            valence = SPECIAL_CASES[sequence]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence
