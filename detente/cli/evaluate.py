"""`detente eval ...`: evaluation commands that score Détente against gold data."""
from __future__ import annotations

from pathlib import Path

import click


@click.group(name="eval")
def eval_group() -> None:
    """Score Détente against gold data sets.

    \b
    Example:
      detente eval events ../shared/eval/events/plover_gsr.jsonl
    """


@eval_group.command(name="events")
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
def eval_events(dataset: Path, limit: int | None) -> None:
    """Score the event coder on DATASET (plover_gsr.jsonl, spanish_protest_dev.jsonl or case2021_dev.jsonl).

    Records at even positions are the dev split (the only part used while writing rules), odd positions the
    held-out split; both are reported, and all.

    \b
    Example:
      detente eval events ../shared/eval/events/spanish_protest_dev.jsonl --limit 50
    """
    from detente.analyze.events.evaluation import evaluate_file

    try:
        lines = evaluate_file(dataset, limit)
    except (ValueError, KeyError) as error:
        raise click.ClickException(str(error)) from error
    for line in lines:
        click.echo(line)


COMMANDS = [eval_group]
