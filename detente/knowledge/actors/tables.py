"""Readers of the knowledge folder's plain files (TSV with a header, one-word-per-line lists), apart from the
knowledge base so that word-list modules can use them without importing it."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).parent


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with a header line; ``#`` lines are comments; short rows are padded."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return
        for row in reader:
            row = row + [""] * (len(header) - len(row))
            yield {name: value.strip() for name, value in zip(header, row)}


def read_words(path: Path) -> list[str]:
    """The words of a one-per-line list; blank lines and ``#`` comments are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]
