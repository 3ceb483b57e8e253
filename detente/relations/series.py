"""Dyad time series: per period, event counts by PLOVER type, the cooperation–conflict index and tone.

The index of a period is the mean PLOVER score of the dyad's events (sum is given too, like GDELT's
GoldsteinScale totals); tone is the mean tone of the events' evidence sentences (``events.tone``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from detente.relations.dyad_index import DyadIndex, indexed_condition, load_dyad_index
from detente.relations.dyads import FLAG_FILTER, FREQUENCIES, Dyad, date_condition, direction_test, dyad_condition
from detente.relations.turning import TurningPoints, detect

MAX_PERIODS = 5000  # a dense series longer than this is refused (ask for a coarser frequency)


@dataclass
class Period:
    period: str  # ISO date of the period's first day
    count: int
    by_type: dict[str, int]
    score_sum: float
    score_mean: float | None
    tone_mean: float | None
    a_to_b: int  # events with source a, target b
    b_to_a: int


@dataclass
class DyadSeries:
    dyad: str
    a: str
    b: str
    directed: bool
    freq: str
    start: str | None
    end: str | None
    dedup: bool = False
    types: list[str] = field(default_factory=list)
    total: int = 0
    periods: list[Period] = field(default_factory=list)


def _period_start(day: dt.date, freq: str) -> dt.date:
    if freq == "day":
        return day
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def _next_period(day: dt.date, freq: str) -> dt.date:
    if freq == "day":
        return day + dt.timedelta(days=1)
    if freq == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[freq]
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_range(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    periods, current = [], _period_start(first, freq)
    while current <= last:
        periods.append(current)
        if len(periods) > MAX_PERIODS:
            raise ValueError(f"period too long for freq={freq!r}: over {MAX_PERIODS} periods; use a coarser frequency")
        current = _next_period(current, freq)
    return periods


def dyad_series(conn, dyad: Dyad, freq: str = "month", start: dt.date | None = None, end: dt.date | None = None,
                include_flagged: bool = False, indexed: bool | DyadIndex | None = None, dedup: bool = False) -> DyadSeries:
    """The dyad's dense series (empty periods included, index None there) between start and end.

    ``indexed``: read the dyad-sorted ``dyad_events`` table (same result, faster; a DyadIndex adds the dyads'
    rowid runs); None = when it is current.
    ``dedup``: one event per event cluster (its representative), after ``detente cluster``.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"invalid freq {freq!r}: expected one of {', '.join(FREQUENCIES)}")
    if indexed is None:
        indexed = load_dyad_index(conn)
    if isinstance(indexed, DyadIndex) and indexed.months and freq in ("month", "quarter", "year"):
        rows = _rows_from_months(conn, dyad, freq, start, end, include_flagged, indexed, dedup)
    else:
        rows = _rows(conn, dyad, freq, start, end, include_flagged, indexed, dedup)
    series = DyadSeries(dyad=dyad.name, a=dyad.a, b=dyad.b, directed=dyad.directed, freq=freq,
                        start=start.isoformat() if start else None, end=end.isoformat() if end else None, dedup=dedup)
    if not rows:
        return series
    first = start or rows[0][0]
    last = end or rows[-1][0]
    buckets: dict[dt.date, dict] = {p: {"by_type": {}, "n": 0, "score": 0.0, "scored": 0, "tone": 0.0, "toned": 0, "ab": 0}
                                    for p in _period_range(first, last, freq)}
    types = set()
    for period, etype, n, score_sum, scored, tone_sum, toned, a_to_b in rows:
        bucket = buckets.setdefault(period, {"by_type": {}, "n": 0, "score": 0.0, "scored": 0, "tone": 0.0, "toned": 0, "ab": 0})
        bucket["by_type"][etype] = bucket["by_type"].get(etype, 0) + n
        bucket["n"] += n
        bucket["score"] += score_sum
        bucket["scored"] += scored
        bucket["tone"] += tone_sum
        bucket["toned"] += toned
        bucket["ab"] += a_to_b
        types.add(etype)
    series.types = sorted(t for t in types if t)
    for period in sorted(buckets):
        b = buckets[period]
        series.periods.append(Period(
            period=period.isoformat(), count=b["n"], by_type=b["by_type"], score_sum=round(b["score"], 3),
            score_mean=round(b["score"] / b["scored"], 3) if b["scored"] else None,
            tone_mean=round(b["tone"] / b["toned"], 3) if b["toned"] else None,
            a_to_b=b["ab"], b_to_a=b["n"] - b["ab"]))
    series.total = sum(p.count for p in series.periods)
    return series


