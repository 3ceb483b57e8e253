"""The rule layer in front of dateparser: news date expressions in English and Spanish resolved exactly.

dateparser misses or misreads many Spanish forms ("el martes pasado", "hace dos días", "esta mañana" read as
tomorrow) and ignores tense; these rules read the expression against the publication date and the tense.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from detente.analyze.time import calendar as cal
from detente.analyze.time.calendar import Resolution
from detente.analyze.time.dateparse import parse_expression
from detente.analyze.time.lexicon import alternation, fold, lexicon
from detente.analyze.time.periods import spelled_years

LEADING = {
    "en": r"(?:on|in|at|during|since|until|till|by|from|of|as of|for|before|after|through|starting|around|about"
    r"|earlier|later|late|early|the end of|the beginning of|the start of|the middle of|end of|fiscal)",
    "es": r"(?:en|desde|hasta|durante|a partir de|para|a|de|del|antes de|despues de|principios de|mediados de"
    r"|finales de|fines de|comienzos de|inicios de)",
}
HEDGES = {
    "en": r"(?:about|around|nearly|almost|some|more than|less than|just|only|roughly|at least)",
    "es": r"(?:unos|unas|casi|mas de|menos de|apenas|solo|al menos|poco mas de)",
}
PERIOD_EDGE = {
    "en": r"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of)[\s-]*)",
    "es": r"(?:(?:principios|mediados|finales|fines|comienzos|inicios) de\s+)",
}
DIRECTIONS = ("past", "future", "present")


def quarter_expression(lang: str, ordinal: str, year: str) -> str:
    """A named quarter ("the third quarter", "its fiscal-first quarter", "next year's first quarter", "the final
    quarter of 2025", "el tercer trimestre de 2025"), unanchored: the rule layer reads its groups and the detector
    finds it in running text with the same words. ``year`` is the caller's year regex (read as the group "year")."""
    if lang == "es":
        return rf"(?:el\s+)?(?P<ord>{ordinal})\s+trimestre(?:\s+(?:de|del)\s+(?:ano\s+)?{year})?"
    return (rf"(?:(?:the|its|their)\s+)?(?:(?P<year2>1[0-9]{{3}}|2[0-9]{{3}})\s+|(?P<rel2>this|next|last) year's\s+"
            rf"|(?P<ago>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?(?P<ord>{ordinal}|last)(?:[\s-]+(?:fiscal|calendar))?"
            rf"[\s-]+quarter(?:\s+of\s+(?:fiscal\s+)?(?P<rel>last|next|this)\s+year|(?:\s+of\s+(?:fiscal\s+)?|,?\s+){year})?")


class Patterns:
    """Compiled regexes of one language, built from its lexicon."""

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        self.lex = lex
        wd, mo = alternation(lex.weekdays), alternation(lex.months)
        num = rf"\d+|{alternation(lex.numbers)}"
        unit, part, mod = alternation(lex.units), alternation(lex.parts), alternation(lex.modifiers)
        edge = PERIOD_EDGE[lang]
        hedge = HEDGES[lang]
        yr = r"(?P<year>1[0-9]{3}|2[0-9]{3})"
        self.leading = re.compile(rf"^{LEADING[lang]}\s+")
        ordinal = alternation(lex.ordinals)
        if lang == "es":
            self.ago = re.compile(rf"^hace\s+(?:{hedge}\s+)?(?P<n>{num})\s+(?P<unit>{unit})$")
            self.ahead = re.compile(rf"^(?:dentro de|en)\s+(?:{hedge}\s+)?(?P<n>{num})\s+(?P<unit>{unit})$")
            self.weekday = re.compile(
                rf"^(?:(?:el|este|esta)\s+)?(?:(?P<mod>{mod})\s+)?(?P<wd>{wd})(?:\s+(?P<mod2>{mod}))?(?:\s+(?P<part>{part}))?$"
            )
            self.day_month = re.compile(
                rf"^(?:el\s+)?(?:(?:{wd}),?\s+)?(?P<day>\d{{1,2}}|primero)(?:\s+de)?\s+(?P<month>{mo})(?:,?\s+(?:de|del)\s+{yr})?$"
            )
            self.month_year = re.compile(rf"^{edge}?(?:el mes de\s+)?(?P<month>{mo})(?:\s+(?P<mod>{mod}))?(?:\s+(?:de|del)\s+{yr})?$")
            self.year_only = re.compile(rf"^{edge}?(?:el\s+)?(?:ano\s+)?{yr}$")
            self.quarter = re.compile(rf"^{edge}?{quarter_expression(lang, ordinal, yr)}$")
            self.month_day = None
        else:
            self.ago = re.compile(rf"^(?:{hedge}\s+)?(?P<n>{num})\s+(?P<unit>{unit})\s+(?:ago|earlier|before)$")
            self.ahead = re.compile(rf"^(?:in|within)\s+(?:{hedge}\s+)?(?P<n>{num})\s+(?P<unit>{unit})(?:'s time)?$")
            self.weekday = re.compile(
                rf"^(?:(?:early|late)\s+)?(?:(?P<mod>{mod}|this)\s+)?(?P<wd>{wd})(?:\s+(?P<part>{part}))?$"
            )
            self.day_month = re.compile(
                rf"^(?:(?:{wd}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{mo})(?:,?\s+{yr})?$"
            )
            self.month_day = re.compile(
                rf"^(?:(?:{wd}),?\s+)?(?P<month>{mo})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{yr})?$"
            )
            self.month_year = re.compile(
                rf"^{edge}?(?:(?P<mod>{mod}|this)\s+)?(?P<month>{mo})(?:,?\s+(?:of\s+)?(?:{yr}|(?P<rel>last|next|this) year))?$"
            )
            self.year_only = re.compile(rf"^{edge}?(?:the\s+)?(?:(?:calendar\s+)?year\s+)?{yr}$")
            self.quarter = re.compile(rf"^{edge}?{quarter_expression(lang, ordinal, yr)}$")
        self.iso = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
        self.numeric = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4}|\d{2})$")
        self.duration = re.compile(rf"^(?:{hedge}\s+)?(?:the\s+)?(?:past\s+|last\s+|next\s+|ultimos\s+|proximos\s+)?(?:{num})\s+(?:{unit})$|^\d{{1,3}}$")
        self.worth_parsing = re.compile(rf"\d|\b(?:{wd}|{mo})\b")  # unit words alone are durations
        # a clock time ("1:05 a.m.", "at 3 p.m. local time", "las 10:30 horas") names an hour, not a day
        self.clock = re.compile(r"(?<![\w:.])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
                                r"|(?<![\w:.])\d{1,2}:\d{2}(?![\w:])")
        self.clock_words = re.compile(r"\b(?:local time|hora local|gmt|utc|horas|hrs)\b")

    def number(self, text: str) -> int | None:
        return int(text) if text.isdigit() else self.lex.numbers.get(text)


