"""TIMEX3 values (TimeML): the calendar resolution written as 1998-02-06, 1998-W05, 1998-02, 1998-Q3 or 1998, plus
what the calendar contract cannot hold: seasons, halves, decades, centuries and PRESENT/PAST/FUTURE_REF."""
from __future__ import annotations

from datetime import date

from detente.analyze.time import calendar as cal
from detente.analyze.time.anaphora import resolve_anaphor
from detente.analyze.time.calendar import Resolution
from detente.analyze.time.periods import period_timex, reference, spelled_years
from detente.analyze.time.reference import resolve_back_reference
from detente.analyze.time.rules import clean, patterns, resolve_expression


def write_timex(resolved: Resolution | None) -> str | None:
    """(ISO start, precision) written as a TIMEX3 value."""
    if resolved is None:
        return None
    value, precision = resolved
    day = date.fromisoformat(value)
    if precision == "week":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}"
    if precision == "quarter":
        return f"{value[:4]}-Q{(day.month - 1) // 3 + 1}"
    return {"day": value, "month": value[:7], "year": value[:4]}.get(precision)


def timex_value(text: str, published: str | date | None, lang: str = "en", tense: str = "past",
                quarter_focus: Resolution | None = None, story_time: Resolution | None = None) -> str | None:
    """The TIMEX3 value of one expression read from the publication date, the clause tense, the quarter the
    story is about (see ``anaphora.quarter_in_focus``) and the story's time ``story_time`` that back-references
    lean on (see ``reference.reference_time``); None when it names no period we can write."""
    anchor = cal.as_date(published)
    if anchor is None or not text:
        return None
    lang = lang if lang in ("en", "es") else "en"
    folded = spelled_years(clean(text), lang)
    leading = patterns(lang).leading
    for _ in range(3):  # leading prepositions peel off one at a time, as in resolve_expression
        found = (reference(folded, lang) or period_timex(folded, anchor, lang, tense)
                 or write_timex(resolve_anaphor(folded, quarter_focus, lang, str(anchor)))
                 or write_timex(resolve_back_reference(folded, story_time, lang, anchor)))
        if found:
            return found
        stripped = leading.sub("", folded)
        if stripped == folded:
            break
        folded = stripped
    return write_timex(resolve_expression(text, published, lang, tense))
