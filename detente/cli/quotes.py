"""CLI commands (being written)."""

COMMANDS: list = []
