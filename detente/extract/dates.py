"""Publication date inferred from the text when metadata has none (result is marked ``published_inferred``).

Order of trust: a wire dateline ("WASHINGTON, Feb 4 (Reuters) -"), a date in the URL, then the most recent full date
mentioned in the text ("4 de febrero de 2026", "February 4, 2026", "2026-02-04"). Month names come from babel's
CLDR data for the configured languages, so no month list lives in this code.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache

from detente.extract.language import configured_languages

_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
REWRITE_DAYS = 183  # a last-modified date this long after publication can mean a rewritten text
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|$)")
_WIRES = r"(?:Reuters|AP|AFP|EFE|Bloomberg|UPI|dpa|Xinhua|ANSA|Europa Press|IANS|PTI)"


@lru_cache(maxsize=4)
def month_numbers(codes: tuple[str, ...]) -> dict[str, int]:
    """Lower-case month names and abbreviations (without dots) → month number, for the given languages."""
    from babel.dates import get_month_names

    names: dict[str, int] = {"sept": 9}
    for code in codes:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                try:
                    months = get_month_names(width, context=context, locale=code)
                except Exception:  # unknown locale: skip it
                    continue
                for number, name in months.items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3:
                        names.setdefault(key, number)
    return names


@lru_cache(maxsize=4)
def _patterns(codes: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    months = "|".join(sorted((re.escape(name) for name in month_numbers(codes)), key=len, reverse=True))
    day_month_year = re.compile(
        rf"\b(\d{{1,2}})(?:º|°|er|\.)?\s+(?:de\s+)?({months})\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b", re.IGNORECASE
    )
    month_day_year = re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
    dateline = re.compile(
        rf"^[^\n]{{0,80}}?\b(?:({months})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+(?:de\s+)?({months})\.?)"
        rf"(?:,?\s+((?:19|20)\d\d))?\s*\(\s*{_WIRES}\s*\)",
        re.IGNORECASE,
    )
    return day_month_year, month_day_year, dateline


def infer_date(text: str, url: str | None = None, today: dt.date | None = None) -> str | None:
    """ISO date (YYYY-MM-DD) the text was most likely published on, or None when nothing points to one."""
    codes = tuple(dict.fromkeys(("en", "es") + configured_languages()))
    months = month_numbers(codes)
    day_month_year, month_day_year, dateline = _patterns(codes)
    today = today or dt.date.today()
    mentioned = sorted(d for d in _full_dates(text, months, day_month_year, month_day_year) if d <= today)
    url_date = _url_date(url)
    match = dateline.search(text[:2000])
    if match:
        month_name, day, day2, month_name2, year = match.groups()
        month = months.get((month_name or month_name2).lower().rstrip("."))
        year_guess = int(year) if year else (url_date.year if url_date else (mentioned[-1].year if mentioned else None))
        found = _safe_date(year_guess, month, int(day or day2)) if year_guess and month else None
        if found:
            return found.isoformat()
    if url_date:
        return url_date.isoformat()
    return mentioned[-1].isoformat() if mentioned else None


def revision_date(published: str | None, modified: str | None, body: str) -> str | None:
    """The date a page's text was rewritten on, or None: its stated last-modified date, when that is at least half a
    year after the publication date and the text names a year after the publication year. An explainer first
    published in 2012 and rewritten in 2026 speaks of 2026 ("on Thursday", "this year"); a story touched up days later,
    or one that only looks ahead to next year, keeps its date."""
    published, modified = normalise_date(published), normalise_date(modified)
    if not published or not modified:
        return None
    if (dt.date.fromisoformat(modified) - dt.date.fromisoformat(published)).days < REWRITE_DAYS:
        return None
    first, last = int(published[:4]), int(modified[:4])
    named = {int(year) for year in _YEAR.findall(body)}
    return modified if any(first < year <= last for year in named) else None


def normalise_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO date/datetime or an RFC 822 feed date ("Tue, 04 Feb 2026 10:00:00 GMT")."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        if _ISO_START.match(value):
            return dt.date.fromisoformat(value[:10]).isoformat()
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _full_dates(text: str, months: dict[str, int], day_month_year: re.Pattern, month_day_year: re.Pattern) -> list[dt.date]:
    found = [_safe_date(int(y), int(m), int(d)) for y, m, d in _ISO.findall(text)]
    for day, month, year in day_month_year.findall(text):
        found.append(_safe_date(int(year), months.get(month.lower().rstrip(".")), int(day)))
    for month, day, year in month_day_year.findall(text):
        found.append(_safe_date(int(year), months.get(month.lower().rstrip(".")), int(day)))
    return [date for date in found if date]


def _url_date(url: str | None) -> dt.date | None:
    match = _URL_DATE.search(url or "")
    return _safe_date(*(int(part) for part in match.groups())) if match else None


def _safe_date(year: int | None, month: int | None, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year and month else None
    except ValueError:
        return None
