"""How far two judges of the real-news audit agree, so that the audited precision is read with its uncertainty.
The first judge's verdicts are bench/events_corpus_audit_s20.tsv; a second judge, blind to them, wrote
bench/events_corpus_audit_s20_judge2.tsv (same columns).

    .venv/bin/python bench/events_corpus_agreement.py [--first FILE] [--second FILE] [--list]    # < 1 s

Rows are matched by split + page + sentence + trigger + type (the n-th occurrence of a key with the n-th). Prints per
split and overall: raw agreement and Cohen's kappa for 'is an event', for 'right in every respect', and for source,
target and flags on the events both judges call real; the 'right in every respect' precision by each judge; and how
many matched events the judges disagree on, per aspect, and in which direction (judge 1 / judge 2 verdict). Figures
only: no sentence is printed, except with `--list`, which lists the DEV disagreements (never held-out ones).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.events_corpus_audit import AUDIT, ASPECTS, all_right, read_audit  # noqa: E402

SECOND = Path(__file__).with_name("events_corpus_audit_s20_judge2.tsv")


def kappa(pairs: list[tuple]) -> tuple[float, float | None]:
    """(raw agreement, Cohen's kappa) of paired labels; kappa is None when chance agreement is 1 (one label only)."""
    if not pairs:
        return 0.0, None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = defaultdict(int), defaultdict(int)
    for a, b in pairs:
        first[a] += 1
        second[b] += 1
    chance = sum(first[label] * second[label] for label in first) / (n * n)
    return observed, None if chance == 1 else (observed - chance) / (1 - chance)


def match(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of rows with the same split, page, sentence, trigger and type (in file order within a key)."""
    def keyed(rows: list[dict]) -> dict:
        seen, out = defaultdict(int), {}
        for r in rows:
            k = (r["split"], r["page"], r["sentence"], r["trigger"], r["type"])
            out[(*k, seen[k])] = r
            seen[k] += 1
        return out
    one, two = keyed(first), keyed(second)
    return [(one[k], two[k]) for k in one if k in two]


def agreement(pairs: list[tuple[dict, dict]]) -> dict:
    """The figures for one set of matched rows: name -> (n, raw agreement, kappa), precisions and disagreements."""
    real = [(a, b) for a, b in pairs if a["event_ok"] == b["event_ok"] == "y"]
    figures = {"event": [(a["event_ok"], b["event_ok"]) for a, b in pairs],
               "right in every respect": [(all_right(a), all_right(b)) for a, b in pairs]}
    for aspect in ASPECTS[2:]:
        figures[f"{aspect} (both real)"] = [(a[f"{aspect}_ok"], b[f"{aspect}_ok"]) for a, b in real]
    out = {"n": len(pairs), "real": len(real),
           "kappa": {name: (len(p), *kappa(p)) for name, p in figures.items()},
           "precision": tuple(sum(all_right(r[i]) for r in pairs) for i in (0, 1)),
           "disagree": {"event": sum(a["event_ok"] != b["event_ok"] for a, b in pairs),
                        "type": sum(a["type_ok"] != b["type_ok"] for a, b in real)}}
    for aspect in ASPECTS[2:]:
        out["disagree"][aspect] = sum(a[f"{aspect}_ok"] != b[f"{aspect}_ok"] for a, b in real)
    out["disagree"]["right in every respect"] = sum(all_right(a) != all_right(b) for a, b in pairs)
    out["events"] = tuple(sum(r[i]["event_ok"] == "y" for r in pairs) for i in (0, 1))
    out["directions"] = directions(pairs)
    return out


def differences(a: dict, b: dict) -> list[str]:
    """The aspects two verdicts on one event differ on, each as 'aspect judge1/judge2' (type/sides/flags only when
    both judges call it a real event)."""
    if a["event_ok"] != b["event_ok"]:
        return [f"event {a['event_ok']}/{b['event_ok']}"]
    if a["event_ok"] != "y":
        return []
    return [f"{aspect} {'y' if a[f'{aspect}_ok'] == 'y' else 'n'}/{'y' if b[f'{aspect}_ok'] == 'y' else 'n'}"
            if aspect != "type" else f"type {a['type_ok']}/{b['type_ok']}"
            for aspect in ASPECTS[1:] if a[f"{aspect}_ok"] != b[f"{aspect}_ok"]]


def directions(pairs: list[tuple[dict, dict]]) -> dict:
    """How many disagreements go each way, e.g. 'event y/n' (judge 1 says real, judge 2 not); types folded to 'type'."""
    out = defaultdict(int)
    for a, b in pairs:
        for diff in differences(a, b):
            out[diff if not diff.startswith("type") else "type"] += 1
    return dict(sorted(out.items()))


def report(name: str, pairs: list[tuple[dict, dict]]) -> None:
    fig = agreement(pairs)
    n = fig["n"]
    print(f"== {name}: {n} matched events ({fig['real']} real for both judges)")
    for label, (size, raw, k) in fig["kappa"].items():
        print(f"  {label:<24} n={size:<4} agreement {raw:.3f}  kappa {'n/a' if k is None else f'{k:.3f}'}")
    first, second = fig["precision"]
    if n:
        print(f"  right in every respect: judge 1 {first}/{n} = {first / n:.3f}; judge 2 {second}/{n} = {second / n:.3f}")
        e1, e2 = fig["events"]
        print(f"  is an event: judge 1 {e1}/{n} = {e1 / n:.3f}; judge 2 {e2}/{n} = {e2 / n:.3f}")
    print("  disagreements: " + "; ".join(f"{k} {v}" for k, v in fig["disagree"].items())
          + " (type/source/target/flags on events both call real)")
    print("  by direction (judge 1/judge 2): " + "; ".join(f"{k} {v}" for k, v in fig["directions"].items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first", type=Path, default=AUDIT, help="the first judge's audit (default: %(default)s)")
    parser.add_argument("--second", type=Path, default=SECOND, help="the second judge's (default: %(default)s)")
    parser.add_argument("--list", action="store_true", help="list the DEV disagreements with both judges' notes")
    args = parser.parse_args()
    for path in (args.first, args.second):
        if not path.exists():
            print(f"skip: {path} not found (the audit files live in bench/)")
            return 0
    first, second = read_audit(args.first), read_audit(args.second)
    pairs = match(first, second)
    print(f"rows: judge 1 {len(first)}, judge 2 {len(second)}, matched {len(pairs)}")
    for split in ("dev", "held-out"):
        report(split, [(a, b) for a, b in pairs if a["split"] == split])
    report("overall", pairs)
    if args.list:
        print("== dev disagreements (judge 1/judge 2)")
        for a, b in pairs:
            diffs = differences(a, b)
            if a["split"] == "dev" and diffs:
                print(f"  {a['page']} {a['type']} {a['source']} -> {a['target']} [{a['flags']}] '{a['trigger']}': "
                      f"{', '.join(diffs)}\n    1: {a['note']}\n    2: {b['note']}\n    {a['sentence'][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
