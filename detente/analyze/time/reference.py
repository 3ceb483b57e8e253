"""Story time: "that year", "the following month", "the next day", "two days later", "then", "ese año", "al día
siguiente" point back at the period the story last named (its reference time), not at the publication date.

The reference time at a point of the text is the latest expression before it that resolved to a calendar period,
within ``FOCUS_CHARS``; back-references resolve from it, and being resolved they move it in turn ("the next day
... two days later"). With no reference time in reach a back-reference is read from the publication date.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from detente.analyze.context import TimeExpression
from detente.analyze.time import calendar as cal
from detente.analyze.time.calendar import Resolution
from detente.analyze.time.lexicon import alternation, lexicon
from detente.analyze.time.rules import HEDGES, patterns

FOCUS_CHARS = 1500  # the story's time holds this many characters after it is named
FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5, "decade": 6, "century": 7}
BACKWARD = {"earlier", "before", "previously", "antes"}


def reference_time(times: list[TimeExpression], offset: int) -> Resolution | None:
    """The period the story is at, at article offset ``offset``: the latest resolved expression ending before it."""
    for time in reversed(times):
        if time.end > offset:
            continue
        if offset - time.end > FOCUS_CHARS:
            return None
        if time.value and time.precision:
            return time.value, time.precision
    return None


@lru_cache(maxsize=None)
def counted_pattern(lang: str) -> re.Pattern:
    """"two days later", "a year earlier", "tres semanas después": a count of units from the story's time."""
    lang = lang if lang in ("en", "es") else "en"
    lex = lexicon(lang)
    num = rf"\d+|{alternation(lex.numbers)}"
    unit = alternation(lex.units)
    if lang == "es":
        return re.compile(rf"^(?:{HEDGES[lang]}\s+)?(?P<n>{num})\s+(?P<unit>{unit})\s+(?P<dir>despues|mas tarde|antes)$")
    return re.compile(rf"^(?:{HEDGES[lang]}\s+)?(?P<n>{num})\s+(?P<unit>{unit})\s+(?P<dir>later|after|afterwards?|earlier|before)$")


@lru_cache(maxsize=None)
def cue_pattern(lang: str) -> re.Pattern:
    """A word that every back-reference holds ("that", "following", "later", "ese", "siguiente"...): a cheap
    test before the phrase tables."""
    lex = lexicon(lang)
    common = {"the", "a", "at", "el", "la", "al", "en", "de", "same", "day", "week", "month", "year", "morning",
              "night", "evening", "afternoon", "ano", "dia", "mes", "semana", "manana", "tarde", "noche"}
    words = {w for phrase in lex.back for w in phrase.split()} - common
    words |= BACKWARD | {"later", "after", "afterward", "afterwards", "despues", "tarde", "same", "mismo", "misma"}
    return re.compile(rf"\b(?:{alternation(words)})\b")


def resolve_back_reference(text: str, reference: Resolution | None, lang: str, published: str | date | None) -> Resolution | None:
    """The period a back-reference (cleaned, folded text) names from the story's ``reference`` time; None when the
    text is no back-reference or the reference is too coarse for it ("the next day" after "in 1988")."""
    lang = lang if lang in ("en", "es") else "en"
    if not cue_pattern(lang).search(text):
        return None
    lex = lexicon(lang)
    leading = patterns(lang).leading
    for _ in range(3):  # "on the next day", "a finales de ese año": leading words peel off one at a time
        if text in lex.back:
            unit, offset = lex.back[text]
            if reference is None and unit != "any":
                anchor = cal.as_date(published)
                reference = cal.day(anchor) if anchor else None
            return moved(reference, unit, offset)
        if reference is not None and (m := counted_pattern(lang).match(text)):
            count = int(m["n"]) if m["n"].isdigit() else lex.numbers.get(m["n"])
            if count is None:
                return None
            return moved(reference, lex.units[m["unit"]], -count if m["dir"] in BACKWARD else count)
        stripped = leading.sub("", text)
        if stripped == text:
            break
        text = stripped
    return None


def moved(reference: Resolution | None, unit: str, offset: int) -> Resolution | None:
    """The ``unit``-long period ``offset`` units from the reference period; "any" is the reference itself."""
    if reference is None:
        return None
    if unit == "any":
        return reference
    value, precision = reference
    if unit not in FINENESS or FINENESS.get(precision, 9) > FINENESS[unit]:
        return None
    return cal.shifted(date.fromisoformat(value), unit, offset)
