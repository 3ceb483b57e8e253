"""`detente ingest`, `analyze`, `export` and `summary`: reading news into the store and getting it out again."""
from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

import click

from detente.store.database import DEFAULT_DB

REJECTED_EXIT = 3  # exit status when any input was rejected (the rest was processed)
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="DuckDB store file")
lang_option = click.option("--lang", default=None, metavar="CODES",
                           help="languages to detect, comma-separated ISO 639-1 codes (e.g. en,es)")
actors_option = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                              help="extra actor file (TSV or TABARI/PETRARCH dictionary); repeatable, see docs/actors.md")
workers_option = click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
                              help="processes analysing documents in parallel")
timeout_option = click.option("--timeout", default=15.0, show_default=True, type=click.FloatRange(0.1),
                              help="seconds allowed for each URL fetch")
max_mb_option = click.option("--max-mb", default=20, show_default=True, type=click.IntRange(1),
                             help="reject any single document larger than this many MB")
robots_option = click.option("--ignore-robots", is_flag=True,
                             help="fetch URLs even where the site's robots.txt disallows our user agent")


def reading_options(command):
    """The options `ingest` and `analyze` share: how documents are read and analysed."""
    for option in reversed((workers_option, lang_option, actors_option, timeout_option, max_mb_option, robots_option)):
        command = option(command)
    return command


def _options(timeout: float, max_mb: int, ignore_robots: bool):
    from detente.ingest.options import MB, IngestOptions

    return IngestOptions(max_bytes=max_mb * MB, timeout=timeout, obey_robots=not ignore_robots)


def _configure_analysis(lang: str | None, actor_files: tuple[str, ...]) -> None:
    """Languages and user actor files reach every stage (here and in worker processes) through the environment."""
    if lang:
        os.environ["DETENTE_LANGUAGES"] = lang
    if actor_files:
        from detente.knowledge.actors import use_actor_files

        use_actor_files(actor_files)


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@reading_options
@click.option("--extract-only", is_flag=True, help="store the clean articles without analysing them (fast loading)")
@click.option("--dask", "dask_address", default=None, metavar="local|ADDRESS",
              help="run the analysis on Dask: 'local' starts a LocalCluster of --workers processes")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1), help="documents per transaction")
@click.option("--progress/--no-progress", default=True, show_default=True, help="show a progress bar on a terminal")
def ingest(sources: tuple[str, ...], db: str, workers: int, lang: str | None, actor_files: tuple[str, ...],
           timeout: float, max_mb: int, ignore_robots: bool, extract_only: bool, dask_address: str | None, batch_size: int, progress: bool) -> None:
    """Read articles from SOURCES, analyse them and store them in the DuckDB file.

    SOURCES are text or HTML files, directories (recursive), JSONL files (one article per line: text or html,
    optional url, title, published, lang), .gz of any of these, WARC/WARC.gz files, page or RSS/Atom feed URLs,
    and - for standard input. Inputs already stored are skipped, so re-running (or resuming an interrupted run)
    never stores anything twice. URLs are fetched only where the site's robots.txt allows it. Rejected inputs are
    printed with the reason and recorded in the rejects table; the exit status is 3 when anything was rejected.

    \b
    Example:
      detente ingest examples/articles --db demo.duckdb
      detente ingest crawl.warc.gz news.jsonl https://example.org/feed.xml --workers 2
      zcat wire.jsonl.gz | detente ingest - --db wire.duckdb
      detente ingest corpus/ --dask local --workers 2
    """
    from detente.ingest.runner import IngestError, analyze_document, extract_document, run_ingest
    from detente.store import Store, StoreError

    _configure_analysis(lang, actor_files)
    console = _stderr()
    try:
        store = Store(db)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    with store, _progress(console, enabled=progress) as bar:
        task = bar.add_task("ingesting", total=None) if bar else None

        def show(report) -> None:
            if bar:
                bar.update(task, description=f"read {report.read} · analysed {report.analysed} · stored {report.stored} "
                                                  f"· skipped {report.skipped} · rejected {report.rejected}")

        def print_reject(reject) -> None:
            from rich.markup import escape

            console.print(f"[red]rejected[/red] {escape(reject.source)}: {escape(reject.reason)}", soft_wrap=True)

        def print_warning(document) -> None:
            from rich.markup import escape

            name = document.article.source or document.article.url or document.article.id
            for warning in document.warnings:
                console.print(f"[yellow]warning[/yellow] {escape(name)}: {escape(warning)}; stored without that layer",
                              soft_wrap=True)

        try:
            report = run_ingest(sources, store, workers=workers, options=_options(timeout, max_mb, ignore_robots), batch_size=batch_size,
                                on_reject=print_reject, on_warning=print_warning, on_batch=show, on_progress=show,
                                job=extract_document if extract_only else analyze_document, dask=dask_address)
        except IngestError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            console.print("interrupted: finished documents are stored; run the same command again to resume")
            sys.exit(130)
    click.echo(f"{db}: {report.line()}")
    if report.rejected:
        sys.exit(REJECTED_EXIT)


def _progress(console, enabled: bool):
    if not enabled or not console.is_terminal:
        return contextlib.nullcontext()
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                    console=console, transient=True)


