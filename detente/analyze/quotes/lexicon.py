"""Reporting verbs and attribution phrases (English, Spanish), loaded from detente/knowledge/quotes/."""
from __future__ import annotations

import csv
from functools import lru_cache
from typing import Callable
from importlib import resources

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.strings import hash_string
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from detente.analyze.lemma_es import spanish_lemma

KNOWLEDGE = "detente.knowledge.quotes"


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files(KNOWLEDGE).joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=None)
def reporting_verbs(lang: str) -> dict[str, str]:
    """Lemma → kind for ``lang`` (English for languages we do not list): "speech" (say), "cognition" (believe),
    "stance" (support, oppose, show: they report a position or a finding, never a quotation), "inscription"
    (read: what a sign or a letter says, only as the cue of a quotation)."""
    name = f"reporting_verbs_{lang}.tsv"
    if not resources.files(KNOWLEDGE).joinpath(name).is_file():
        name = "reporting_verbs_en.tsv"
    return {row["lemma"]: row["kind"] for row in _rows(name)}


@lru_cache(maxsize=None)
def phrasal_bases(lang: str) -> frozenset[str]:
    """Lemmas listed with a particle or an object ("go on", "fire back", "put it")."""
    return frozenset(entry.split()[0] for entry in reporting_verbs(lang) if " " in entry)


@lru_cache(maxsize=None)
def attribution_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """Phrases that introduce a source ("according to X", "según X"), as lower-case word tuples, longest first."""
    phrases = {tuple(row["phrase"].split()) for row in _rows("attribution_phrases.tsv") if row["lang"] == lang}
    return tuple(sorted(phrases, key=len, reverse=True))


def lemma(token: Token, lang: str) -> str:
    """The token's lemma; the Spanish pipeline runs without a lemmatizer, so simplemma fills in."""
    if lang == "es" or not token.lemma_:
        return spanish_lemma(token.lower_)
    return token.lemma_.lower()


VERB_TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")
VERB_TAG_HASHES = frozenset(hash_string(tag) for tag in VERB_TAGS)  # a string hashes alike in every vocabulary
VERBAL_POS = frozenset((VERB, AUX, NOUN))  # parts of speech a reporting verb may carry (nouns: misread verbs)


def verb_candidates(doc: Doc, lang: str | None = None) -> list[int]:
    """Indexes of the tokens that :func:`reporting_kind` can accept (verbs by part of speech or tag, nouns that may
    be misread verbs), read from the doc's arrays so that no Token object is built for the others; with ``lang``,
    only those whose lemma (or form less its "s") is listed, looked up once per string."""
    rows = doc.to_array([POS, TAG, LEMMA, LOWER]).tolist()
    listed = _listed_strings(lang, doc.vocab.strings) if lang is not None else None
    if listed is None:
        return [i for i, row in enumerate(rows) if row[0] in VERBAL_POS or row[1] in VERB_TAG_HASHES]
    return [i for i, (pos, tag, lemma_hash, lower_hash) in enumerate(rows)
            if (pos in VERBAL_POS or tag in VERB_TAG_HASHES) and listed(lemma_hash, lower_hash)]


_LISTED: dict[tuple[str, int, int], bool] = {}


def _listed_strings(lang: str, strings) -> Callable[[int, int], bool]:
    """Whether a token with these lemma and lower-case hashes may be a reporting verb of ``lang`` (a superset of
    what :func:`reporting_kind` accepts: its lemma, phrasal base or Spanish lemma is listed, or its form less a
    final "s" is)."""
    verbs, bases = reporting_verbs(lang), phrasal_bases(lang)

    def listed(lemma_hash: int, lower_hash: int) -> bool:
        key = (lang, lemma_hash, lower_hash)
        known = _LISTED.get(key)
        if known is None:
            lower = strings[lower_hash]
            lemma_text = strings[lemma_hash] if lemma_hash else ""
            bases_seen = [spanish_lemma(lower)] if lang == "es" or not lemma_text else []
            bases_seen.append(lemma_text.lower())
            known = any(b in verbs or b in bases for b in bases_seen) or lower[:-1] in verbs
            if len(_LISTED) < 500_000:
                _LISTED[key] = known
        return known

    return listed


def reporting_kind(token: Token, lang: str) -> str | None:
    """The kind of a reporting verb ("speech", "cognition", "stance", "inscription"), else None; phrasal verbs
    ("went on", "fired back") are listed with their particle, idioms with their object ("put it")."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in VERB_TAGS:
        if not _verb_read_as_noun(token, lang):
            return None
        return reporting_verbs(lang).get(token.lower_[:-1])
    verbs, base = reporting_verbs(lang), lemma(token, lang)
    if base not in phrasal_bases(lang):
        return verbs.get(base)  # no "went on" / "put it" entry to look for among the children
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "compound:prt")), None)
    if particle is not None and f"{base} {particle}" in verbs:
        return verbs[f"{base} {particle}"]
    if f"{base} it" in verbs and any(c.dep_ in ("dobj", "obj") and c.lower_ == "it" and c.nbor(1).is_punct
                                     for c in token.children if c.i + 1 < len(token.doc)):
        return verbs[f"{base} it"]  # "as X put it, ..." (not "put it on the table")
    return verbs.get(base)


def _verb_read_as_noun(token: Token, lang: str) -> bool:
    """"…,” Bozell notes." — the tagger reads the cue as a plural noun after a name and before the full stop."""
    doc = token.doc
    return (lang == "en" and token.pos_ == "NOUN" and token.lower_.endswith("s") and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].pos_ in ("PROPN", "PRON") and doc[token.i + 1].is_punct)


def quote_cue_kind(token: Token, lang: str) -> str | None:
    """The kind of a verb that can introduce a quotation: speech, cognition or inscription ("…," the sign read),
    not a stance verb."""
    kind = reporting_kind(token, lang)
    return kind if kind in ("speech", "cognition", "inscription") else None


@lru_cache(maxsize=None)
def colon_labels() -> frozenset[str]:
    """Line labels before a colon that name no speaker ("UPDATE:", "Editor's note:", "Q:"), lower case."""
    return frozenset(row["label"] for row in _rows("colon_labels.tsv"))


@lru_cache(maxsize=None)
def source_nouns(lang: str) -> frozenset[str]:
    """Nouns of documents and utterances that report what follows ("In a Des Moines Register poll, …")."""
    return frozenset(row["lemma"] for row in _rows("source_nouns.tsv") if row["lang"] == lang)