def _rows(conn, dyad: Dyad, freq: str, start, end, include_flagged: bool, indexed, dedup: bool,
          extra: tuple[list[str], list] = ([], [])) -> list[tuple]:
    """(period, type, n, score_sum, scored, tone_sum, toned, a_to_b) rows from the events (or dyad_events)."""
    clauses, date_params = date_condition(start, end)
    if indexed:
        where, params, forward = indexed_condition(dyad.a, dyad.b, dyad.directed, indexed)
        conditions = [where, *clauses] + ([] if include_flagged else ["NOT flagged"])
        if dedup:
            conditions.append("(cluster_id IS NULL OR cluster_id = id)")
        table, a_to_b, a_to_b_params = "dyad_events", f"count(*) FILTER (WHERE {forward})", []
    else:
        where, params = dyad_condition(dyad)
        conditions = [where, "day IS NOT NULL", *clauses] + ([] if include_flagged else [FLAG_FILTER])
        if dedup:
            conditions.append("id NOT IN (SELECT event_id FROM event_cluster_members WHERE event_id <> cluster_id)")
        test, a_to_b_params = direction_test(dyad.a, dyad.b)
        table, a_to_b = "events", f"count(*) FILTER (WHERE {test})"
    run = indexed.run(dyad.a, dyad.b) if isinstance(indexed, DyadIndex) else None
    if run is not None and run[1] - run[0] < NUMPY_ROWS:  # a small run: summed by numpy
        columns = conn.execute(f"""
            SELECT day, type, {forward} AS ab, 1 AS n, coalesce(score, 0) AS score_sum, (score IS NOT NULL)::INTEGER AS scored,
                   coalesce(tone, 0) AS tone_sum, (tone IS NOT NULL)::INTEGER AS toned
            FROM dyad_events WHERE {' AND '.join(conditions + extra[0])}""", [*params, *date_params, *extra[1]]).fetchnumpy()
        return sorted(_group_sums(columns, freq), key=lambda row: (row[0], row[1] is None, row[1] or ""))
    sql = f"""
        SELECT date_trunc('{FREQUENCIES[freq]}', day)::DATE AS period, type, count(*) AS n,
               coalesce(sum(score), 0) AS score_sum, count(score) AS scored,
               coalesce(sum(tone), 0) AS tone_sum, count(tone) AS toned, {a_to_b} AS a_to_b
        FROM {table} WHERE {' AND '.join(conditions + extra[0])}
        GROUP BY 1, 2 ORDER BY 1, 2"""
    return conn.execute(sql, [*a_to_b_params, *params, *date_params, *extra[1]]).fetchall()


def _rows_from_months(conn, dyad: Dyad, freq: str, start, end, include_flagged: bool, index: DyadIndex,
                      dedup: bool) -> list[tuple]:
    """The same rows from the per-month sums of dyad_months, plus the events of partly covered months at the edges.

    The dyad's month rows (a few thousand at most) are summed here: a DuckDB GROUP BY costs ~4 ms whatever its size.
    """
    full_from = start if start is None or start.day == 1 else _next_period(start.replace(day=1), "month")
    full_until = None if end is None else (  # exclusive: the first month not wholly inside [start, end]
        _next_period(end.replace(day=1), "month") if (end + dt.timedelta(days=1)).day == 1 else end.replace(day=1))
    if full_from is not None and full_until is not None and full_from >= full_until:
        return _rows(conn, dyad, freq, start, end, include_flagged, index, dedup)
    _, _, forward = indexed_condition(dyad.a, dyad.b, dyad.directed, index)
    conditions, params = ["rowid BETWEEN ? AND ?"], list(index.month_run(dyad.a, dyad.b))
    if dyad.directed and dyad.a != dyad.b:
        conditions.append(forward)
    if not include_flagged:
        conditions.append("NOT flagged")
    if dedup:
        conditions.append("representative")
    for clause, value in (("month >= ?", full_from), ("month < ?", full_until)):
        if value is not None:
            conditions.append(clause)
            params.append(value)
    columns = conn.execute(f"""SELECT month AS day, type, {forward} AS ab, n, score_sum, scored, tone_sum, toned
                               FROM dyad_months WHERE {' AND '.join(conditions)}""", params).fetchnumpy()
    rows = _group_sums(columns, freq)
    edges, edge_params = [], []
    if full_from is not None and full_from != start:
        edges.append("day < ?")
        edge_params.append(full_from)
    if full_until is not None:
        edges.append("day >= ?")
        edge_params.append(full_until)
    if edges:
        rows += _rows(conn, dyad, freq, start, end, include_flagged, index, dedup, ([f"({' OR '.join(edges)})"], edge_params))
    return sorted(rows, key=lambda row: (row[0], row[1] is None, row[1] or ""))


