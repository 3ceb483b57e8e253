"""Event coder evaluation on the three gold sets in ../shared/eval/events (dev = even records, held-out = odd).

Run: .venv/bin/python bench/events_eval.py [--limit N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "events"
FILES = ["plover_gsr.jsonl", "spanish_protest_dev.jsonl", "case2021_dev.jsonl"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="records per file")
    parser.add_argument("--only", choices=["gsr", "spanish", "case"], default=None)
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found")
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from detente.analyze.events.evaluation import evaluate_file

    for name in FILES:
        if args.only and not name.startswith({"gsr": "plover", "spanish": "spanish", "case": "case"}[args.only]):
            continue
        started = time.perf_counter()
        for line in evaluate_file(EVAL / name, args.limit):
            print(line)
        print(f"  ({name}: {time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
