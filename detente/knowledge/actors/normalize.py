"""Phrase keys shared by the knowledge base and the token matcher: case-folded, accent-free, hyphen-split."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SPLIT = re.compile(r"[\s\-‐‑–—]+")
ARABIC_ARTICLE = {"el": "al", "ul": "al"}  # "Omar El Bashir" is "Omar al-Bashir"
# word endings that transliterations of one name spell differently: "Nizhniy"/"Nizhny", "Kryvyi"/"Kryvyy"
TRANSLITERATED_ENDING = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:iy|yy|yi|ij|ii)\b")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# letters that Unicode does not decompose into a base letter and an accent ("Diyarbakır", "Łódź", "Tromsø")
UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                              "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d"})


@lru_cache(maxsize=200_000)
def token_key(text: str) -> str:
    """The key of one token: lower case, no accents, curly apostrophes straightened; '' for hyphens."""
    text = text.translate(APOSTROPHES)
    if "-" in text or "–" in text:
        text = text.replace("–", "-").strip("-")
        if not text:
            return ""
    if not text.isascii():
        text = text.translate(UNDECOMPOSED)
    decomposed = unicodedata.normalize("NFKD", text)
    key = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    key = ARABIC_ARTICLE.get(key, key)
    return _name_variants().get(key, key)


@lru_cache(maxsize=1)
def _name_variants() -> dict[str, str]:
    """Transliteration variants of names → one form ('Mohamed' → 'muhammad', 'Zelenskyy' → 'zelensky')."""
    from pathlib import Path

    path = Path(__file__).with_name("name_variants.tsv")
    variants: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#") and "\t" in line:
            variant, canonical = line.split("\t")[:2]
            if variant.strip() != "variant":
                variants[variant.strip()] = canonical.strip()
    return variants


@lru_cache(maxsize=200_000)
def phrase_key(text: str) -> str:
    """The key of a phrase as spaCy would tokenize it: words split on spaces and hyphens, "'s" apart."""
    words: list[str] = []
    for part in SPLIT.split(text.translate(APOSTROPHES)):
        if not part:
            continue
        if len(part) > 2 and part.lower().endswith("'s"):
            words.extend([part[:-2], "'s"])
        elif len(part) > 1 and part.endswith("'"):
            words.extend([part[:-1], "'"])
        else:
            words.append(part)
    return " ".join(k for k in (token_key(w) for w in words) if k)


@lru_cache(maxsize=200_000)
def place_key(key: str) -> str:
    """A place key with transliterated endings made one ("kryvyi rih" and "kryvyy rih" → "kryvy rih")."""
    return TRANSLITERATED_ENDING.sub("y", key) if "i" in key or "y" in key else key
