"""A dyad-sorted copy of the events, so dyad queries read a few row groups instead of the whole table.

Events arrive in ingest order; a dyad's events are spread over every row group, and DuckDB does not use
its ART indexes for these scans. ``dyad_events`` holds every events column plus a, b (the dyad's codes in
order), forward, flagged, the article title and the event's cluster counts, sorted by (a, b, day, id):
DuckDB's min/max zone maps then prune all row groups of other dyads. It costs a second copy of the events table on disk; it is rebuilt by
``detente cluster`` and trusted only while the events table still has the row count recorded at build time.
"""
from __future__ import annotations

from detente.relations.ddl import relations_schema_sql
from detente.relations.dyads import FLAG_FILTER

FLAGGED = f"NOT ({FLAG_FILTER})"


def build_dyad_index(con) -> int:
    """(Re)build dyad_events and record the events count it reflects; returns its row count."""
    con.execute(relations_schema_sql())
    con.execute("DROP TABLE IF EXISTS dyad_events")
    con.execute(f"""CREATE TABLE dyad_events AS
        SELECT least(e.source_country, e.target_country) AS a, greatest(e.source_country, e.target_country) AS b,
               e.source_country = least(e.source_country, e.target_country) AS forward, {FLAGGED} AS flagged, e.*,
               d.title, c.cluster_id, c.num_mentions, c.num_articles, c.num_sources
        FROM events e
        LEFT JOIN documents d ON d.id = e.doc_id
        LEFT JOIN event_cluster_members m ON m.event_id = e.id
        LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
        WHERE e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.day IS NOT NULL
        ORDER BY a, b, e.day, e.id""")
    count = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.execute("CREATE TABLE IF NOT EXISTS relations_meta (key VARCHAR, value VARCHAR)")
    con.execute("DELETE FROM relations_meta WHERE key = 'dyad_events_count'")
    con.execute("INSERT INTO relations_meta VALUES ('dyad_events_count', ?)", [str(count)])
    return con.execute("SELECT count(*) FROM dyad_events").fetchone()[0]


def dyad_index_ready(con) -> bool:
    """True when dyad_events exists and was built from the events table as it is now."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if not {"dyad_events", "relations_meta"} <= tables:
        return False
    row = con.execute("SELECT value FROM relations_meta WHERE key = 'dyad_events_count'").fetchone()
    return row is not None and row[0] == str(con.execute("SELECT count(*) FROM events").fetchone()[0])


def indexed_condition(a: str, b: str, directed: bool) -> tuple[str, list, str]:
    """WHERE clause on dyad_events for the dyad a–b (or a→b), and the SQL test meaning 'from a to b'."""
    lo, hi = min(a, b), max(a, b)
    a_is_lo = a == lo
    clauses, params = ["a = ?", "b = ?"], [lo, hi]
    forward_test = "forward" if a_is_lo else "NOT forward"
    if a == b:
        forward_test = "true"
    elif directed:
        clauses.append(forward_test)
    return " AND ".join(clauses), params, forward_test
