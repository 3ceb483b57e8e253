"""Scores bench/events_wording_sides_s17_cases.tsv (session 17: who did what to whom in news wordings: passives,
nominal events, "talks between X and Y", coordinated actors, appositions, relative clauses, reported speech, places
that stand for their country) with the codebook bench's scorer, so the set runs alone until
bench/events_codebook_eval.py reads it too.

Run: DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/events_sides_s17_eval.py [--show]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIDES_S17 = ROOT / "bench" / "events_wording_sides_s17_cases.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every case the coder gets wrong")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.events_codebook_eval import read_cases, score_cases
    from detente.analyze.events.evaluation import code_text, main_event

    report = io.StringIO()
    with contextlib.redirect_stdout(report):  # the scorer titles a set by the codebook bench's own names
        score_cases("sides", read_cases(SIDES_S17), args.show, code_text, main_event)
    lines = report.getvalue().splitlines()
    print(f"PLOVER sides s17 cases ({SIDES_S17.relative_to(ROOT)})")
    print("\n".join(line for line in lines if not line.startswith("PLOVER sides cases")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