EPOCH = dt.date(1970, 1, 1)
# Up to this many rows numpy sums a dyad's events faster than a DuckDB GROUP BY (~4 ms fixed cost); beyond it
# the conversion of the rows to numpy costs more than DuckDB's aggregation.
NUMPY_ROWS = 5000


def _period_numbers(days: np.ndarray, freq: str) -> tuple[np.ndarray, object]:
    """Each date's period as an integer, and the function turning such an integer back into the period's first day."""
    if freq in ("day", "week"):
        d = days.astype("datetime64[D]").astype(np.int64)  # days since 1970-01-01, a Thursday
        return (d if freq == "day" else d - (d + 3) % 7), lambda p: EPOCH + dt.timedelta(days=p)
    m = days.astype("datetime64[M]").astype(np.int64) + 1970 * 12  # year * 12 + month - 1
    step = {"month": 1, "quarter": 3, "year": 12}[freq]
    return m - m % 12 + (m % 12) // step * step, lambda p: dt.date(p // 12, p % 12 + 1, 1)


def _group_sums(columns: dict, freq: str) -> list[tuple]:
    """Sum rows (numpy columns day, type, ab, n, score_sum, scored, tone_sum, toned) per (period, type), the rows
    of the SQL GROUP BY in ``_rows``: vectorised, as a DuckDB GROUP BY costs ~4 ms even over a few rows."""
    days = np.ma.getdata(columns["day"])
    if not len(days):
        return []
    period, first_day = _period_numbers(days, freq)
    codes: dict = {}
    type_code = np.array([codes.setdefault(t, len(codes)) for t in columns["type"].tolist()], dtype=np.int64)
    names = list(codes)
    keys, group = np.unique(period * len(names) + type_code, return_inverse=True)
    n = np.asarray(columns["n"], dtype=np.float64)
    ab = np.asarray(columns["ab"], dtype=bool)
    sums = np.stack([np.bincount(group, weights=w, minlength=len(keys)) for w in (
        n, np.asarray(columns["score_sum"], dtype=np.float64), np.asarray(columns["scored"], dtype=np.float64),
        np.asarray(columns["tone_sum"], dtype=np.float64), np.asarray(columns["toned"], dtype=np.float64), n * ab)],
        axis=1).tolist()
    return [(first_day(key // len(names)), names[key % len(names)], int(count), score_sum, int(scored), tone_sum,
             int(toned), int(a_to_b))
            for key, (count, score_sum, scored, tone_sum, toned, a_to_b) in zip(keys.tolist(), sums)]


def period_label(period: str, freq: str) -> str:
    """Readable period name for summaries: 2026-02 for a month, 2026 for a year."""
    return {"month": period[:7], "year": period[:4], "quarter": f"{period[:4]}-Q{(int(period[5:7]) - 1) // 3 + 1}"}.get(freq, period)


def turning_points(series: DyadSeries) -> TurningPoints:
    """Turning points of the series' cooperation–conflict index (see detente.relations.turning)."""
    periods = [p.period for p in series.periods]
    values = [p.score_mean for p in series.periods]
    result = detect(periods, values, series.dyad, label=lambda p: period_label(p, series.freq))
    return result
