"""The `detente` command: a thin shell over the package API.

Each module of this package contributes the commands of one concern in its ``COMMANDS`` list.
"""
from __future__ import annotations

import importlib

import click

from detente import __version__

COMMAND_MODULES = ["ingest", "events", "quotes", "serve", "evaluate"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """Détente: political event data from the world's news.

    \b
    Example:
      detente ingest examples/articles --db demo.duckdb
      detente events --db demo.duckdb --dyad USA-COL
    """


for _name in COMMAND_MODULES:
    _module = importlib.import_module(f"detente.cli.{_name}")
    for _command in getattr(_module, "COMMANDS", []):
        main.add_command(_command)
