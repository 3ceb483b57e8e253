"""Language per paragraph with lingua, restricted to a configurable set (fast and more accurate than 75 languages).

The set comes from ``DETENTE_LANGUAGES`` (comma-separated ISO 639-1 codes) or the default below. The article
language is the majority by characters; a paragraph only differs from it when lingua is confident (proper names
make short English captions look Spanish), and paragraphs too short to judge take it as well.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache

DEFAULT_LANGUAGES = ("en", "es", "fr", "pt", "de", "it")
MIN_CHARS = 40  # below this lingua guesses; the article language is the better bet
SAMPLE_CHARS = 300  # lingua's cost grows with length; 300 characters decide as well as a whole paragraph
SWITCH_CONFIDENCE = 0.6  # a paragraph leaves the article language only when lingua is at least this sure
SURE = 0.8  # below this lingua may have been misled by names, so the text is read again without them
NAME_SHARE = 0.3  # names this large a share of the letters are read past even when lingua is sure
NAMELESS_WEIGHT = 2 / 3  # the reading without names counts twice the plain one: names mislead lingua with confidence
MIN_COMMON_CHARS = 12  # fewer letters outside names than this (a shouted headline, a list of names): judge it all
CAPITALISED = r"[^\W\d_a-zà-ÿ][^\W_]*(?:['’][^\W_]+)?"
PARTICLE = r"(?:de|del|da|das|do|dos|di|du|la|las|los|le|van|von|der|den)"  # "Casa de Nariño", "Lula da Silva"
NAME = re.compile(rf"(?<![.!?:;\"“«¿¡]\s)(?<![¿¡\"“«‘'(—-])(?<!^)\b{CAPITALISED}(?:\s+(?:{PARTICLE}\s+)?{CAPITALISED})*")


def configured_languages() -> tuple[str, ...]:
    value = os.environ.get("DETENTE_LANGUAGES", "")
    codes = tuple(code.strip().lower() for code in value.split(",") if code.strip())
    return codes or DEFAULT_LANGUAGES


@lru_cache(maxsize=4)
def detector(codes: tuple[str, ...]):
    """One lingua detector per language set, built once per process (models load lazily on first use)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in codes]
    if len(languages) == 1:
        languages.append(Language.ENGLISH if languages[0] != Language.ENGLISH else Language.SPANISH)
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect(text: str, codes: tuple[str, ...] | None = None, min_chars: int = MIN_CHARS) -> tuple[str, float] | None:
    """(ISO 639-1 code, confidence) of ``text``, or None when it is too short to judge. When lingua is unsure or the
    text is full of names, it is read again without them and the readings are weighed together: names mislead
    lingua ("Casa de Nariño" made an English sentence Spanish), yet a short text still needs all its words."""
    if len(text) < min_chars:
        return None
    sample = text[:SAMPLE_CHARS]
    scores = _confidences(sample, codes)
    common = common_words(sample)
    if scores and common != sample and (scores.most_common(1)[0][1] < SURE or _name_share(sample, common) >= NAME_SHARE):
        without_names = _confidences(common, codes)
        scores = Counter({code: scores[code] * (1 - NAMELESS_WEIGHT) + without_names[code] * NAMELESS_WEIGHT
                          for code in scores | without_names})
    if not scores or scores.most_common(1)[0][1] <= 0:
        return None
    return scores.most_common(1)[0]


def _name_share(text: str, common: str) -> float:
    letters = sum(char.isalpha() for char in text)
    return 1 - sum(char.isalpha() for char in common) / letters if letters else 0.0


def _confidences(text: str, codes: tuple[str, ...] | None) -> Counter[str]:
    values = detector(codes or configured_languages()).compute_language_confidence_values(text)
    return Counter({value.language.iso_code_639_1.name.lower(): value.value for value in values})


def common_words(text: str) -> str:
    """``text`` without its capitalised words inside sentences: names belong to no language, and "the accord at the
    Casa de Nariño in Bogotá" made lingua call an English sentence Spanish."""
    kept = NAME.sub("", text)
    return kept if sum(char.isalpha() for char in kept) >= MIN_COMMON_CHARS else text


def paragraph_languages(texts: list[str], given: str | None = None, codes: tuple[str, ...] | None = None) -> tuple[list[str | None], str | None]:
    """Languages of ``texts`` and of the whole article; ``given`` (from the source) fixes the article language."""
    detected = [detect(text, codes) for text in texts]
    weights: Counter[str] = Counter()
    for text, found in zip(texts, detected):
        if found:
            weights[found[0]] += len(text)
    article = given or (weights.most_common(1)[0][0] if weights else None)
    if article is None and texts:
        found = detect(" ".join(texts), codes, min_chars=12)
        article = found[0] if found else None
    return [found[0] if found and (found[1] >= SWITCH_CONFIDENCE or article is None) else article for found in detected], article
