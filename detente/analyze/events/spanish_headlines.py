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


SENTENCE_VERB = re.compile(r"(?:^|[.!?:;]\s+|\s[-–—]\s+)[\"'«“¡¿(]*([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{3,})\b")
VERB_ENDINGS = ("ar", "er", "ir")


def lower_leading_verbs(text: str) -> str:
    """``text`` with the capital taken off each sentence-initial verb of an event ("Protestan maestros en Lima",
    "Rechaza Venezuela acusaciones de Colombia", "Bloquean transportistas la Panamericana"): the small parser takes
    a capitalised first word it does not know for a name and parses no verb; in lower case it finds the verb and its
    subject. Only verbs whose infinitive is a Spanish verb cue or a light verb ("Inician huelga los médicos"), so
    names stay ("Salta", "Lima"), and so does an event noun opening a name with a capitalised adjective ("Marcha
    Patriótica denunció ...", outside title-case headlines). Same length, so offsets still line up."""
    if not SENTENCE_VERB.search(text):
        return text
    chars = list(text)
    title_case = _title_case(text)
    for match in SENTENCE_VERB.finditer(text):
        start = match.start(1)
        if leading_verb(match.group(1).lower()) and not _starts_name(text, start) \
                and not (not title_case and _noun_form(match.group(1).lower()) and _capital_follows(text, match.end(1))):
            chars[start] = chars[start].lower()
    return "".join(chars)


CAPITALISED = re.compile(r"\s+[\"'«“(]*([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)")
LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
ADJECTIVE_ENDINGS = ("ica", "ico", "icas", "icos", "ista", "istas", "al", "ales", "ana", "ano", "anas", "anos", "ense",
                     "enses", "iva", "ivo", "ivas", "ivos", "aria", "ario", "arias", "arios", "osa", "oso", "osas", "osos")
TITLE_SHARE = 0.6  # share of capitalised long words above which a line is a title-case headline


def _title_case(text: str) -> bool:
    """Most long words are capitalised ("Protestan Maestros En Lima Por Salarios"): a title-case headline."""
    long_words = LONG_WORD.findall(text)
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) > TITLE_SHARE


def _noun_form(word: str) -> bool:
    """The word is also a Spanish event noun of the lexicon ("marcha", "paro", "protesta"), so it may head a name."""
    from detente.analyze.events.lexicon import cues_by_trigger

    return any(cue.pos == "N" for cue in cues_by_trigger("es").get(word, ()))


def _capital_follows(text: str, end: int) -> bool:
    """The word after the leading one is a capitalised adjective that no known name starts ("Marcha Patriótica
    denunció ...", "Paro Cívico Nacional ..."): the two open a multiword name, not a verb and its subject, which is a
    noun ("Rechaza Gobierno propuesta", "Protestan Indígenas en Quito") or a known name ("Rechaza Venezuela ...")."""
    following = CAPITALISED.match(text, end)
    return following is not None and following.group(1).lower().endswith(ADJECTIVE_ENDINGS) \
        and not _starts_name(text, following.start(1))


NAME_WORDS = re.compile(r"\S+")
MAX_NAME_WORDS = 4  # "Corea del Norte", "República Democrática del Congo"


def _starts_name(text: str, start: int) -> bool:
    """The word at ``start`` opens a name the actor knowledge knows ("Corea del Norte": "corea" is also a form of
    "corear"), by the test the casing of shouted headlines uses."""
    from detente.analyze.casing import is_known_name

    words = [m.group(0).strip(".,;:!?\"'»)") for m in NAME_WORDS.finditer(text, start)][:MAX_NAME_WORDS]
    return any(is_known_name(" ".join(words[:width]).lower(), "es") for width in range(1, len(words) + 1))


@lru_cache(maxsize=4096)
def leading_verb(word: str) -> bool:
    """A finite form of a Spanish verb cue or light verb ("protestan", "rechaza", "condena", "inician"); not the cue
    nouns spelled like a verb form when no verb reading exists."""
    from detente.analyze.events.lexicon import cues_by_trigger, words

    lexicon = cues_by_trigger("es")
    light = words("light")
    lemma_ = spanish_lemma(word)
    candidates = [lemma_] if lemma_.endswith(VERB_ENDINGS) and lemma_ != word else []
    if word.endswith(("a", "e")) and not candidates:  # "condena", "denuncia", "amenaza": simplemma gives the noun
        candidates = [word[:-1] + ending for ending in VERB_ENDINGS]
    return any(c in light or any(cue.pos == "V" for cue in lexicon.get(c, ())) for c in candidates)
