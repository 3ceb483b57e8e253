"""The relation tables' DDL (detente/relations/schema.sql), created if missing."""
from __future__ import annotations

from importlib import resources


def relations_schema_sql() -> str:
    return resources.files("detente.relations").joinpath("schema.sql").read_text(encoding="utf-8")
