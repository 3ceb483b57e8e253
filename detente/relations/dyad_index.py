"""A dyad-sorted copy of the events, so dyad queries read a few row groups instead of the whole table.

Events arrive in ingest order; a dyad's events are spread over every row group, and DuckDB does not use
its ART indexes for these scans. ``dyad_events`` holds every events column plus a, b (the dyad's codes in
order), forward, flagged, the article title and the event's cluster counts, sorted by (a, b, day, id DESC), so
that reading it backwards lists a dyad's events newest first (ties by id) and each dyad is one run of row ids.
``dyad_ranges`` records each run (first/last rowid), so the server filters on ``rowid BETWEEN`` (DuckDB reads
only those rows) instead of comparing the codes of whole row groups. ``dyad_months`` holds per-month sums
(events, scores, tones by type, direction, flags and cluster representative) for month/quarter/year series.
All three are rebuilt by ``detente cluster`` and trusted only while the events table still has the row count
recorded at build time.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from detente.relations.ddl import relations_schema_sql
from detente.relations.dyads import FLAG_FILTER

FLAGGED = f"NOT ({FLAG_FILTER})"
# Every dyad of each event, once: each source country with each target country. ``forward`` (lower code → higher)
# is true when the event has that pair, even if it also has the reverse one (dyads.direction_test agrees).
DYAD_PAIRS = """
    SELECT id, least(s, t) AS a, greatest(s, t) AS b, bool_or(s <= t) AS forward
    FROM events, unnest(source_countries) AS sources(s), unnest(target_countries) AS targets(t)
    GROUP BY id, a, b"""


def build_dyad_index(con) -> int:
    """(Re)build dyad_events and dyad_ranges and record the events count they reflect; returns dyad_events' rows."""
    con.execute(relations_schema_sql())
    con.execute("DROP TABLE IF EXISTS dyad_ranges")
    con.execute("DROP TABLE IF EXISTS dyad_months")
    con.execute("DROP TABLE IF EXISTS dyad_events")
    con.execute("SET preserve_insertion_order = true")  # rows are stored in ORDER BY order: rowid runs per dyad
    select = f"""
        SELECT p.a, p.b, p.forward, {FLAGGED} AS flagged, e.*,
               d.title, c.cluster_id, c.num_mentions, c.num_articles, c.num_sources
        FROM events e
        JOIN ({DYAD_PAIRS}) p ON p.id = e.id
        LEFT JOIN documents d ON d.id = e.doc_id
        LEFT JOIN event_cluster_members m ON m.event_id = e.id
        LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
        WHERE e.day IS NOT NULL
        ORDER BY p.a, p.b, e.day, e.id DESC"""
    _create_table(con, select)
    con.execute(f"INSERT INTO dyad_events {select}")
    con.execute("""CREATE TABLE dyad_months AS
        SELECT a, b, date_trunc('month', day)::DATE AS month, type, forward, flagged,
               (cluster_id IS NULL OR cluster_id = id) AS representative, count(*) AS n,
               coalesce(sum(score), 0) AS score_sum, count(score) AS scored,
               coalesce(sum(tone), 0) AS tone_sum, count(tone) AS toned
        FROM dyad_events GROUP BY ALL ORDER BY a, b, month, type""")
    con.execute("""CREATE TABLE dyad_ranges AS
        SELECT a, b, e.first_row, e.last_row, e.events, m.first_row AS first_month_row, m.last_row AS last_month_row,
               m.n_rows AS month_rows
        FROM (SELECT a, b, min(rowid) AS first_row, max(rowid) AS last_row, count(*) AS events
              FROM dyad_events GROUP BY a, b) e
        JOIN (SELECT a, b, min(rowid) AS first_row, max(rowid) AS last_row, count(*) AS n_rows
              FROM dyad_months GROUP BY a, b) m USING (a, b)
        ORDER BY a, b""")
    if not _stored_in_order(con):  # rows not stored in sort order: queries fall back to comparing the codes
        con.execute("DROP TABLE dyad_ranges")
    count = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.execute("CREATE TABLE IF NOT EXISTS relations_meta (key VARCHAR, value VARCHAR)")
    con.execute("DELETE FROM relations_meta WHERE key = 'dyad_events_count'")
    con.execute("INSERT INTO relations_meta VALUES ('dyad_events_count', ?)", [str(count)])
    return con.execute("SELECT count(*) FROM dyad_events").fetchone()[0]


# Strings repeated by every event of an article: DuckDB stores them dictionary-compressed and decodes a
# segment's whole dictionary to read one page of rows (~2 ms a column); stored plain they are read row by row.
PLAIN_COLUMNS = ("doc_id", "source_url", "title")


