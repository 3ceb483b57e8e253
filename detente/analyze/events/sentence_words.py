"""Our lemma and the coarse part of speech of every word, read from spaCy's arrays once per parsed paragraph.

The events stage scans every sentence several times (cue lemmas, verbs of saying, of leaving, of giving, nouns);
creating a spaCy Token object for each word on each scan was most of its cost. These lists let the scans look at
plain strings and build a Token only where a cue word stands.
"""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span as SpacySpan, Token

from detente.analyze.events.lemmas import english_lemma
from detente.analyze.lemma_es import spanish_lemma

CACHE_KEY = "detente_events_words_"  # + language, in Doc.user_data
_ENGLISH: dict[tuple[int, int, int], str] = {}  # (lemma, lower, tag) hashes → our lemma
MAX_MEMO = 200_000


def doc_words(doc: Doc, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Per token of the Doc (by ``token.i``): our lemma (lemmas.lemma) and spaCy's coarse POS; read once and kept
    with the Doc (plain tuples of strings, so the Doc still serialises)."""
    key = CACHE_KEY + lang
    cached = doc.user_data.get(key)
    if isinstance(cached, tuple) and len(cached) == 2 and len(cached[0]) == len(doc):
        return cached
    words = _read(doc, lang)
    doc.user_data[key] = words
    return words


def has_lower(doc: Doc, words: frozenset[str] | set[str]) -> bool:
    """One of ``words`` is the lower-case form of a word of the Doc (``token.lower_``): the Doc's distinct
    lower-case hashes are read once and kept with it, so the test builds no Token."""
    key = CACHE_KEY + "lower"
    hashes = doc.user_data.get(key)
    if not isinstance(hashes, tuple):
        hashes = tuple(set(doc.to_array([LOWER]).tolist())) if len(doc) else ()
        doc.user_data[key] = hashes
    strings = doc.vocab.strings
    return any(strings[word] in hashes for word in words)


def sentence_words(sent: SpacySpan, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lemmas, POS tags) of the sentence's tokens, in order."""
    lemmas, pos = doc_words(sent.doc, lang)
    return lemmas[sent.start : sent.end], pos[sent.start : sent.end]


def sentence_lowers(sent: SpacySpan) -> tuple[str, ...]:
    """The lower-case form (``token.lower_``) of each word of the sentence, read from the Doc's array once."""
    doc = sent.doc
    key = CACHE_KEY + "lowers"
    cached = doc.user_data.get(key)
    if not (isinstance(cached, tuple) and len(cached) == len(doc)):
        strings = doc.vocab.strings
        cached = tuple(strings[h] for h in doc.to_array([LOWER]).tolist()) if len(doc) else ()
        doc.user_data[key] = cached
    return cached[sent.start : sent.end]


def token_at(doc: Doc, char: int) -> Token | None:
    """The token whose text covers Doc character ``char`` (None on whitespace): a binary search, not a scan."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx <= char:
            low = middle + 1
        else:
            high = middle
    if low == 0:
        return None
    token = doc[low - 1]
    return token if char < token.idx + len(token.text) else None


def _read(doc: Doc, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not len(doc):
        return (), ()
    lemma_hashes, lower_hashes, tag_hashes, pos_ids = doc.to_array([LEMMA, LOWER, TAG, POS]).T.tolist()
    strings = doc.vocab.strings
    if lang == "es":
        lemmas = tuple(spanish_lemma(strings[h]) for h in lower_hashes)
    else:
        if len(_ENGLISH) > MAX_MEMO:
            _ENGLISH.clear()
        keys = list(zip(lemma_hashes, lower_hashes, tag_hashes))
        found = list(map(_ENGLISH.get, keys))
        for position, value in enumerate(found):
            if value is None:
                lemma_hash, lower_hash, tag_hash = keys[position]
                value = english_lemma(strings[lemma_hash] if lemma_hash else "", strings[lower_hash],
                                      strings[tag_hash] if tag_hash else "")
                _ENGLISH[keys[position]] = found[position] = value
        lemmas = tuple(found)
    name = POS_NAMES.get
    return lemmas, tuple([name(p, "") for p in pos_ids])
