"""Hand-judged event lines of the real-news corpus (bench/events_corpus_audit_*.tsv, events_corpus_rejudged_*.tsv,
events_corpus_changes_*.tsv), read as one set: each judged line's event shape and whether it was right in every
respect. The calibration scripts train on the DEV pages' lines and score on the HELD-OUT pages' lines."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bench._data import corpus_split

BENCH = Path(__file__).resolve().parent
SIDE = re.compile(r"(?:^|,)([A-Z]{3}|-)/([A-Z]{3}|-):")  # "USA/GOV:Joe Biden,-/-:Hamas" -> each actor's codes


@dataclass(frozen=True)
class JudgedLine:
    page: str
    split: str
    type: str
    source: str  # dump form: "COUNTRY/SECTOR:name,..."
    target: str
    flags: str
    trigger: str
    sentence: str
    right: bool  # right in every respect (event, type, source, target, flags)
    file: str

    def key(self) -> tuple[str, ...]:
        return (self.page, self.type, self.source, self.target, self.flags, self.trigger, self.sentence)


def judged_files() -> list[Path]:
    """Every judged file, audits first: a later verdict on the same line (a re-judgement) replaces an earlier one.
    The second judge's re-reading of stop 20's sample (events_corpus_audit_s20_judge2.tsv) is left out, so that no
    line counts twice."""
    audits = sorted(p for p in BENCH.glob("events_corpus_audit_s*.tsv") if "judge2" not in p.name)
    return audits + sorted(BENCH.glob("events_corpus_rejudged_*.tsv")) + sorted(BENCH.glob("events_corpus_changes_*.tsv"))


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a judged TSV file by its header line (comment lines skipped)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _right(row: dict[str, str]) -> bool:
    if "all_right" in row:
        return row["all_right"] == "y"
    return all(row.get(aspect) == "y" for aspect in ("event_ok", "type_ok", "source_ok", "target_ok", "flags_ok"))


def judged_lines(split: str | None = None) -> list[JudgedLine]:
    """The judged lines (of one half of the pages when given), one per distinct event line, last verdict kept."""
    found: dict[tuple[str, ...], JudgedLine] = {}
    for path in judged_files():
        for line in lines_of(path):
            found[line.key()] = line
    return [line for line in found.values() if split is None or line.split == split]


def lines_of(path: Path) -> list[JudgedLine]:
    """The judged lines of one file, in file order."""
    return [JudgedLine(row["page"], corpus_split(row["page"]), row["type"], row.get("source", ""),
                       row.get("target", ""), row.get("flags", ""), row.get("trigger", ""),
                       " ".join(row.get("sentence", "").split()), _right(row), path.name)
            for row in read_rows(path) if row.get("page") and row.get("type")]


def current_keys(split: str, dump: Path | None = None) -> set[tuple[str, ...]]:
    """Keys of the event lines the current code codes on one half of the pages: read from a corpus dump of the
    current code (bench/events_corpus_dump.py) when given, else made by running the pipeline (~1 min)."""
    if dump is not None:
        rows = [line.split("\t") for line in dump.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        from bench._data import corpus_event_rows
        from bench.events_corpus_dump import event_line

        rows = [event_line(page, event, text).split("\t") for page, event, text in corpus_event_rows(split)]
    return {dump_key(f) for f in rows if len(f) >= 8 and corpus_split(f[0]) == split}


def dump_key(fields: list[str]) -> tuple[str, ...]:
    """A dump line's fields (bench/events_corpus_dump.py) as a judged line's key: all but the mode."""
    return (fields[0], fields[1], fields[3], fields[4], fields[5], fields[6], fields[7])


def current_judged_lines(split: str, dump: Path | None = None) -> list[JudgedLine]:
    """The judged lines that the current code still codes exactly (same type, sides, flags, trigger, sentence): the
    verdicts that describe what the code does now. Lines of older code (a flag since fixed, a side since mended)
    would teach the model errors that are gone."""
    keys = current_keys(split, dump)
    return [line for line in judged_lines(split) if line.key() in keys]


def actor_codes(side: str) -> list[tuple[str | None, str | None]]:
    """(country, sector) of each actor of a dump-form side, None for '-'."""
    return [(None if country == "-" else country, None if sector == "-" else sector)
            for country, sector in SIDE.findall(side)]
