"""`detente serve`, `detente cluster` and `detente dyad`: relations and the web app over a store."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from detente.store.database import DEFAULT_DB


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="DuckDB store")
@click.option("--host", default="127.0.0.1", show_default=True, help="interface to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--enable-analyze-token", "analyze_token", envvar="DETENTE_ANALYZE_TOKEN", default=None,
              help="enable POST /api/analyze for clients presenting this token (env DETENTE_ANALYZE_TOKEN)")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db: str, host: str, port: int, analyze_token: str | None, log_level: str) -> None:
    """Serve the REST API (OpenAPI at /docs) and the dashboard, reading the store read-only.

    \b
    Example:
      detente serve --db demo.duckdb            # then open http://127.0.0.1:8000/
      curl 'http://127.0.0.1:8000/api/events?dyad=USA-COL&limit=5'
    """
    import uvicorn

    from detente.serve.app import create_app
    from detente.serve.db import StoreUnavailable

    try:
        app = create_app(db, analyze_token=analyze_token)
    except StoreUnavailable as error:
        raise click.ClickException(str(error)) from None
    if analyze_token and host not in ("127.0.0.1", "localhost", "::1"):
        click.echo("warning: POST /api/analyze is enabled on a non-local interface", err=True)
    click.echo(f"Détente dashboard: http://{host}:{port}/   API docs: http://{host}:{port}/docs   (Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level=log_level)


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--threshold", default=0.6, show_default=True, type=click.FloatRange(0.1, 1.0),
              help="estimated Jaccard similarity (word 5-shingles) above which articles are one story")
@click.option("--window-days", default=2, show_default=True, type=click.IntRange(0, 60),
              help="same dyad and type within this many days = same event")
def cluster(db: str, threshold: float, window_days: int) -> None:
    """Group articles into stories and events into clusters with mention/article/source counts (run after ingest).

    \b
    Example:
      detente cluster --db demo.duckdb
      curl 'http://127.0.0.1:8000/api/clusters?dyad=USA-COL'
    """
    import duckdb

    from detente.relations.clusters import cluster_store

    try:
        con = duckdb.connect(db)
    except duckdb.Error as error:
        raise click.ClickException(f"{db}: cannot open the store for writing ({error})") from None
    try:
        stats = cluster_store(con, threshold=threshold, window_days=window_days)
    finally:
        con.close()
    click.echo(f"{stats.documents} documents → {stats.stories} stories ({stats.multi_article_stories} reported more than once); "
               f"{stats.events} events → {stats.event_clusters} event clusters (largest: {stats.largest_cluster} mentions) "
               f"in {stats.seconds:.2f} s")


@click.command()
@click.argument("dyad")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--freq", default="month", show_default=True, type=click.Choice(["day", "week", "month", "quarter", "year"]))
@click.option("--from", "start", default=None, help="first day, YYYY-MM-DD")
@click.option("--to", "end", default=None, help="last day, YYYY-MM-DD")
@click.option("--directed", is_flag=True, help="only events from the first code to the second")
@click.option("--dedup", is_flag=True, help="one event per story cluster (after `detente cluster`)")
@click.option("--json", "as_json", is_flag=True, help="print the series and turning points as JSON")
def dyad(dyad: str, db: str, freq: str, start: str | None, end: str | None, directed: bool, dedup: bool,
         as_json: bool) -> None:
    """Print a dyad's cooperation–conflict series and its turning points.

    \b
    Example:
      detente dyad USA-COL --db demo.duckdb --freq month
      detente dyad 'USA>COL' --db demo.duckdb --json
    """
    import duckdb

    from detente.relations.dyads import parse_date, parse_dyad
    from detente.relations.series import dyad_series, turning_points
    from detente.serve.db import ReadOnlyStore, StoreUnavailable

    try:
        pair = parse_dyad(dyad, directed)
        first, last = parse_date(start, "--from"), parse_date(end, "--to")
        store = ReadOnlyStore(Path(db))
    except (ValueError, StoreUnavailable) as error:
        raise click.ClickException(str(error)) from None
    try:
        with store.cursor() as cur:
            series = dyad_series(cur, pair, freq, first, last, dedup=dedup)
    except (ValueError, duckdb.Error) as error:
        raise click.ClickException(str(error)) from None
    finally:
        store.close()
    result = turning_points(series)
    if as_json:
        click.echo(json.dumps({**dataclasses.asdict(series), "turning_points": dataclasses.asdict(result)}, default=str))
        return
    click.echo(f"{'period':<12}{'events':>7}{'index':>8}{'tone':>7}  types")
    marks = {p.period for p in result.points}
    for p in series.periods:
        index = "" if p.score_mean is None else f"{p.score_mean:+.2f}"
        tone = "" if p.tone_mean is None else f"{p.tone_mean:+.1f}"
        types = " ".join(f"{t}:{n}" for t, n in sorted(p.by_type.items()))
        click.echo(f"{p.period:<12}{p.count:>7}{index:>8}{tone:>7}  {types}{'   ◆ turning point' if p.period in marks else ''}")
    click.echo(result.summary + f" [method: {result.method}]")


COMMANDS = [serve, cluster, dyad]
