"""An event with several countries on one side belongs to every dyad it names, indexed or not, old store or new."""
from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from detente.model import ActorRef
from detente.relations import dyad_series, parse_dyad
from detente.relations.dyad_index import build_dyad_index, load_dyad_index
from detente.store import Store
from detente.store.queries import top_dyads

TEXT = "The United States and Russia accused Colombia and Venezuela of blocking the talks."


@pytest.fixture()
def store_path(build, tmp_path):
    event = build.event(TEXT, TEXT, "accused", "USA", "COL", "ACCUSE", -3.0, date="2026-01-10")
    event = replace(event,
                    source=[*event.source, ActorRef(id="A3", name="Russia", country="RUS", sector="GOV")],
                    target=[*event.target, ActorRef(id="A4", name="Venezuela", country="VEN", sector="GOV"),
                            ActorRef(id="A5", name="Venezuelan army", country="VEN", sector="MIL")])
    return build.write(tmp_path / "multi.duckdb", [build.document("multi", TEXT, "2026-01-12", [event])])


def _counts(con, indexed: bool) -> dict[str, int]:
    return {name: dyad_series(con, parse_dyad(name), freq="month", indexed=indexed).total
            for name in ("USA-COL", "RUS-VEN", "RUS-COL", "USA-VEN", "COL-VEN", "USA-RUS")}


def test_every_source_target_pair_is_a_dyad_with_and_without_the_index(store_path):
    with duckdb.connect(store_path) as con:
        expected = {"USA-COL": 1, "RUS-VEN": 1, "RUS-COL": 1, "USA-VEN": 1, "COL-VEN": 0, "USA-RUS": 0}
        assert _counts(con, indexed=False) == expected
        assert build_dyad_index(con) == 4  # one row per dyad, not per actor pair (VEN twice on the target side)
        assert _counts(con, indexed=load_dyad_index(con)) == expected
        directed = dyad_series(con, parse_dyad("VEN>RUS"), freq="month", indexed=False)
        assert directed.total == 0
        assert dyad_series(con, parse_dyad("RUS>VEN"), freq="month", indexed=False).total == 1
        pairs = {(d.source, d.target) for d in top_dyads(con)}
        assert pairs == {("USA", "COL"), ("USA", "VEN"), ("RUS", "COL"), ("RUS", "VEN")}


def test_a_store_written_before_the_country_lists_is_filled_from_event_actors(store_path):
    with duckdb.connect(store_path) as con:  # as an older version wrote it: no country lists, same indexes
        indexes = con.execute("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = 'events'").fetchall()
        for name, _ in indexes:
            con.execute(f"DROP INDEX {name}")
        con.execute("ALTER TABLE events DROP COLUMN source_countries")
        con.execute("ALTER TABLE events DROP COLUMN target_countries")
        for _, sql in indexes:
            con.execute(sql)
    Store(store_path).close()  # a writer opens it: the schema adds and fills the lists
    with duckdb.connect(store_path, read_only=True) as con:
        sources, targets = con.execute("SELECT source_countries, target_countries FROM events").fetchone()
        assert sorted(sources) == ["RUS", "USA"] and sorted(targets) == ["COL", "VEN"]
        assert _counts(con, indexed=False)["RUS-VEN"] == 1