@lru_cache(maxsize=None)
def patterns(lang: str) -> Patterns:
    return Patterns(lang if lang in ("en", "es") else "en")


SPACES = re.compile(r"\s+")
POSSESSIVE = re.compile(r"(?:'s|’s)$")


def clean(text: str) -> str:
    """Folded, single-spaced, without surrounding punctuation or a possessive."""
    text = SPACES.sub(" ", fold(text)).strip(" \t\n,;:()\"'`’“”")
    return POSSESSIVE.sub("", text)


@lru_cache(maxsize=8192)
def resolve_expression(
    text: str, published: str | date | None, lang: str = "en", tense: str = "past"
) -> Resolution | None:
    """(ISO start of the period, precision) of a temporal expression read from the publication date.

    ``tense`` ("past", "future" or "present") of the clause decides which way bare names point: in a
    past-tense report "Tuesday" is the latest Tuesday on or before publication, in a future one the next;
    with no tense ("present") a weekday still points back (news reports the past), a month or day the nearest.
    """
    anchor = cal.as_date(published)
    if anchor is None or not text:
        return None
    tense = tense if tense in DIRECTIONS else "past"
    rules = patterns(lang)
    folded = spelled_years(clean(text), lang)
    if rules.clock.search(folded):
        # "1:05 a.m." alone names no day (dateparser would move it to another one); "4 a.m. on Sunday" is Sunday
        folded = clean(rules.clock_words.sub(" ", rules.clock.sub(" ", folded)))
        if not folded:
            return None
        return None if rules.clock.search(folded) else resolve_expression(folded, published, lang, tense)
    for _ in range(3):  # "until early January" → "early January": leading words peel off one at a time
        found = _by_rules(folded, anchor, rules, tense)
        if found is not None:
            return found
        stripped = rules.leading.sub("", folded)
        if stripped == folded:
            break
        folded = stripped
    if rules.duration.match(folded):  # "14 years", "the past two weeks", a bare "24": no calendar period
        return None
    if rules.worth_parsing.search(folded):
        return parse_expression(folded, anchor, lang if lang in ("en", "es") else "en", "future" if tense == "future" else "past")
    return None


