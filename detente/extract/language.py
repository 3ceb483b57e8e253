"""Language per paragraph with lingua, restricted to a configurable set (fast and more accurate than 75 languages).

The set comes from ``DETENTE_LANGUAGES`` (comma-separated ISO 639-1 codes) or the default below. The article
language is the majority by characters; a paragraph only differs from it when lingua is confident (proper names
make short English captions look Spanish), and paragraphs too short to judge take it as well.
"""
from __future__ import annotations

import os
from collections import Counter
from functools import lru_cache

DEFAULT_LANGUAGES = ("en", "es", "fr", "pt", "de", "it")
MIN_CHARS = 40  # below this lingua guesses; the article language is the better bet
SAMPLE_CHARS = 300  # lingua's cost grows with length; 300 characters decide as well as a whole paragraph
SWITCH_CONFIDENCE = 0.6  # a paragraph leaves the article language only when lingua is at least this sure


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
    """(ISO 639-1 code, confidence) of ``text``, or None when it is too short to judge."""
    if len(text) < min_chars:
        return None
    values = detector(codes or configured_languages()).compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values or values[0].value <= 0:
        return None
    return values[0].language.iso_code_639_1.name.lower(), values[0].value


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
