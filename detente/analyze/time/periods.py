"""Periods beyond the calendar contract, written as TIMEX3 values: seasons (1998-SU), halves (1990-H1), decades
(199), centuries (19), present/past/future references, and spelled-out years ("nineteen ninety-six" → 1996)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from detente.analyze.time import calendar as cal
from detente.analyze.time.lexicon import Lexicon, alternation, lexicon

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season (northern meteorological seasons)
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


class PeriodPatterns:
    """Compiled regexes of one language for seasons, halves, decades and centuries (on cleaned, folded text)."""

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        self.lex = lex
        seasons, decades, mod = alternation(lex.seasons), alternation(lex.decades), alternation(lex.modifiers)
        if lang == "es":
            rel = r"(?P<rel>pasado|anterior|proximo|actual|que viene)"
            self.season = re.compile(
                rf"^(?:(?:el|este|esta|la)\s+)?(?:(?P<mod>{mod})\s+)?(?P<season>{seasons})(?:\s+(?P<mod2>{mod}))?"
                rf"(?:\s+(?:de|del)\s+(?:ano\s+)?(?:(?P<year>\d{{4}})|{rel}))?$")
            self.half = re.compile(
                rf"^(?:el\s+|la\s+)?(?:(?P<half>primer|primero|segundo)\s+semestre|(?P<half2>primera|segunda)\s+mitad)"
                rf"(?:\s+(?:de|del)\s+(?:ano\b\s*)?(?:(?P<year>\d{{4}})|{rel})?)?$")
            self.decade = re.compile(
                rf"^(?:(?:la\s+)?decada\s+de\s+(?:los\s+)?(?:anos\s+)?|(?:los\s+)?anos\s+|los\s+(?=[a-z]))"
                rf"(?:(?P<full>1[0-9]{{2}}0|20[0-9]0)|(?P<short>[0-9]0)|(?P<word>{decades}))$")
            self.century = re.compile(r"^(?:el\s+)?siglo\s+(?:(?P<roman>[ivxlc]+)|(?P<n>\d{1,2}))$")
        else:
            rel = r"(?P<rel>last|next|this) year"
            edge = r"(?:(?:early|late|mid)[\s-]*)?"
            self.season = re.compile(
                rf"^(?:the\s+)?{edge}(?:(?P<mod>{mod}|this)\s+)?{edge}(?P<season>{seasons})"
                rf"(?:\s+(?:of\s+)?(?:(?P<year>\d{{4}})|{rel}))?$")
            self.half = re.compile(
                rf"^(?:the\s+|its\s+)?(?:(?P<year2>\d{{4}})\s+|(?P<rel2>this|next|last) year's\s+)?(?:fiscal\s+)?"
                rf"(?:(?P<half>first|second|1st|2nd|latter|last|final|back)[\s-]+half|(?P<half2>first|last)\s+(?:six months|two quarters))"
                rf"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:(?P<year>\d{{4}})|{rel}|year))?$")
            self.decade = re.compile(
                rf"^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<full>1[0-9]{{2}}0|20[0-9]0)'?s|'?(?P<short>[0-9]0)'?s|(?P<word>{decades}))$")
            self.century = re.compile(r"^(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century$")
        self.spelled = _spelled_year_pattern(lex) if lex.cardinals else None


def _spelled_year_pattern(lex: Lexicon) -> re.Pattern:
    """"nineteen ninety-six", "nineteen oh five", "two thousand and one": a year written in words."""
    by_value = {value: word for word, value in lex.cardinals.items()}
    units = alternation(w for w, v in lex.cardinals.items() if v < 10)
    teens = alternation(w for w, v in lex.cardinals.items() if 10 <= v < 20)
    tens = alternation(w for w, v in lex.cardinals.items() if v >= 20 and v % 10 == 0)
    centuries = alternation(by_value[v] for v in (18, 19, 20) if v in by_value)
    two_digits = rf"(?:{tens})(?:[\s-](?:{units}))?|{teens}|(?:oh|o)[\s-](?:{units})"
    return re.compile(rf"\b(?:(?P<century>{centuries})[\s-](?P<rest>{two_digits})|two thousand(?:\s+(?:and\s+)?(?P<rest2>{two_digits}|{units}))?)\b")


@lru_cache(maxsize=None)
def period_patterns(lang: str) -> PeriodPatterns:
    return PeriodPatterns(lang if lang in ("en", "es") else "en")


def spelled_years(text: str, lang: str) -> str:
    """``text`` with years written in words replaced by digits (folded text in, folded text out)."""
    pattern = period_patterns(lang).spelled
    if pattern is None or ("nineteen" not in text and "thousand" not in text and "twenty" not in text and "eighteen" not in text):
        return text
    cardinals = period_patterns(lang).lex.cardinals

    def number(words: str | None) -> int:
        return sum(cardinals.get(w, 0) for w in re.split(r"[\s-]+", words or "") if w not in ("oh", "o", "and"))

    def replace(m: re.Match) -> str:
        if m["century"]:
            return str(cardinals[m["century"]] * 100 + number(m["rest"]))
        return str(2000 + number(m["rest2"]))

    return pattern.sub(replace, text)


def reference(text: str, lang: str) -> str | None:
    """PRESENT_REF, PAST_REF or FUTURE_REF for "now", "recently", "the near future" (cleaned text), else None."""
    return lexicon(lang).references.get(text)


def period_timex(text: str, anchor: date, lang: str, tense: str) -> str | None:
    """The TIMEX3 value of a season, half-year, decade or century expression (cleaned text), else None."""
    rules = period_patterns(lang)
    if m := rules.season.match(text):
        return f"{_season_year(anchor, m, rules.lex, tense)}-{rules.lex.seasons[m['season']]}"
    if m := rules.half.match(text):
        return _half(anchor, m, tense)
    if m := rules.decade.match(text):
        return _decade(anchor, m, rules.lex)
    if m := rules.century.match(text):
        groups = m.groupdict()
        number = _roman(groups["roman"]) if groups.get("roman") else int(m["n"])
        return f"{number - 1:02d}" if 1 <= number <= 30 else None
    return None


def _relative_year(anchor: date, relative: str | None) -> int | None:
    offsets = {"last": -1, "pasado": -1, "anterior": -1, "next": 1, "proximo": 1, "que viene": 1, "this": 0, "actual": 0}
    return anchor.year + offsets[relative] if relative in offsets else None


def _season_year(anchor: date, m: re.Match, lex: Lexicon, tense: str) -> int:
    groups = m.groupdict()
    if m["year"]:
        return int(m["year"])
    if (year := _relative_year(anchor, groups.get("rel"))) is not None:
        return year
    modifier = groups.get("mod") or groups.get("mod2")
    if modifier == "this" or (modifier is None and m.group(0).startswith(("este", "esta"))):
        return anchor.year
    code = lex.seasons[m["season"]]
    direction = {"past": "before", "future": "after"}.get(lex.modifiers.get(modifier or ""), tense)
    start = SEASON_START[code]
    year = int(cal.month_near(anchor, start, direction)[0][:4])
    inside = anchor.month in (12, 1, 2) if code == "WI" else start <= anchor.month < start + 3
    if inside and direction == "before":  # "last summer" in July is the one before the present summer
        year -= 1
    if code == "WI" and anchor.month in (1, 2) and direction not in ("before", "after"):
        year = anchor.year - 1  # the winter under way began in December
    return year


def _half(anchor: date, m: re.Match, tense: str) -> str:
    groups = m.groupdict()
    word = groups.get("half") or groups.get("half2") or ""
    number = 1 if word in ("first", "1st", "primer", "primero", "primera") else 2
    year = groups.get("year") or groups.get("year2")
    if year:
        return f"{year}-H{number}"
    relative = _relative_year(anchor, groups.get("rel") or groups.get("rel2"))
    if relative is not None:
        return f"{relative}-H{number}"
    current = 1 if anchor.month <= 6 else 2
    if tense == "future":
        return f"{anchor.year if number >= current else anchor.year + 1}-H{number}"
    return f"{anchor.year if number <= current else anchor.year - 1}-H{number}"


def _decade(anchor: date, m: re.Match, lex: Lexicon) -> str | None:
    if m["full"]:
        return m["full"][:3]
    tens = int(m["short"][0]) if m["short"] else lex.decades[m["word"]]
    for century in (anchor.year // 100, anchor.year // 100 - 1):  # the latest such decade that has begun
        if century * 100 + tens * 10 <= anchor.year:
            return f"{century * 10 + tens}"
    return None


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def period_resolution(text: str, anchor: date, lang: str, tense: str) -> cal.Resolution | None:
    """A season, half-year, decade or century as (first day, precision): "last summer" → (2025-06-01, "season"),
    "the first half of 1990" → (1990-01-01, "half"), "the 1990s" → (1990-01-01, "decade"), "el siglo XX" →
    (1900-01-01, "century"); the precision says how long the period is."""
    value = period_timex(text, anchor, lang, tense)
    if not value:
        return None
    if len(value) == 7 and value[4] == "-" and value[5:] in SEASON_START:  # 1998-SU
        return f"{value[:4]}-{SEASON_START[value[5:]]:02d}-01", "season"
    if len(value) == 7 and value[4:6] == "-H":  # 1990-H1
        return f"{value[:4]}-{1 if value[6] == '1' else 7:02d}-01", "half"
    if len(value) == 3 and value.isdigit():  # 199: the 1990s
        return f"{value}0-01-01", "decade"
    if len(value) == 2 and value.isdigit():  # 19: the twentieth century, 1900-1999 in TIMEX3
        return f"{value}00-01-01", "century"
    return None
