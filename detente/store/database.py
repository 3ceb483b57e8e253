"""The DuckDB store: one read-write connection, schema set-up, batch writes in one transaction."""
from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa

from detente.model import Document, Reject
from detente.store.rows import Row, document_rows

SCHEMA_VERSION = "1"
DEFAULT_DB = "detente.duckdb"
DOCUMENT_TABLES = ["documents", "paragraphs", "actors", "actor_mentions", "events", "event_actors", "quotes", "tone"]


class StoreError(RuntimeError):
    """The store file cannot be opened (locked by another writer, not a DuckDB file, ...)."""


def schema_sql() -> str:
    return resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")


def open_existing(path: str | Path, read_only: bool = True) -> "Store":
    """A store that must already exist (readers: summary, export, events, quotes); StoreError names the file."""
    if not Path(path).exists():
        raise StoreError(f"{path}: no such store (create it with `detente ingest ... --db {path}`)")
    return Store(path, read_only=read_only)


def _lacks_country_lists(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the events table was written before ``source_countries`` / ``target_countries`` existed."""
    return not con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'events' AND column_name = 'source_countries'"
    ).fetchone()[0]


def _rebuild_events_with_country_lists(con: duckdb.DuckDBPyConnection) -> None:
    """Give an older store its country lists, filled from ``event_actors`` (first actor's country first).

    The table is rebuilt in one transaction rather than updated: DuckDB rewrites every updated list row, which took
    eleven minutes on a million events where the rebuild takes seconds.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("""
            CREATE TEMP TABLE event_countries AS
            SELECT doc_id, event_id,
                list(country ORDER BY first_position) FILTER (WHERE role = 'source') AS sources,
                list(country ORDER BY first_position) FILTER (WHERE role = 'target') AS targets
            FROM (SELECT doc_id, event_id, role, country, min(position) AS first_position
                  FROM event_actors WHERE country IS NOT NULL GROUP BY ALL)
            GROUP BY doc_id, event_id""")
        con.execute("""
            CREATE TABLE events_with_countries AS
            SELECT e.*, coalesce(c.sources, []) AS source_countries, coalesce(c.targets, []) AS target_countries
            FROM events e LEFT JOIN event_countries c ON c.doc_id = e.doc_id AND c.event_id = e.event_id
            ORDER BY e.rowid""")
        con.execute("DROP TABLE events")
        con.execute("ALTER TABLE events_with_countries RENAME TO events")
        con.execute("DROP TABLE event_countries")
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise


class Store:
    """A Détente DuckDB file. Writers hold the only connection; readers use :meth:`cursor`."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as error:
            hint = "; is another process (detente ingest?) writing to it?" if "lock" in str(error).lower() else ""
            raise StoreError(f"{self.path}: cannot open the store ({error}){hint}") from error
        if not read_only:
            self.con.execute(schema_sql())
            if _lacks_country_lists(self.con):
                _rebuild_events_with_country_lists(self.con)
                self.con.execute(schema_sql())  # the events indexes again
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        self._arrow_schemas: dict[str, pa.Schema] = {}
        self._known: set[str] | None = None

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False) -> "Store":
        return cls(path, read_only=read_only)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of the one connection, for readers in the writer's process (threads included)."""
        return self.con.cursor()

    # ---- idempotency -------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        """Ids of every stored document (loaded once, then kept current by :meth:`write`)."""
        if self._known is None:
            self._known = {row[0] for row in self.con.execute("SELECT id FROM documents").fetchall()}
        return self._known

    def has(self, doc_id: str) -> bool:
        return doc_id in self.known_ids()

    # ---- writes ------------------------------------------------------------------------------
    def write(self, documents: Iterable[Document], rejects: Iterable[Reject] = ()) -> int:
        """Store a batch of documents (skipping ids already stored) and rejects in one transaction.

        Returns the number of documents newly stored.
        """
        known = self.known_ids()
        now = dt.datetime.now()
        tables: dict[str, list[Row]] = {name: [] for name in DOCUMENT_TABLES}
        new_ids: list[str] = []
        for doc in documents:
            if doc.article.id in known or doc.article.id in new_ids:
                continue
            new_ids.append(doc.article.id)
            for name, rows in document_rows(doc, now).items():
                tables[name].extend(rows)
        reject_rows = [{"source": r.source, "reason": r.reason, "doc_id": r.doc_id, "rejected_at": now} for r in rejects]
        if not new_ids and not reject_rows:
            return 0
        self.con.begin()
        try:
            for name, rows in tables.items():
                self._insert(name, rows)
            self._insert_rejects(reject_rows)
            self.con.commit()
        except Exception:
            self.con.rollback()
            raise
        known.update(new_ids)
        return len(new_ids)

    def write_rejects(self, rejects: Iterable[Reject]) -> None:
        self.write([], rejects)

    def _arrow_schema(self, table: str) -> pa.Schema:
        if table not in self._arrow_schemas:
            self._arrow_schemas[table] = self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
        return self._arrow_schemas[table]

    def _insert(self, table: str, rows: list[Row]) -> None:
        """Load rows through one Arrow table: a single INSERT per table per batch."""
        if not rows:
            return
        self.con.from_arrow(pa.Table.from_pylist(rows, schema=self._arrow_schema(table))).insert_into(table)

    def _insert_rejects(self, rows: list[Row]) -> None:
        """Rejects are recorded once per (source, reason, doc_id), however often the input is re-run."""
        if not rows:
            return
        unique = list({(r["source"], r["reason"], r["doc_id"]): r for r in rows}.values())
        batch = pa.Table.from_pylist(unique, schema=self._arrow_schema("rejects"))
        self.con.register("_detente_rejects", batch)
        try:
            self.con.execute(
                "INSERT INTO rejects SELECT b.* FROM _detente_rejects b WHERE NOT EXISTS ("
                " SELECT 1 FROM rejects r WHERE r.source = b.source AND r.reason = b.reason"
                " AND r.doc_id IS NOT DISTINCT FROM b.doc_id)"
            )
        finally:
            self.con.unregister("_detente_rejects")
