"""All-capital Spanish headlines ("ONG PROTESTAN POR REDUCCION DE FONDOS"): the small Spanish model tags every
word of them PROPN and parses no verb, so no event can be read. For event coding only, such a paragraph is parsed
again in lower case (same length, so every character offset and every resolved actor still lines up)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span as SpacySpan

from detente.analyze.context import ParsedParagraph

MIN_LETTERS = 8  # "EEUU:" or "AFP" alone is no headline
UPPER_SHARE = 0.8  # share of capital letters among the sentence's letters


def is_shouted(text: str) -> bool:
    """Most letters are capitals and there are enough of them to be a headline rather than an acronym."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= UPPER_SHARE


def lowered_text(text: str) -> str | None:
    """Lower-case ``text`` keeping its first letter a capital; None when lower-casing changes its length. Headlines
    written without any accent ("EL SENADO PROTESTO POR EL FALLO") get the preterite accent back on cue verbs."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    if not any(c in ACCENTED for c in lowered):
        lowered = WORD.sub(lambda m: m.group(0) if _after_determiner(lowered, m.start()) else preterite(m.group(0)), lowered)
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), None)
    if first is None:
        return None
    return lowered[:first] + lowered[first].upper() + lowered[first + 1 :]


ACCENTED = set("áéíóúü")
WORD = re.compile(r"\b\w{4,}o\b")
DETERMINERS = {"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "ese", "esa", "del", "al"}


def _after_determiner(text: str, start: int) -> bool:
    """The word at ``start`` follows a determiner ("el asesino"): a noun, not a verb."""
    previous = text[:start].split()
    return bool(previous) and previous[-1] in DETERMINERS


@lru_cache(maxsize=4096)
def preterite(word: str) -> str:
    """"protesto" → "protestó" when only the accented form is a Spanish cue verb (the third-person preterite of
    headlines); a word that is a cue word itself ("rechazo", "bloqueo", "paro") stays as it is."""
    from detente.analyze.events.lemmas import _spanish
    from detente.analyze.events.lexicon import cues_by_trigger

    lexicon = cues_by_trigger("es")
    if _spanish(word) in lexicon or word.endswith(("ado", "ido")):
        return word  # a cue word itself, or a participle ("condenado")
    accented = word[:-1] + "ó"
    cues = lexicon.get(_spanish(accented), ())
    return accented if any(c.pos == "V" for c in cues) else word


@lru_cache(maxsize=256)
def _parse(text: str) -> Doc:
    from detente.analyze.nlp import load_pipeline

    return load_pipeline("es")(text)


def recased(parsed: ParsedParagraph) -> ParsedParagraph:
    """The paragraph to code events from: itself, or for a shouted Spanish headline its lower-case parse (the
    model also splits shouted lines at random, so the whole paragraph is parsed again, with the same offset)."""
    if parsed.lang != "es" or not is_shouted(parsed.text or ""):
        return parsed
    text = lowered_text(parsed.text or "")
    if text is None:
        return parsed
    return ParsedParagraph(index=parsed.index, lang=parsed.lang, offset=parsed.offset, doc=_parse(text))


def recase_headlines(sentences: Iterable[tuple[ParsedParagraph, SpacySpan]]) -> Iterator[tuple[ParsedParagraph, SpacySpan]]:
    """``analysis.sentences()`` with the sentences of shouted Spanish headlines taken from their lower-case parse."""
    seen: dict[int, ParsedParagraph | None] = {}  # paragraph → its lower-case parse (None: already yielded)
    for parsed, sent in sentences:
        if parsed.lang != "es":
            yield parsed, sent
            continue
        if id(parsed) not in seen:
            seen[id(parsed)] = recased(parsed)
        again = seen[id(parsed)]
        if again is parsed:
            yield parsed, sent
        elif again is not None:
            seen[id(parsed)] = None
            yield from ((again, s) for s in again.sents)
