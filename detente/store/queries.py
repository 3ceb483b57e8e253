"""Read queries for summaries: counts, top dyads and top actors."""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

COUNTED_TABLES = ["documents", "paragraphs", "actors", "events", "quotes", "rejects"]


@dataclass
class DyadCount:
    source: str
    target: str
    events: int
    mean_score: float | None


@dataclass
class ActorCount:
    name: str
    country: str | None
    sector: str | None
    documents: int
    mentions: int


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of the main tables."""
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}


def top_dyads(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[DyadCount]:
    """Directed country dyads by event count, with the mean PLOVER score."""
    rows = con.execute(
        "SELECT s, t, count(*) AS n, avg(score) FROM events, unnest(source_countries) AS sources(s),"
        " unnest(target_countries) AS targets(t) GROUP BY ALL ORDER BY n DESC, s, t LIMIT ?",
        [limit],
    ).fetchall()
    return [DyadCount(source=s, target=t, events=n, mean_score=m) for s, t, n, m in rows]


def top_actors(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[ActorCount]:
    """Actors by the number of documents that mention them, then by mentions."""
    rows = con.execute(
        "SELECT a.name, a.country, a.sector, count(DISTINCT a.doc_id) AS docs, count(m.mention) AS mentions"
        " FROM actors a LEFT JOIN actor_mentions m ON m.doc_id = a.doc_id AND m.actor_id = a.actor_id"
        " GROUP BY ALL ORDER BY docs DESC, mentions DESC, a.name LIMIT ?",
        [limit],
    ).fetchall()
    return [ActorCount(name=n, country=c, sector=s, documents=d, mentions=m) for n, c, s, d, m in rows]


def event_types(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """PLOVER types by event count."""
    return con.execute("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type").fetchall()


def recent_rejects(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT source, reason FROM rejects ORDER BY rejected_at DESC, source LIMIT ?", [limit]
    ).fetchall()