def _by_rules(text: str, anchor: date, rules: Patterns, tense: str) -> Resolution | None:
    lex = rules.lex
    if text in lex.relative:
        unit, offset = lex.relative[text]
        return cal.shifted(anchor, unit, offset)
    if (m := rules.ago.match(text)) and (n := rules.number(m["n"])) is not None:
        return _offset(anchor, lex.units[m["unit"]], -n)
    if (m := rules.ahead.match(text)) and (n := rules.number(m["n"])) is not None:
        return _offset(anchor, lex.units[m["unit"]], n)
    if m := rules.weekday.match(text):
        modifier = m["mod"] or (m.groupdict().get("mod2"))
        direction = {"past": "before", "future": "after"}.get(lex.modifiers.get(modifier or ""), tense)
        direction = "past" if direction == "present" else direction
        day = cal.weekday_near(anchor, lex.weekdays[m["wd"]], direction)
        if (modifier or "") in lex.not_yesterday and day == anchor - timedelta(days=1):
            day -= timedelta(days=7)  # "last Monday" in a Tuesday story: the Monday of the week before
        return cal.day(day)
    for pattern in (rules.day_month, rules.month_day):
        if pattern is not None and (m := pattern.match(text)):
            day_number = 1 if m["day"] == "primero" else int(m["day"])
            month_number = lex.months[m["month"]]
            if m["year"]:
                return cal.full_date(int(m["year"]), month_number, day_number)
            return cal.day_month_near(anchor, day_number, month_number, tense)
    if m := rules.quarter.match(text):
        return _quarter(anchor, m, lex, tense)
    if m := rules.month_year.match(text):
        return _month(anchor, m, lex, tense)
    if m := rules.year_only.match(text):
        return cal.year(int(m["year"]))
    if m := rules.iso.match(text):
        return cal.full_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if m := rules.numeric.match(text):
        first, second = int(m["a"]), int(m["b"])
        month_number, day_number = (second, first) if rules.lex is lexicon("es") else (first, second)
        year_number = int(m["year"]) if len(m["year"]) == 4 else _century(int(m["year"]), anchor)
        return cal.full_date(year_number, month_number, day_number)
    return None


def _offset(anchor: date, unit: str, n: int) -> Resolution:
    if unit == "day":
        return cal.day(anchor + timedelta(days=n))
    return cal.shifted(anchor, unit, n)


def _month(anchor: date, m: re.Match, lex, tense: str) -> Resolution:
    month_number = lex.months[m["month"]]
    if m["year"]:
        return cal.month(int(m["year"]), month_number)
    relative = m.groupdict().get("rel")
    if relative:
        return cal.month(anchor.year + {"last": -1, "next": 1}.get(relative, 0), month_number)
    modifier = lex.modifiers.get(m["mod"] or "")
    direction = {"past": "before", "future": "after"}.get(modifier or "", tense)
    return cal.month_near(anchor, month_number, direction)


def _quarter(anchor: date, m: re.Match, lex, tense: str) -> Resolution:
    """A named quarter; "the last quarter" with no year is the previous one, with a year the fourth."""
    groups = m.groupdict()
    year_text = m["year"] or groups.get("year2")
    relative = groups.get("rel") or groups.get("rel2") or ("last" if groups.get("ago") else None)
    if m["ord"] == "last" and not (year_text or relative):
        return cal.shifted(anchor, "quarter", -1)
    number = lex.ordinals.get(m["ord"], 4)
    if year_text:
        return cal.quarter(int(year_text), number)
    if relative:
        return cal.quarter(anchor.year + {"last": -1, "next": 1}.get(relative, 0), number)
    return cal.quarter_near(anchor, number, tense)


def _century(two_digits: int, anchor: date) -> int:
    """A two-digit year in the century that puts it nearest the publication year."""
    candidates = [(anchor.year // 100 + k) * 100 + two_digits for k in (-1, 0)]
    return min(candidates, key=lambda y: abs(y - anchor.year))
