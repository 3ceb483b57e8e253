"""Dyad series and turning points on a real DuckDB store written through detente.store."""
from __future__ import annotations

import datetime as dt
import shutil

import duckdb
import pytest

from detente.relations import dyad_series, parse_dyad, turning_points
from detente.relations.dyad_index import build_dyad_index, dyad_index_ready
from detente.relations.dyads import parse_date

MONTHS = [f"2025-{m:02d}" for m in range(1, 13)] + ["2026-01", "2026-02", "2026-03", "2026-04"]


@pytest.fixture(scope="module")
def usa_col_path(build, tmp_path_factory):
    """USA–COL: threats and sanctions every month of 2025, then agreements and aid from February 2026."""
    docs = []
    for i, month in enumerate(MONTHS):
        cooperative = month >= "2026-02"
        if cooperative:
            sentence = "The United States agreed with Colombia on a new aid package."
            etype, trigger, score = "AGREE", "agreed", 4.0 + (i % 3) * 0.5
        else:
            sentence = "The United States threatened Colombia with tariffs over drugs."
            etype, trigger, score = "THREATEN", "threatened", -5.0 + (i % 3) * 0.5
        reply = "Colombia accused the United States of interference."
        text = f"{sentence}\n\n{reply}" if not cooperative else sentence
        events = [build.event(text, sentence, trigger, "USA", "COL", etype, score, date=f"{month}-10")]
        if not cooperative:
            events.append(build.event(text, reply, "accused", "COL", "USA", "ACCUSE", -3.0, date=f"{month}-11"))
        docs.append(build.document(f"doc{i:02d}", text, f"{month}-12", events, site=f"outlet{i % 4}"))
    # An event that did not happen must not move the index.
    text = "The United States did not attack Colombia."
    docs.append(build.document("negated", text, "2026-03-05",
                               [build.event(text, text, "attack", "USA", "COL", "ASSAULT", -9.0, negated=True)]))
    return build.write(tmp_path_factory.mktemp("series") / "usa_col.duckdb", docs)


@pytest.fixture(scope="module")
def usa_col_store(usa_col_path):
    con = duckdb.connect(usa_col_path, read_only=True)
    yield con
    con.close()


def test_monthly_series_counts_types_and_index(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("USA-COL"), freq="month")
    assert [p.period for p in series.periods][:2] == ["2025-01-01", "2025-02-01"]
    assert len(series.periods) == 16
    jan = series.periods[0]
    assert jan.count == 2 and jan.by_type == {"ACCUSE": 1, "THREATEN": 1}
    assert jan.a_to_b == 1 and jan.b_to_a == 1
    assert jan.score_mean == pytest.approx((-5.0 - 3.0) / 2)
    assert series.periods[-1].by_type == {"AGREE": 1}  # negated ASSAULT left out
    assert series.types == ["ACCUSE", "AGREE", "THREATEN"]
    assert series.total == 13 * 2 + 3


def test_flagged_events_only_on_request(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("COL-USA"), freq="month", include_flagged=True)
    assert series.periods[-2].by_type == {"AGREE": 1, "ASSAULT": 1}


def test_directed_dyad_keeps_one_direction(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("COL>USA"), freq="year")
    assert series.directed and series.dyad == "COL→USA"
    assert [(p.period, p.count, p.by_type) for p in series.periods] == [
        ("2025-01-01", 12, {"ACCUSE": 12}), ("2026-01-01", 1, {"ACCUSE": 1})]


def test_date_range_and_empty_periods(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("USA-COL"), freq="week",
                         start=dt.date(2025, 3, 1), end=dt.date(2025, 4, 30))
    assert series.periods[0].period == "2025-02-24"  # the Monday of the week of the start date
    empty = [p for p in series.periods if p.count == 0]
    assert empty and all(p.score_mean is None for p in empty)
    assert sum(p.count for p in series.periods) == 4


def test_turning_point_conflict_to_cooperation(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("USA-COL"), freq="month")
    result = turning_points(series)
    assert result.method == "pelt"
    assert [p.period for p in result.points] == ["2026-02-01"]
    assert result.points[0].direction == "toward cooperation"
    assert [s.label for s in result.segments] == ["conflict", "cooperation"]
    assert "conflict" in result.summary and "then cooperation" in result.summary and "from 2026-02" in result.summary


def test_short_series_uses_cusum(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("USA-COL"), freq="month", start=dt.date(2025, 11, 1))
    result = turning_points(series)
    assert result.method == "cusum"
    assert [p.period for p in result.points] == ["2026-02-01"]


def test_unknown_dyad_is_empty(usa_col_store):
    series = dyad_series(usa_col_store, parse_dyad("RUS-VEN"))
    assert series.periods == [] and series.total == 0
    assert turning_points(series).points == []


@pytest.mark.parametrize("text", ["USA", "USA-COL-VEN", "US$-COL", "", "usa-x"])
def test_bad_dyads_are_refused_by_name(text):
    with pytest.raises(ValueError, match="invalid"):
        parse_dyad(text)


def test_bad_freq_and_date(usa_col_store):
    with pytest.raises(ValueError, match="freq"):
        dyad_series(usa_col_store, parse_dyad("USA-COL"), freq="fortnight")
    with pytest.raises(ValueError, match="2025-13-01"):
        parse_date("2025-13-01")
    assert parse_date("2026-02") == dt.date(2026, 2, 1)


def test_dyad_index_gives_the_same_series_and_goes_stale(build, usa_col_path, usa_col_store, tmp_path):
    copy = tmp_path / "indexed.duckdb"
    shutil.copy(usa_col_path, copy)
    con = duckdb.connect(str(copy))
    assert not dyad_index_ready(con)
    assert build_dyad_index(con) == 30
    assert dyad_index_ready(con)
    for dyad in ["USA-COL", "COL-USA", "COL>USA", "USA>COL", "RUS-VEN"]:
        for freq in ["day", "week", "month", "year"]:
            for flagged in (False, True):
                scanned = dyad_series(usa_col_store, parse_dyad(dyad), freq, include_flagged=flagged, indexed=False)
                indexed = dyad_series(con, parse_dyad(dyad), freq, include_flagged=flagged)
                assert indexed == scanned, (dyad, freq, flagged)
    con.close()
    text = "Russia signed an agreement with Venezuela."
    build.write(copy, [build.document("late", text, "2026-05-01", [build.event(text, text, "signed", "RUS", "VEN", "AGREE", 5.0)])])
    con = duckdb.connect(str(copy), read_only=True)
    assert not dyad_index_ready(con)  # a store that grew after the build is scanned, not misread
    assert dyad_series(con, parse_dyad("RUS-VEN")).total == 1
    con.close()
