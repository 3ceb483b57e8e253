"""Did a change to the coder generalise? The event lines a change made or removed on the HELD-OUT corpus pages (pages
no rule writer looked at), each judged right or wrong by hand, summed up.

A judged changes file (bench/events_corpus_changes_<stop>_*.tsv) holds every line of the diff of two corpus dumps
(`bench/events_corpus_dump.py`) on held-out pages: sign '-' for an event line of the old code that is gone or
changed, '+' for a line of the new code that is new or changed to; each with event_ok (a real act) and all_right (real
act, right type, sides and flags). A change generalises when the '+' lines are right more often than the '-' lines
they replace: the script prints both rates and the net change in right and in wrong events.

    .venv/bin/python bench/events_corpus_changes.py [--changes GLOB]    # instant
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLS = "sign page type mode source target flags trigger sentence event_ok all_right note".split()


@dataclass
class Side:
    """The judged lines of one sign."""

    lines: int = 0
    events: int = 0
    right: int = 0

    def add(self, row: dict) -> None:
        self.lines += 1
        self.events += row["event_ok"] == "y"
        self.right += row["all_right"] == "y"


def read_changes(path: Path) -> list[dict]:
    """The judged rows of one changes file (comments and the header line skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("sign\t"):
            rows.append(dict(zip(COLS, line.split("\t"))))
    return rows


def tally(rows: list[dict]) -> dict[str, Side]:
    sides = {"-": Side(), "+": Side()}
    for row in rows:
        if row["sign"] in sides:
            sides[row["sign"]].add(row)
    return sides


def rate(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else f"{part}/0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", default="events_corpus_changes_s21_heldout_*.tsv",
                        help="glob of judged changes files in bench/ (default: %(default)s)")
    args = parser.parse_args()
    paths = sorted(HERE.glob(args.changes))
    if not paths:
        print(f"skipped: no file matches bench/{args.changes}")
        return 0
    rows = [row for path in paths for row in read_changes(path)]
    sides = tally(rows)
    removed, added = sides["-"], sides["+"]
    print(f"judged changed lines on held-out pages: {len(rows)} ({', '.join(p.name for p in paths)})")
    for name, side in (("removed or changed away ('-')", removed), ("new or changed to ('+')", added)):
        print(f"  {name:<31} lines {side.lines:>4}; real events {rate(side.events, side.lines)};"
              f" right in every respect {rate(side.right, side.lines)}")
    wrong_before, wrong_after = removed.lines - removed.right, added.lines - added.right
    print(f"  net: right events {added.right - removed.right:+d}; wrong events {wrong_after - wrong_before:+d};"
          f" non-events {(added.lines - added.events) - (removed.lines - removed.events):+d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
