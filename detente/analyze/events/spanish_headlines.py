"""Spanish headlines written in capitals without any accent ("EL SENADO PROTESTO POR EL FALLO"): once
:mod:`detente.analyze.casing` has lowered them for parsing, the preterite accent comes back on cue verbs, so that
"protesto" (I protest) is read as "protestó" (it protested). Same length, so offsets still line up."""
from __future__ import annotations

import re
from functools import lru_cache

from detente.analyze.lemma_es import spanish_lemma


def restore_accents(lowered: str) -> str:
    """``lowered`` with "-o" cue verbs in the preterite ("denuncio" → "denunció") when it has no accent at all
    (a headline that dropped them), never after a determiner ("el asesino") or on a participle."""
    if any(c in ACCENTED for c in lowered):
        return lowered
    return WORD.sub(lambda m: m.group(0) if _after_determiner(lowered, m.start()) else preterite(m.group(0)), lowered)


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
    from detente.analyze.events.lexicon import cues_by_trigger

    lexicon = cues_by_trigger("es")
    if spanish_lemma(word) in lexicon or word.endswith(("ado", "ido")):
        return word  # a cue word itself, or a participle ("condenado")
    accented = word[:-1] + "ó"
    cues = lexicon.get(spanish_lemma(accented), ())
    return accented if any(c.pos == "V" for c in cues) else word
