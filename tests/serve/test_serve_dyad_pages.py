"""The dyad index's rowid runs give the same pages, totals and series as scanning the events table."""
from __future__ import annotations

import itertools

import pytest

from detente.relations import dyad_series, parse_dyad
from detente.relations.dyad_index import DyadIndex, load_dyad_index
from detente.relations.dyads import parse_date
from detente.serve import queries
from detente.serve.params import EventFilter, sort

FILTERS = [{"dyad": "USA-COL"}, {"dyad": "COL-USA", "start": "2026-01-01"}, {"dyad": "COL-USA", "end": "2025-06-30"},
           {"dyad": "USA-COL", "start": "2025-03-01", "end": "2026-02-28"}, {"dyad": "USA>COL"},
           {"dyad": "COL-USA", "type": "AGREE,ACCUSE"}, {"dyad": "COL-USA", "include_flagged": False},
           {"dyad": "RUS-VEN"}, {"dyad": "USA-FRA"}, {"dyad": "COL-USA", "start": "2030-01-01"},
           {"dyad": "USA-COL", "q": "TARIFFS"}, {"dyad": "USA-COL", "q": "50%"}, {"dyad": "USA-COL", "bbox_text": "-75,4,-73,5"},
           {"dyad": "COL>USA", "q": "colombia", "start": "2025-06-01"}]


@pytest.fixture(scope="module")
def cursor(server):
    with server.app.state.store.cursor() as cur:
        yield cur


def test_the_served_store_has_rowid_runs(cursor):
    index = load_dyad_index(cursor)
    assert isinstance(index, DyadIndex) and index.ranges
    first, last = index.run("USA", "COL")
    assert index.run("COL", "USA") == (first, last) and last >= first
    assert index.run("USA", "FRA") == (1, 0)  # no events: an empty run


@pytest.mark.parametrize("query", FILTERS)
def test_runs_list_the_same_pages_as_a_scan(cursor, query):
    index = load_dyad_index(cursor)
    f = EventFilter.parse(**query)
    for order, (limit, offset) in itertools.product(("-day", "day", "-score"), [(50, 0), (3, 0), (4, 5), (5, 17), (5, 400)]):
        scanned = queries.list_events(cursor, f, limit, offset, sort(order), True, indexed=False)
        indexed = queries.list_events(cursor, f, limit, offset, sort(order), True, indexed=index)
        assert indexed == scanned, (query, order, limit, offset)


def test_unfiltered_pages_bounded_by_day_counts_are_the_scanned_pages(cursor):
    counts = queries.DayCounts.read(cursor)
    f = EventFilter.parse()
    for order, (limit, offset) in itertools.product(("-day", "score"), [(5, 0), (7, 3), (10, 20), (5, 1000)]):
        plain = queries.list_events(cursor, f, limit, offset, sort(order), True)
        assert queries.list_events(cursor, f, limit, offset, sort(order), True, day_counts=counts) == plain
    assert counts.newest_bound(sort("-day"), 10 ** 9) == ([], [])  # more rows than dated events: no bound


SPANS = [(None, None), ("2025-03-01", None), ("2025-03-15", None), (None, "2026-01-31"), (None, "2026-02-10"),
         ("2025-06-15", "2026-02-03"), ("2026-02-02", "2026-02-20"), ("2025-01-01", "2025-12-31"), ("2030-01-01", None)]


@pytest.mark.parametrize("dyad", ["USA-COL", "COL>USA", "USA>COL", "RUS-VEN", "USA-FRA"])
def test_runs_and_month_sums_give_the_same_series(cursor, dyad):
    index = load_dyad_index(cursor)
    assert index.months  # month/quarter/year series come from dyad_months (plus the edge months' events)
    cases = [*itertools.product(("day", "week"), (False, True), (False, True), SPANS[:3]),
             *itertools.product(("month", "quarter"), (False, True), (False, True), SPANS), ("year", False, False, SPANS[5])]
    for freq, flagged, dedup, (start, end) in cases:
        first, last = (parse_date(start), parse_date(end))
        scanned = dyad_series(cursor, parse_dyad(dyad), freq, first, last, flagged, indexed=False, dedup=dedup)
        indexed = dyad_series(cursor, parse_dyad(dyad), freq, first, last, flagged, indexed=index, dedup=dedup)
        assert indexed == scanned, (dyad, freq, flagged, dedup, start, end)


def test_text_search_takes_wildcards_literally_and_ignores_case(api):
    everything = api.get("/api/events", params={"limit": 1}).json()["total"]
    assert everything > 0
    for wildcard, matches in (("%", 0), ("\\", 0), ("_", 1), ("window_", 0)):  # one sentence holds "window.__pwned"
        assert api.get("/api/events", params={"q": wildcard}).json()["total"] == matches, wildcard
    lower = api.get("/api/events", params={"q": "tariffs"}).json()
    assert lower["total"] > 0 and lower == api.get("/api/events", params={"q": "TARIFFS"}).json()
