"""The one place that calls dateparser: cached per (language, publication date, direction), candidates only."""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime
from functools import lru_cache

from detente.analyze.time.calendar import Resolution, day, month, week_of, year

# dateparser turns "the 1990s" into 1990 seconds ago and "two hours" into a time: such inputs are not dates.
NOT_A_DATE = re.compile(r"\b(hours?|minutes?|seconds?|horas?|minutos?|segundos?|\d+'?s)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _parser(lang: str, anchor: date, prefer: str):
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": "DMY" if lang == "es" else "MDY",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=[lang if lang in ("en", "es") else "en"], settings=settings)


@lru_cache(maxsize=4096)
def parse_expression(text: str, anchor: date, lang: str = "en", prefer: str = "past") -> Resolution | None:
    """dateparser's reading of one candidate expression, normalised to the start of its period."""
    if NOT_A_DATE.search(text):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = _parser(lang, anchor, prefer).get_date_data(text)
        except (ValueError, OverflowError, TypeError):
            return None
    found = data.date_obj
    if found is None:
        return None
    found_date = found.date()
    if data.period == "year":
        return year(found_date.year)
    if data.period == "month":
        return month(found_date.year, found_date.month)
    if data.period == "week":
        return week_of(found_date)
    return day(found_date)