def _create_table(con, select: str) -> None:
    """Create the empty dyad_events with the select's columns, PLAIN_COLUMNS without compression when supported."""
    columns = [(f'"{name}" {kind}', name in PLAIN_COLUMNS) for name, kind, *_ in con.execute(f"DESCRIBE {select}").fetchall()]
    try:
        con.execute(f"""CREATE TABLE dyad_events ({', '.join(
            column + (' USING COMPRESSION uncompressed' if plain else '') for column, plain in columns)})""")
    except duckdb.Error:  # a DuckDB without per-column compression: default storage is correct, only slower
        con.execute(f"CREATE TABLE dyad_events ({', '.join(column for column, _ in columns)})")


def _stored_in_order(con) -> bool:
    """Each dyad is one run of row ids, sorted by (day, id DESC) inside: what the rowid queries rely on."""
    gaps = con.execute("""SELECT count(*) FROM dyad_ranges
        WHERE last_row - first_row + 1 <> events OR last_month_row - first_month_row + 1 <> month_rows""").fetchone()[0]
    disorder = con.execute("""SELECT count(*) FROM (
        SELECT a, b, day, id, lag(a) OVER w AS pa, lag(b) OVER w AS pb, lag(day) OVER w AS pd, lag(id) OVER w AS pid
        FROM dyad_events WINDOW w AS (ORDER BY rowid))
        WHERE a = pa AND b = pb AND (day < pd OR (day = pd AND id > pid))""").fetchone()[0]
    return gaps == 0 and disorder == 0


def _tables(con) -> set[str]:
    return {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}


def dyad_index_ready(con) -> bool:
    """True when dyad_events exists and was built from the events table as it is now."""
    if not {"dyad_events", "relations_meta"} <= _tables(con):
        return False
    row = con.execute("SELECT value FROM relations_meta WHERE key = 'dyad_events_count'").fetchone()
    return row is not None and row[0] == str(con.execute("SELECT count(*) FROM events").fetchone()[0])


@dataclass(frozen=True)
class DyadIndex:
    """The current dyad index of a read-only store: each dyad's rowid run in dyad_events (None: compare codes)."""

    ranges: dict[tuple[str, str], tuple[int, int]] | None = field(default=None, hash=False)
    month_ranges: dict[tuple[str, str], tuple[int, int]] | None = field(default=None, hash=False)  # in dyad_months

    @property
    def months(self) -> bool:
        """dyad_months (per dyad, month, type, direction, flags) can answer month/quarter/year series."""
        return self.month_ranges is not None

    def month_run(self, a: str, b: str) -> tuple[int, int]:
        """(first, last) rowid of the dyad's rows in dyad_months, (1, 0) when it has none."""
        return (self.month_ranges or {}).get((min(a, b), max(a, b)), (1, 0))

    def run(self, a: str, b: str) -> tuple[int, int] | None:
        """(first, last) rowid of the dyad's events, (1, 0) when it has none; None without a ranges table."""
        if self.ranges is None:
            return None
        return self.ranges.get((min(a, b), max(a, b)), (1, 0))


def load_dyad_index(con) -> DyadIndex | None:
    """The dyad index when it is current (read the ranges once: the served store does not change), else None."""
    if not dyad_index_ready(con):
        return None
    if not {"dyad_ranges", "dyad_months"} <= _tables(con):
        return DyadIndex()
    rows = con.execute("SELECT a, b, first_row, last_row, first_month_row, last_month_row FROM dyad_ranges").fetchall()
    return DyadIndex({(a, b): (first, last) for a, b, first, last, _, _ in rows},
                     {(a, b): (first, last) for a, b, _, _, first, last in rows})


def indexed_condition(a: str, b: str, directed: bool, index: DyadIndex | None = None) -> tuple[str, list, str]:
    """WHERE clause on dyad_events for the dyad a–b (or a→b), and the SQL test meaning 'from a to b'."""
    lo, hi = min(a, b), max(a, b)
    a_is_lo = a == lo
    run = index.run(a, b) if isinstance(index, DyadIndex) else None
    if run is not None:
        clauses, params = ["rowid BETWEEN ? AND ?"], list(run)
    else:
        clauses, params = ["a = ?", "b = ?"], [lo, hi]
    forward_test = "forward" if a_is_lo else "NOT forward"
    if a == b:
        forward_test = "true"
    elif directed:
        clauses.append(forward_test)
    return " AND ".join(clauses), params, forward_test
