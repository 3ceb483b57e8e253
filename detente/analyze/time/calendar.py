"""Calendar arithmetic on publication dates: pure functions that return (ISO value, precision)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

Resolution = tuple[str, str]  # (ISO date of the start of the period, precision: day | week | month | quarter | year)


def as_date(published: str | date | datetime | None) -> date | None:
    """The publication date as a date; None when absent or unreadable (then nothing is resolved)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def day(value: date) -> Resolution:
    return value.isoformat(), "day"


def week_of(value: date) -> Resolution:
    """The ISO week containing ``value``, given by its Monday."""
    return (value - timedelta(days=value.weekday())).isoformat(), "week"


def month(year: int, month_number: int) -> Resolution:
    return date(year, month_number, 1).isoformat(), "month"


def quarter(year_number: int, quarter_number: int) -> Resolution:
    """Quarter 1-4 of a year, given by its first day."""
    return date(year_number, 3 * quarter_number - 2, 1).isoformat(), "quarter"


def quarter_near(anchor: date, quarter_number: int, direction: str) -> Resolution:
    """The named quarter nearest the anchor in ``direction`` (the current quarter counts except before/after),
    like month_near: "the third quarter" in a past-tense October report is this year's. In a future clause the
    quarter that has just ended is still that one: its results are reported after it ends."""
    current = (anchor.month - 1) // 3 + 1
    if direction == "future" and quarter_number == (current - 2) % 4 + 1:  # results come after a quarter ends:
        return quarter(anchor.year if current > 1 else anchor.year - 1, quarter_number)  # "will report third-quarter profit"
    past_year = anchor.year if quarter_number < current or (quarter_number == current and direction != "before") else anchor.year - 1
    future_year = anchor.year if quarter_number > current or (quarter_number == current and direction != "after") else anchor.year + 1
    if direction in ("future", "after"):
        return quarter(future_year, quarter_number)
    if direction == "present":
        gap_back = (anchor.year - past_year) * 4 + current - quarter_number
        gap_forward = (future_year - anchor.year) * 4 + quarter_number - current
        return quarter(future_year if gap_forward < gap_back else past_year, quarter_number)
    return quarter(past_year, quarter_number)


def year(year_number: int) -> Resolution:
    return date(year_number, 1, 1).isoformat(), "year"


def shift_months(value: date, months: int) -> tuple[int, int]:
    index = value.year * 12 + value.month - 1 + months
    return index // 12, index % 12 + 1


def shifted(anchor: date, unit: str, offset: int) -> Resolution:
    """The period ``offset`` units away from the anchor (0 = the one containing it)."""
    if unit == "day":
        return day(anchor + timedelta(days=offset))
    if unit == "week":
        return week_of(anchor + timedelta(weeks=offset))
    if unit == "month":
        return month(*shift_months(anchor, offset))
    if unit == "quarter":
        year_number, month_number = shift_months(anchor, 3 * offset)
        return quarter(year_number, (month_number - 1) // 3 + 1)
    return year(anchor.year + offset)


def weekday_near(anchor: date, weekday: int, direction: str) -> date:
    """The ``weekday`` nearest the anchor in ``direction``.

    past / future: on or before / on or after the anchor (the publication day itself counts, as in wire
    copy where "on Wednesday" in a Wednesday story is that day); before / after: strictly; present: nearest.
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if direction == "before":
        back = back or 7
    if direction == "after":
        forward = forward or 7
    if direction in ("future", "after") or (direction == "present" and forward < back):
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def month_near(anchor: date, month_number: int, direction: str) -> Resolution:
    """The named month nearest the anchor in ``direction`` (the current month counts except before/after)."""
    past_year = anchor.year if month_number <= anchor.month else anchor.year - 1
    future_year = anchor.year if month_number >= anchor.month else anchor.year + 1
    if direction == "before":
        past_year = anchor.year if month_number < anchor.month else anchor.year - 1
    if direction == "after":
        future_year = anchor.year if month_number > anchor.month else anchor.year + 1
    if direction in ("future", "after"):
        return month(future_year, month_number)
    if direction == "present":
        gap_back = (anchor.year - past_year) * 12 + anchor.month - month_number
        gap_forward = (future_year - anchor.year) * 12 + month_number - anchor.month
        return month(future_year if gap_forward < gap_back else past_year, month_number)
    return month(past_year, month_number)


TENSE_TOLERANCE_DAYS = 60  # clause tense from a parse is noisy: it moves a yearless date only when far off
HALF_YEAR_DAYS = 183


def day_month_near(anchor: date, day_number: int, month_number: int, direction: str) -> Resolution | None:
    """A day and month without a year: the publication year, unless that puts the date well on the wrong side
    of publication for the tense (past: more than two months after; future: before) or, with no tense,
    more than half a year away."""
    def dated(year_number: int) -> date | None:
        try:
            return date(year_number, month_number, day_number)
        except ValueError:  # 29 February
            return None

    same = dated(anchor.year) or dated(anchor.year - 1) or dated(anchor.year + 1)
    if same is None:
        return None
    gap = (same - anchor).days
    if direction in ("past", "before") and gap > TENSE_TOLERANCE_DAYS:
        same = dated(same.year - 1) or same
    elif direction in ("future", "after") and gap < -TENSE_TOLERANCE_DAYS:
        same = dated(same.year + 1) or same
    elif direction == "present" and abs(gap) > HALF_YEAR_DAYS:
        same = dated(same.year + (-1 if gap > 0 else 1)) or same
    return day(same)


def full_date(year_number: int, month_number: int, day_number: int) -> Resolution | None:
    try:
        return day(date(year_number, month_number, day_number))
    except ValueError:
        return None
