"""Lemmas for matching: spaCy's where it has them, simplemma for Spanish (our Spanish pipeline has no lemmatizer)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token


@lru_cache(maxsize=50_000)
def _spanish(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="es").lower()


def lemma(token: Token, lang: str) -> str:
    """Lower-case lemma of ``token`` in ``lang``."""
    if lang == "es":
        return _spanish(token.lower_)
    return (token.lemma_ or token.lower_).lower()