@click.command()
@click.argument("source")
@click.option("--published", default=None, metavar="DATE", help="publication date (YYYY-MM-DD) for relative dates")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one indented object (an array for several documents); jsonl: one line per document")
@reading_options
def analyze(source: str, published: str | None, fmt: str, workers: int, lang: str | None,
            actor_files: tuple[str, ...], timeout: float, max_mb: int, ignore_robots: bool) -> None:
    """Analyse SOURCE and print the JSON document(s) without storing anything.

    SOURCE is anything `detente ingest` accepts (file, directory, JSONL, .gz, WARC, URL, feed, - for stdin).
    A JSONL input gives one output line per record, in input order, with the record's url in article.url; a
    record that fails prints an error line on stderr and the rest goes on (exit status 3).
    The JSON contract is documented in docs/schema.md.

    \b
    Example:
      detente analyze article.txt --published 2026-02-04
      detente analyze records.jsonl --format jsonl > analysed.jsonl
      curl -s https://example.org/news/1 | detente analyze - --format jsonl
    """
    from detente.ingest import read_sources
    from detente.ingest.runner import IngestError, analyze_document, process_all
    from detente.model import RawDocument, Reject

    _configure_analysis(lang, actor_files)

    def inputs():
        for item in read_sources([source], _options(timeout, max_mb, ignore_robots)):
            if isinstance(item, RawDocument) and published:
                item.published = published
            yield item

    rejected, collected = 0, []
    try:
        for result in process_all(inputs(), analyze_document, workers):
            if isinstance(result, Reject):
                rejected += 1
                click.echo(f"error: {result.source}: {result.reason}", err=True)
                continue
            for warning in result.warnings:
                click.echo(f"warning: {result.article.source or result.article.id}: {warning}", err=True)
            if fmt == "jsonl":
                click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
            else:
                collected.append(result.to_dict())
    except IngestError as error:
        raise click.ClickException(str(error)) from None
    if fmt == "json" and collected:
        click.echo(json.dumps(collected[0] if len(collected) == 1 else collected, ensure_ascii=False, indent=2))
    if rejected:
        sys.exit(REJECTED_EXIT)


def _open_existing(db: str):
    from detente.store import StoreError, open_existing

    try:
        return open_existing(db)
    except StoreError as error:
        raise click.ClickException(str(error)) from None


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet", "csv"]), required=True, help="output format")
@db_option
@click.option("--out", required=True, type=click.Path(), help="output file (a directory for every table; - is stdout for jsonl)")
@click.option("--table", default=None, help="table to export as parquet/csv (default: every table, into --out as a directory)")
def export(fmt: str, db: str, out: str, table: str | None) -> None:
    """Export the store: JSONL documents (same shape as `detente analyze`), or tables as Parquet/CSV.

    \b
    Example:
      detente export --format jsonl --db demo.duckdb --out demo.jsonl
      detente export --format jsonl --db demo.duckdb --out - | head -1
      detente export --format parquet --db demo.duckdb --out events.parquet --table events
      detente export --format csv --db demo.duckdb --out demo_csv/
    """
    from detente.store.exports import EXPORTABLE_TABLES, export_jsonl, export_table

    with _open_existing(db) as store:
        con = store.cursor()
        if fmt == "jsonl":
            if table:
                raise click.UsageError("--table applies to parquet and csv; jsonl exports whole documents")
            if out == "-":
                export_jsonl(con, sys.stdout)
            else:
                click.echo(f"{out}: {export_jsonl(con, out)} documents")
            return
        try:
            if table:
                click.echo(f"{out}: {export_table(con, table, fmt, out)} rows of {table}")
                return
            Path(out).mkdir(parents=True, exist_ok=True)
            for name in EXPORTABLE_TABLES:
                path = Path(out) / f"{name}.{fmt}"
                click.echo(f"{path}: {export_table(con, name, fmt, path)} rows")
        except ValueError as error:
            raise click.UsageError(str(error)) from None


@click.command()
@db_option
@click.option("--top", default=5, show_default=True, type=click.IntRange(1), help="how many dyads and actors to list")
def summary(db: str, top: int) -> None:
    """Print a short human summary of a store: counts, top dyads and top actors.

    \b
    Example:
      detente summary --db demo.duckdb
    """
    from detente.store.queries import counts, event_types, recent_rejects, top_actors, top_dyads

    with _open_existing(db) as store:
        con = store.cursor()
        n = counts(con)
        dyads, actors, rejects = top_dyads(con, top), top_actors(con, top), recent_rejects(con, top)
        types = event_types(con)
    click.echo(f"{db}: {n['documents']} articles, {n['paragraphs']} paragraphs, {n['actors']} actors, "
               f"{n['events']} events, {n['quotes']} quotes, {n['rejects']} rejects")
    if types:
        click.echo("Events by type: " + ", ".join(f"{name} {n}" for name, n in types))
    if dyads:
        click.echo("Top dyads (source → target: events, mean PLOVER score):")
        for d in dyads:
            score = f"{d.mean_score:+.1f}" if d.mean_score is not None else "n/a"
            click.echo(f"  {d.source} → {d.target}: {_plural(d.events, 'event')}, mean score {score}")
    if actors:
        click.echo("Top actors (articles, mentions):")
        for a in actors:
            code = "/".join(part for part in (a.country, a.sector) if part) or "unresolved"
            click.echo(f"  {a.name} [{code}]: {_plural(a.documents, 'article')}, {_plural(a.mentions, 'mention')}")
    if rejects:
        click.echo("Rejected inputs (latest):")
        for source, reason in rejects:
            click.echo(f"  {source}: {reason}")
    root = click.get_current_context().find_root().command
    if isinstance(root, click.Group) and "serve" in root.commands:
        click.echo(f"Open the dashboard: detente serve --db {db}")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


COMMANDS = [ingest, analyze, export, summary]
