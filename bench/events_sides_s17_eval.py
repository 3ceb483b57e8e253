"""Scores bench/events_wording_sides_s17_cases.tsv (session 17: who did what to whom in news wordings: passives,
nominal events, "talks between X and Y", coordinated actors, appositions, relative clauses, reported speech, places
that stand for their country) with the codebook bench's scorer, so the set runs alone until
bench/events_codebook_eval.py reads it too. With --s18, scores bench/events_wording_sides_s18_cases.tsv (session 18:
acl relative clauses, symmetric parties, the speaker's own forces in reported clauses, dates, participles, aid to
refugees in adjoining clauses, acts handed to a dative, nominal withdrawals, wire-style domestic events).

Run: DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/events_sides_s17_eval.py [--show] [--s18]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIDES_S17 = ROOT / "bench" / "events_wording_sides_s17_cases.tsv"
SIDES_S18 = ROOT / "bench" / "events_wording_sides_s18_cases.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every case the coder gets wrong")
    parser.add_argument("--s18", action="store_true", help="score the session 18 cases instead")
    args = parser.parse_args()
    cases_path = SIDES_S18 if args.s18 else SIDES_S17
    sys.path.insert(0, str(ROOT))
    from bench.events_codebook_eval import read_cases, score_cases
    from detente.analyze.events.evaluation import code_text, main_event

    report = io.StringIO()
    with contextlib.redirect_stdout(report):  # the scorer titles a set by the codebook bench's own names
        score_cases("sides", read_cases(cases_path), args.show, code_text, main_event)
    lines = report.getvalue().splitlines()
    print(f"PLOVER sides {'s18' if args.s18 else 's17'} cases ({cases_path.relative_to(ROOT)})")
    print("\n".join(line for line in lines if not line.startswith("PLOVER sides cases")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
