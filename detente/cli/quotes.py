"""`detente quotes`: who said what, from the quotes table of a store."""
from __future__ import annotations

import click

from detente.store import DEFAULT_DB

LIST_SQL = """
SELECT q.speaker_name, q.speaker_text, q.speaker_country, q.speaker_sector, q.direct, q.cue, q.text, q.about,
       q.tone, q.doc_id
FROM quotes q
WHERE {where}
ORDER BY q.doc_id, q."start"
LIMIT ?
"""


def quote_filters(speaker: str | None, contains: str | None) -> tuple[str, list]:
    """SQL condition for the filters: a speaker name (part of it) or a country / country-sector code."""
    conditions, params = ["TRUE"], []
    if speaker:
        code = speaker.upper().split("-")
        by_name = "(q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)"
        params += [f"%{speaker}%", f"%{speaker}%"]
        if len(code) <= 2 and all(part.isalpha() and len(part) == 3 for part in code):
            by_code = "q.speaker_country = ?" + (" AND q.speaker_sector = ?" if len(code) == 2 else "")
            conditions.append(f"({by_name} OR ({by_code}))")
            params += code
        else:
            conditions.append(by_name)
    if contains:
        conditions.append("q.text ILIKE ?")
        params.append(f"%{contains}%")
    return " AND ".join(conditions), params


@click.command(name="quotes")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="DuckDB store file")
@click.option("--speaker", default=None, help="Speaker name (or part of it) or code: COL, USA-GOV.")
@click.option("--contains", default=None, help="Only quotes whose text contains this (case-insensitive).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, None), help="Most quotes shown.")
def quotes(db: str, speaker: str | None, contains: str | None, limit: int) -> None:
    """List attributed quotes: speaker, cue, words, what they are about, tone (-10..+10).

    \b
    Example:
      detente quotes --db demo.duckdb --speaker Petro
      detente quotes --db demo.duckdb --speaker USA-GOV --contains "drug" --limit 5
    """
    from rich.console import Console
    from rich.table import Table

    from detente.store.database import StoreError, open_existing

    where, params = quote_filters(speaker, contains)
    try:
        with open_existing(db) as store:
            rows = store.cursor().execute(LIST_SQL.format(where=where), params + [limit]).fetchall()
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    if not rows:
        click.echo("No quotes match.")
        return
    table = Table(show_lines=True)
    for column in ("speaker", "cue", "quote", "about", "tone"):
        table.add_column(column, overflow="fold")
    for name, text, country, sector, direct, cue, words, about, tone, _doc in rows:
        code = "-".join(p for p in (country, sector) if p)
        who = (name or text or "—") + (f" [{code}]" if code else "")
        shown = f"“{words}”" if direct else words
        table.add_row(who, cue or "", shown, about or "", f"{tone:+.1f}" if tone is not None else "")
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped or captured output: keep each quote on as few lines as possible
    console.print(table)


COMMANDS = [quotes]
