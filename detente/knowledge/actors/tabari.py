"""Importer for TABARI/PETRARCH dictionaries, so existing CAMEO actor and agent lists can extend ours.

Actor entries look like ``GUSTAVO_PETRO_ [COLGOV 220807-260807]`` with ``+ALIAS`` lines and optional
further ``[CODE DATES]`` lines (``>YYMMDD`` from, ``<YYMMDD`` until, ``YYMMDD-YYMMDD`` between);
agent entries look like ``FARMER [~AGR]``. ``#`` starts a comment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from detente.knowledge.actors import Term

CODE = re.compile(r"\[([~A-Za-z]{1,12})(?:\s+([<>]?\d{6})(?:\s*-\s*(\d{6}))?)?\]")
NAME = re.compile(r"^([^\s\[+#{]+)")
CENTURY_PIVOT = 40  # two-digit years up to 40 are 20YY, later ones 19YY


@dataclass
class TabariRecord:
    name: str
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    agent: bool = False  # an agent word ([~SEC]) rather than a named actor

    @property
    def person(self) -> bool:
        """Dated roles mark people; undated codes mark organizations and places."""
        return not self.agent and any(t.start or t.end for t in self.terms)


def is_tabari(path: Path) -> bool:
    """TABARI files have bracketed codes after underscore-joined names; TSV files have tabs."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = [line for line in (next(handle, "") for _ in range(200)) if line.strip() and not line.startswith("#")]
    return bool(head) and not any("\t" in line for line in head[:3]) and any(CODE.search(line) for line in head)


def tabari_date(text: str) -> str:
    year, month, day = int(text[:2]), text[2:4], text[4:6]
    century = 2000 if year <= CENTURY_PIVOT else 1900
    return f"{century + year}-{month}-{day}"


def tabari_name(token: str) -> str:
    """GUSTAVO_PETRO_ -> Gustavo Petro (TABARI names are upper case with underscores for spaces)."""
    words = [w for w in token.strip("+").split("_") if w]
    return " ".join(w.capitalize() for w in words)


def parse_code(code: str, first: str | None, second: str | None) -> Term:
    code = code.upper()
    if code.startswith("~"):
        return Term(None, code[1:4] or None)
    country, sector = code[:3], code[3:6] or None
    start = end = None
    if first and first.startswith(">"):
        start = tabari_date(first[1:])
    elif first and first.startswith("<"):
        end = tabari_date(first[1:])
    elif first:
        start = tabari_date(first)
        end = tabari_date(second) if second else None
    return Term(country, sector, None, start, end)


def read_tabari(path: Path) -> Iterator[TabariRecord]:
    """Records of a TABARI/PETRARCH actors or agents file."""
    current: TabariRecord | None = None
    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith("!"):
                continue
            stripped = line.strip()
            codes = [parse_code(*m.groups()) for m in CODE.finditer(stripped)]
            if stripped.startswith("+"):
                if current is not None:
                    current.aliases.append(tabari_name(NAME.match(stripped[1:]).group(1)))
                    current.terms.extend(codes)
                continue
            if not raw[0].isspace() and NAME.match(stripped):
                if current is not None and current.terms:
                    yield current
                token = NAME.match(stripped).group(1)
                is_agent = any(m.group(1).startswith("~") for m in CODE.finditer(stripped))
                name = tabari_name(token).lower() if is_agent else tabari_name(token)
                current = TabariRecord(name, [], list(codes), is_agent)
            elif current is not None:
                current.terms.extend(codes)
    if current is not None and current.terms:
        yield current
