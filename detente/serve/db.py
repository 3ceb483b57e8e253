"""The server's read-only view of a store: one DuckDB connection, one cursor per request."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb


class StoreUnavailable(RuntimeError):
    """The store file is missing, not a DuckDB file, or locked by a writer."""


class ReadOnlyStore:
    """Opens the DuckDB file read-only (a writer process may not hold it at the same time)."""

    def __init__(self, path: str | Path, read_only: bool = True) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreUnavailable(f"{self.path}: no such store (create it with `detente ingest ... --db {self.path}`)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as error:
            raise StoreUnavailable(f"{self.path}: cannot open the store read-only ({error}); "
                                   "is `detente ingest` still writing to it?") from error
        self.tables = {row[0] for row in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        missing = {"documents", "events", "quotes", "actors"} - self.tables
        if missing:
            self.con.close()
            raise StoreUnavailable(f"{self.path}: not a Détente store (missing tables: {', '.join(sorted(missing))})")

    def has(self, table: str) -> bool:
        return table in self.tables

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request (cursors are safe to use from the server's worker threads)."""
        cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        self.con.close()


def rows_as_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]
