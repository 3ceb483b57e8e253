"""Quarter anaphora in business news: once a story is about a quarter, "a year ago", "the year-earlier period",
"the quarter" or "the 1988 period" name that quarter (or the same quarter a year before), not a calendar year."""
from __future__ import annotations

import re
from functools import lru_cache

from detente.analyze.context import TimeExpression
from detente.analyze.time import calendar as cal
from detente.analyze.time.calendar import Resolution

FOCUS_CHARS = 1000  # a quarter stays the story's focus this many characters after it is named

YEAR_BACK = {
    "en": r"a year (?:ago|earlier|before)|(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+(?:period|quarter|results?))?"
          r"|(?:the\s+)?(?:same|comparable|corresponding|year-ago|year-earlier)\s+(?:period|quarter)(?:,?\s+(?:of\s+|in\s+)?"
          r"(?:last year|a year (?:ago|earlier)|the (?:previous|prior) year))?"
          r"|the (?:period|quarter) a year (?:ago|earlier)|last year's (?:period|quarter)",
    "es": r"hace un ano|un ano antes|(?:el\s+)?mismo (?:periodo|trimestre)(?: (?:del|de un) ano (?:pasado|anterior))?"
          r"|el (?:periodo|trimestre) (?:del|de un) ano (?:pasado|anterior)",
}
SAME = {
    "en": r"(?:the\s+)?(?P<latest>latest\s+|most recent\s+)?(?:period|quarter)",
    "es": r"(?:el\s+)?(?P<latest>ultimo\s+)?(?:periodo|trimestre)",
}
YEARED = {"en": r"the (?P<year>1[0-9]{3}|2[0-9]{3}) (?:period|quarter)", "es": r"el (?:periodo|trimestre) de (?P<year>\d{4})"}


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lang = lang if lang in YEAR_BACK else "en"
    return tuple(re.compile(rf"^(?:{table[lang]})$") for table in (YEAR_BACK, SAME, YEARED))  # type: ignore[return-value]


def is_anaphoric(text: str, lang: str) -> bool:
    """Whether the (cleaned) expression leans on the quarter in focus rather than naming one."""
    return any(p.match(text) for p in _patterns(lang))


def quarter_in_focus(times: list[TimeExpression], offset: int, lang: str, published: str | None = None) -> Resolution | None:
    """The quarter the text is about at ``offset``: the latest quarter named (not by anaphora) shortly before that
    had begun by publication (a forecast for a later quarter is not the period being reported)."""
    anchor = cal.as_date(published)
    for time in reversed(times):
        if time.end > offset:
            continue
        if offset - time.end > FOCUS_CHARS:
            return None
        if time.precision == "quarter" and time.value and not is_anaphoric(_clean(time.text), lang):
            if anchor is None or time.value <= anchor.isoformat():
                return time.value, "quarter"
    return None


def resolve_anaphor(text: str, focus: Resolution | None, lang: str, published: str | None = None) -> Resolution | None:
    """The quarter an anaphoric expression names, given the quarter in focus; None when it is not anaphoric.
    "The latest quarter" is the focus only once that quarter has ended by publication."""
    if focus is None:
        return None
    year_back, same, yeared = _patterns(lang)
    first = cal.as_date(focus[0])
    if first is None:
        return None
    number = (first.month - 1) // 3 + 1
    if year_back.match(text):
        return cal.quarter(first.year - 1, number)
    if m := same.match(text):
        anchor = cal.as_date(published)
        ended = anchor is None or cal.shifted(first, "quarter", 1)[0] <= anchor.isoformat()
        return focus if ended or not m["latest"] else None
    if m := yeared.match(text):
        return cal.quarter(int(m["year"]), number)
    return None


def _clean(text: str) -> str:
    from detente.analyze.time.rules import clean

    return clean(text)
