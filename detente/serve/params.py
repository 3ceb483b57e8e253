"""Validation of API inputs: every bad value becomes a ValueError naming the parameter and the value."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from detente.relations.dyads import CODE, Dyad, parse_code, parse_date, parse_dyad

MAX_LIMIT = 500
MAX_OFFSET = 100_000
TYPE = re.compile(r"^[A-Z][A-Z_]{1,30}$")
ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
# ORDER BY templates; {t} is the table qualifier ("" or "e.").
SORTS = {"-day": "{t}day DESC NULLS LAST, {t}id", "day": "{t}day ASC NULLS LAST, {t}id",
         "-score": "{t}score DESC NULLS LAST, {t}id", "score": "{t}score ASC NULLS LAST, {t}id"}


def page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"invalid limit {limit}: must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise ValueError(f"invalid offset {offset}: must be between 0 and {MAX_OFFSET}")
    return limit, offset


def types(value: str | None) -> list[str]:
    if not value:
        return []
    result = []
    for item in value.split(","):
        name = item.strip().upper()
        if not TYPE.match(name):
            raise ValueError(f"invalid type {item!r}: expected PLOVER types such as SANCTION or CONSULT,AGREE")
        result.append(name)
    return result


def bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """'min_lon,min_lat,max_lon,max_lat' (no wrap across the antimeridian)."""
    if not value:
        return None
    try:
        numbers = [float(v) for v in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) != 4:
        raise ValueError(f"invalid bbox {value!r}: expected min_lon,min_lat,max_lon,max_lat")
    west, south, east, north = numbers
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError(f"invalid bbox {value!r}: need -180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90")
    return west, south, east, north


def identifier(value: str, what: str = "id") -> str:
    if not ID.match(value or ""):
        raise ValueError(f"invalid {what} {value!r}")
    return value


def sort(value: str) -> str:
    if value not in SORTS:
        raise ValueError(f"invalid sort {value!r}: expected one of {', '.join(SORTS)}")
    return SORTS[value]


def date_range(start: str | None, end: str | None) -> tuple[dt.date | None, dt.date | None]:
    first, last = parse_date(start, "from date"), parse_date(end, "to date")
    if first and last and first > last:
        raise ValueError(f"invalid date range: from {start} is after to {end}")
    return first, last


@dataclass
class EventFilter:
    """Filters of the events endpoints; every field is optional."""

    dyad: Dyad | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    types: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    doc_id: str | None = None
    include_flagged: bool = True
    dedup: bool = False
    min_confidence: float | None = None  # calibrated probability of being right in every respect

    @classmethod
    def parse(cls, dyad: str | None = None, directed: bool = False, actor: str | None = None,
              source: str | None = None, target: str | None = None, type: str | None = None,
              start: str | None = None, end: str | None = None, bbox_text: str | None = None,
              q: str | None = None, doc_id: str | None = None, include_flagged: bool = True,
              dedup: bool = False, min_confidence: float | None = None) -> "EventFilter":
        first, last = date_range(start, end)
        if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"invalid min_confidence {min_confidence}: a probability, 0..1")
        if q is not None and len(q) > 200:
            raise ValueError("invalid q: at most 200 characters")
        if actor is not None and not actor.strip():
            raise ValueError("invalid actor '': give a country code (USA) or part of a name (Petro)")
        return cls(
            dyad=parse_dyad(dyad, directed) if dyad else None,
            actor=actor.strip() if actor else None,
            source=parse_code(source, "source code") if source else None,
            target=parse_code(target, "target code") if target else None,
            types=types(type), start=first, end=last, bbox=bbox(bbox_text),
            text=q.strip() or None if q else None,
            doc_id=identifier(doc_id, "doc_id") if doc_id else None,
            include_flagged=include_flagged, dedup=dedup, min_confidence=min_confidence,
        )


def is_code(value: str) -> bool:
    return bool(CODE.match(value))
