"""Dyads (country pairs) and the filters every relation query shares: parse, validate, build SQL."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")  # ISO3 country or IGO code (e.g. USA, COL, NATO, EU)
FREQUENCIES = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
# Events that did not (or not yet) happen stay out of relation measures unless asked for.
FLAG_FILTER = "NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false) AND NOT coalesce(future, false)"


@dataclass(frozen=True)
class Dyad:
    a: str
    b: str
    directed: bool = False

    @property
    def name(self) -> str:
        return f"{self.a}→{self.b}" if self.directed else f"{self.a}–{self.b}"


def parse_code(value: str, what: str = "actor code") -> str:
    code = (value or "").strip().upper()
    if not CODE.match(code):
        raise ValueError(f"invalid {what} {value!r}: expected a country/IGO code such as USA or COL")
    return code


def parse_dyad(value: str, directed: bool = False) -> Dyad:
    """'USA-COL' (or 'USA,COL', 'USA>COL' for directed) → Dyad; raise ValueError naming the input."""
    text = (value or "").strip()
    if ">" in text:
        directed = True
    parts = [p for p in re.split(r"[-,>_/ ]+|–", text) if p]
    if len(parts) != 2:
        raise ValueError(f"invalid dyad {value!r}: expected two codes such as USA-COL")
    return Dyad(parse_code(parts[0]), parse_code(parts[1]), directed)


def parse_date(value: str | None, what: str = "date") -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value if len(value) > 7 else f"{value}-01" if len(value) == 7 else f"{value}-01-01")
    except ValueError:
        raise ValueError(f"invalid {what} {value!r}: expected YYYY-MM-DD (or YYYY-MM, YYYY)") from None


def pair_test(source: str, target: str) -> tuple[str, list]:
    """SQL test (parameterised) on the events table: the event has a source of one country and a target of the other."""
    return "(list_contains(source_countries, ?) AND list_contains(target_countries, ?))", [source, target]


def direction_test(a: str, b: str) -> tuple[str, list]:
    """SQL test meaning 'from a to b', as dyad_events' ``forward`` defines it: an event with a pair from the lower
    code to the higher one counts in that direction only, even when it also has the reverse pair."""
    lo, hi = min(a, b), max(a, b)
    if a == b:
        return "true", []
    forward, params = pair_test(lo, hi)
    return (forward, params) if a == lo else (f"NOT {forward}", params)


def dyad_condition(dyad: Dyad) -> tuple[str, list]:
    """SQL condition (parameterised) selecting the dyad's events: any source country with any target country."""
    there, there_params = pair_test(dyad.a, dyad.b)
    back, back_params = pair_test(dyad.b, dyad.a)
    condition, params = f"({there} OR {back})", [*there_params, *back_params]
    if dyad.directed and dyad.a != dyad.b:
        test, test_params = direction_test(dyad.a, dyad.b)
        condition, params = f"({condition} AND {test})", [*params, *test_params]
    return condition, params


def date_condition(start: dt.date | None, end: dt.date | None, column: str = "day") -> tuple[list[str], list]:
    """Inclusive start, inclusive end."""
    clauses, params = [], []
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(start)
    if end is not None:
        clauses.append(f"{column} <= ?")
        params.append(end)
    return clauses, params
