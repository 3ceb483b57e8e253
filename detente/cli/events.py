"""`detente events` (list coded events with their evidence) and `detente export-events` (POLECAT / GDELT)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from detente.store import DEFAULT_DB

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="DuckDB store file")

LIST_SQL = """
SELECT e.date, e.date_precision, e.type, e.mode, e.source_name, e.source_country, e.target_name, e.target_country,
       e.score, e.confidence, e.negated, e.hypothetical, e.future, e.historical, e.sentence, e.doc_id
FROM events e
WHERE {where}
ORDER BY coalesce(e.date, e.day) DESC, e.id
LIMIT ?
"""


def _open_store(db: str):
    from detente.store import Store, StoreError

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such store (create it with `detente ingest ... --db {db}`)")
    try:
        return Store(db, read_only=True)
    except StoreError as error:
        raise click.ClickException(str(error)) from error


def event_filters(dyad: str | None, event_type: str | None, since: str | None,
                  min_confidence: float | None = None) -> tuple[str, list]:
    """SQL condition and parameters for the listing filters (dyad "USA-COL" is directed: source-target)."""
    conditions, params = ["TRUE"], []
    if min_confidence is not None:
        conditions.append("e.confidence >= ?")
        params.append(min_confidence)
    if dyad:
        parts = dyad.upper().split("-")
        if len(parts) != 2 or not all(parts):
            raise click.BadParameter(f"{dyad!r}: expected SOURCE-TARGET country codes, e.g. USA-COL", param_hint="--dyad")
        conditions.append("list_contains(e.source_countries, ?) AND list_contains(e.target_countries, ?)")
        params += parts
    if event_type:
        conditions.append("e.type = ?")
        params.append(event_type.upper())
    if since:
        try:
            params.append(dt.date.fromisoformat(since))
        except ValueError as error:
            raise click.BadParameter(f"{since!r}: expected an ISO date YYYY-MM-DD", param_hint="--since") from error
        conditions.append("coalesce(e.date, e.day) >= ?")
    return " AND ".join(conditions), params


@click.command(name="events")
@db_option
@click.option("--dyad", default=None, help="Directed country dyad SOURCE-TARGET, e.g. USA-COL.")
@click.option("--type", "event_type", default=None, help="PLOVER type, e.g. CONSULT.")
@click.option("--since", default=None, help="Only events on or after this ISO date.")
@click.option("--min-confidence", default=None, type=click.FloatRange(0, 1),
              help="Only events at least this likely to be right in every respect (calibrated; on held-out news 0.4 "
                   "keeps 0.32 of events, 1.6 times as precise as all: bench/events_confidence_eval.py).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, None), help="Most events shown.")
def events(db: str, dyad: str | None, event_type: str | None, since: str | None, min_confidence: float | None,
           limit: int) -> None:
    """List coded events, newest first, with the sentence that is their evidence.

    \b
    Example:
      detente events --db demo.duckdb --dyad USA-COL --type CONSULT --since 2026-01-01
      detente events --db demo.duckdb --min-confidence 0.4
    """
    from rich.console import Console
    from rich.table import Table

    where, params = event_filters(dyad, event_type, since, min_confidence)
    with _open_store(db) as store:
        rows = store.cursor().execute(LIST_SQL.format(where=where), params + [limit]).fetchall()
    if not rows:
        click.echo("No events match.")
        return
    table = Table(show_lines=True)
    for column in ("date", "event", "source → target", "flags", "score", "evidence"):
        table.add_column(column, overflow="fold")
    for (date, precision, kind, mode, s_name, s_country, t_name, t_country, score, confidence,
         negated, hypothetical, future, historical, sentence, _doc) in rows:
        flags = [name for name, on in (("negated", negated), ("hypothetical", hypothetical), ("future", future),
                                       ("historical", historical)) if on]
        table.add_row(
            f"{date or ''}" + (f" ({precision})" if precision else ""),
            kind + (f":{mode}" if mode else ""),
            f"{_actor(s_name, s_country)} → {_actor(t_name, t_country)}",
            ", ".join(flags),
            f"{score:+.1f} ({confidence:.2f})",
            sentence or "",
        )
    Console().print(table)


def _actor(name: str | None, country: str | None) -> str:
    if not name:
        return "—"
    return f"{name} [{country}]" if country else name


@click.command(name="export-events")
@click.option("--format", "fmt", type=click.Choice(["polecat", "gdelt"]), required=True, help="Output shape.")
@db_option
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
def export_events_command(fmt: str, db: str, out: str) -> None:
    """Export every stored event as a POLECAT-like TSV or a GDELT-like CSV.

    \b
    Example:
      detente export-events --format polecat --db demo.duckdb --out events.tsv
      detente export-events --format gdelt --db demo.duckdb --out events.csv
    """
    from detente.store.exports_events import export_events

    with _open_store(db) as store:
        count = export_events(store.cursor(), fmt, out)
    click.echo(f"{out}: {count} events ({fmt})")


COMMANDS = [events, export_events_command]
