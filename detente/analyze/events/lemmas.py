"""Lemmas for matching: spaCy's where it has them, simplemma for Spanish (our Spanish pipeline has no lemmatizer)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from detente.analyze.lemma_es import spanish_lemma


@lru_cache(maxsize=1)
def _known_english() -> frozenset[str]:
    """Every word our English lexicon and cue lists use."""
    from detente.analyze.events.lexicon import cues_by_trigger, word_lists

    known = {word for cues in cues_by_trigger("en").values() for cue in cues for word in cue.words}
    for words in word_lists().values():
        known |= words
    return frozenset(known)


def _english(token: Token) -> str:
    return english_lemma(token.lemma_, token.lower_, token.tag_)


def english_lemma(lemma_: str, lower: str, tag: str) -> str:
    """Our English lemma from spaCy's lemma, lower-case form and fine tag."""
    value = (lemma_ or lower).lower()
    if tag in {"VBD", "VBN"} and lower.endswith("ed") and value not in _known_english():
        # the small model lemmatises some -ed forms wrongly ("staged" -> "stag", "readied" -> "readie", "extolled" ->
        # "extoll"): take "stage", "ready", "extol" when we know it
        ied = lower[:-3] + "y" if lower.endswith("ied") else ""  # "readied", not "slated" -> "slay"
        doubled = lower[:-3] if len(lower) > 4 and lower[-3] == lower[-4] else ""  # "extolled", not "slated" -> "sla"
        for candidate in (c for c in (lower[:-1], lower[:-2], ied, doubled) if c):
            if candidate in _known_english():
                return candidate
    return value


_WORDS_KEYS = {"en": "detente_events_words_en", "es": "detente_events_words_es"}  # sentence_words.CACHE_KEY + lang


def lemma(token: Token, lang: str) -> str:
    """Lower-case lemma of ``token`` in ``lang`` (read from the Doc's word lists when sentence_words has made them:
    the same value, without three string lookups per call)."""
    doc = token.doc
    cached = doc.user_data.get(_WORDS_KEYS.get(lang, ""))
    if isinstance(cached, tuple) and len(cached) == 2 and len(cached[0]) == len(doc):
        return cached[0][token.i]
    if lang == "es":
        return spanish_lemma(token.lower_)
    return _english(token)



def word_listed(token: Token, kind: str, lang: str = "en") -> bool:
    """The token's lemma or its written form is in the cue list ``kind``: lists hold either, and the parser's lemma
    of a rare form ("neighbours", "partnering") is not always the one a list writer expects."""
    from detente.analyze.events.lexicon import words

    listed = words(kind)
    return lemma(token, lang) in listed or token.lower_ in listed
