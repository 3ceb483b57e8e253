"""Audited precision of the events coded on real news (the 170 corpus pages), and what the current code does to the
audited events. bench/events_corpus_audit_s20.tsv holds 220 events (110 dev, 110 held-out pages) judged by hand at
audit time (event / type / source / target / flags right?); later samples (--audit events_corpus_audit_s21_dev.tsv,
events_corpus_audit_s21_heldout.tsv: 120 events each, drawn in stop 21 among events the first audit had not judged)
are read the same way; this script re-runs the current code on the audited pages.

    .venv/bin/python bench/events_corpus_audit.py [--audit FILE] [--base DUMP] [--list]    # ~1-3 min
        [--rejudge OUT] [--rejudged FILE]

Prints per split: the audited precision at audit time (events right in all respects / audited, and per aspect:
event, type, source, target, flags; source/target/flags counted over real events only), then for the current code:
audited-right events still coded, audited-wrong events gone, and unjudged events on the audited sentences (not
sampled, or new; with --base, the audit-time dump of bench/events_corpus_dump.py, also how many are new since then).
An audited event matches a current one by page + sentence + trigger + type (a type change is gone + new). Then the
precision per type over dev + held-out (numbers only). `--list` lists the wrong DEV events grouped by what is wrong,
with whether the current code still codes them; held-out is counts only (never sentences). Still-coded audited
events whose sides or flags changed are counted too; `--rejudge OUT` writes every audited event that is gone or
changed, and every new event on an audited sentence, to OUT for a judge (both splits: the judge is not a rule writer).

Precision now: the judge's verdicts on those events go in the audit's own re-judged file (for
events_corpus_audit_s20.tsv that is events_corpus_rejudged_s20.tsv; --rejudged; read when it exists). Per split the script then scores the CURRENT events on the audited sample, the same way as at audit time:
each current event that matches an audited one (page + sentence + trigger + type) is judged by its audit row when its
sides and flags are unchanged, else by its re-judged row (matched by page + sentence + trigger + type + the current
source, target and flags); new events on audited sentences (with --base) by their re-judged row. Events with no
verdict are 'unjudged' (listed for dev, counted for held-out) and left out of the figures. It also counts the
audited-right events lost (gone, or changed and re-judged wrong or not yet), and the real events gone (recall lost).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import corpus_event_rows, eval_path  # noqa: E402
from bench.events_corpus_dump import event_line  # noqa: E402

AUDIT = Path(__file__).with_name("events_corpus_audit_s20.tsv")


def rejudged_file(audit: Path) -> Path | None:
    """The re-judged verdicts that belong to an audit file (events_corpus_audit_X.tsv → events_corpus_rejudged_X.tsv),
    so that the verdicts of one sample never score another; None when there are none yet."""
    path = audit.with_name(audit.name.replace("_audit_", "_rejudged_"))
    return path if path != audit and path.exists() else None
COLS = "split page type mode source target flags trigger sentence event_ok type_ok source_ok target_ok flags_ok note"
REJUDGED_COLS = "split page type trigger sentence source target flags " + COLS.split(" ", 9)[-1]
ASPECTS = ("event", "type", "source", "target", "flags")


def read_audit(path: Path, cols: str = COLS) -> list[dict]:
    """The audited (or re-judged) rows (comment lines and the column header skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("split\t"):
            continue
        rows.append(dict(zip(cols.split(), line.split("\t"))))
    return rows


def all_right(row: dict) -> bool:
    return row["event_ok"] == "y" and all(row[f"{a}_ok"] == "y" for a in ASPECTS[1:])


def wrong_shape(row: dict) -> str:
    """What is wrong with an audited event, as a group name for --list."""
    if row["event_ok"] != "y":
        return "not an event"
    return " + ".join(a if a != "type" else f"type (-> {row['type_ok']})"
                      for a in ASPECTS[1:] if row[f"{a}_ok"] != "y")


def key(page: str, type_: str, trigger: str, sentence: str) -> tuple:
    return page, sentence, trigger, type_


def current_events(pages: set[str]) -> list[list[str]]:
    """Dump lines (split into fields) of the current code's events on the audited pages."""
    return [event_line(page_id, event, text).split("\t")
            for page_id, event, text in corpus_event_rows() if page_id in pages]


def ratio(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.3f}" if d else f"{n}/0"


def print_precision(judged: list[dict], indent: str = "  ") -> None:
    """Right in all respects, then per aspect (source/target/flags over real events only), as the audit counts."""
    real = [r for r in judged if r["event_ok"] == "y"]
    print(f"{indent}precision (right in all respects): {ratio(sum(map(all_right, judged)), len(judged))}")
    types = sum(r["type_ok"] == "y" for r in judged)
    print(f"{indent}event {ratio(len(real), len(judged))}; type {ratio(types, len(judged))}")
    for aspect in ASPECTS[2:]:
        print(f"{indent}{aspect} (of real events) {ratio(sum(r[f'{aspect}_ok'] == 'y' for r in real), len(real))}")


def verdicts_now(part: list[dict], now: list[list[str]], rejudged: dict, new_keys: set) -> tuple[list, list]:
    """(verdicts, unjudged dump lines) for the current events on one split's audited sample: an audited event by its
    audit row when its sides/flags are unchanged, else (and for new events) by its re-judged row."""
    audited = {key(r["page"], r["type"], r["trigger"], r["sentence"]): r for r in part}
    sentences = {(r["page"], r["sentence"]) for r in part}
    by_key = defaultdict(list)
    for f in now:
        if (f[0], f[7]) in sentences:
            by_key[key(f[0], f[1], f[6], f[7])].append(f)
    verdicts, unjudged = [], []
    for k, events in by_key.items():
        row = audited.get(k)
        if row is not None and any((f[3], f[4], f[5]) == (row["source"], row["target"], row["flags"]) for f in events):
            verdicts.append(row)  # unchanged: the other events on this key were not sampled
            continue
        if row is None and k not in new_keys:
            continue  # not sampled at audit time
        for f in events:
            verdict = rejudged.get((*k, f[3], f[4], f[5]))
            if verdict:
                verdicts.append(verdict)
            else:
                unjudged.append(f)
    return verdicts, unjudged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audit", type=Path, default=AUDIT, help="the audit file (default: %(default)s)")
    parser.add_argument("--base", type=Path, help="the audit-time dump (events_corpus_dump.py), to count new events")
    parser.add_argument("--list", action="store_true", help="list the wrong DEV events grouped by what is wrong")
    parser.add_argument("--rejudge", type=Path, help="write the gone, changed and new events of both splits here")
    parser.add_argument("--rejudged", type=Path,
                        help="the judge's verdicts on changed and new events, for the precision now (default: the "
                             "audit file's name with 'audit' replaced by 'rejudged', when that file exists)")
    args = parser.parse_args()
    if args.rejudged is None:
        args.rejudged = rejudged_file(args.audit)
    eval_path("corpus")
    rows = read_audit(args.audit)
    rejudged = {} if args.rejudged is None else \
        {(*key(r["page"], r["type"], r["trigger"], r["sentence"]), r["source"], r["target"], r["flags"]): r
         for r in read_audit(args.rejudged, REJUDGED_COLS)}
    now = current_events({r["page"] for r in rows})
    now_keys = Counter(key(f[0], f[1], f[6], f[7]) for f in now)
    now_sides = defaultdict(set)  # what the current code gives a matched event: source, target, flags
    for f in now:
        now_sides[key(f[0], f[1], f[6], f[7])].add((f[3], f[4], f[5]))
    rejudge = []
    sentences = {(r["page"], r["sentence"]) for r in rows}
    audited_keys = {key(r["page"], r["type"], r["trigger"], r["sentence"]) for r in rows}
    base_keys = None
    if args.base:
        base_keys = {key(f[0], f[1], f[6], f[7]) for f in
                     (line.split("\t") for line in args.base.read_text(encoding="utf-8").splitlines()) if len(f) >= 8}

    for split in ("dev", "held-out"):
        part = [r for r in rows if r["split"] == split]
        print(f"== {split}: {len(part)} audited events")
        print_precision(part)
        right = [r for r in part if all_right(r)]
        wrong = [r for r in part if not all_right(r)]
        coded = lambda r: now_keys[key(r["page"], r["type"], r["trigger"], r["sentence"])] > 0  # noqa: E731

        def rejudged_right(r: dict) -> bool:
            """A changed audited event re-judged right in all respects under (one of) its current sides/flags."""
            k = key(r["page"], r["type"], r["trigger"], r["sentence"])
            return any(all_right(rejudged[(*k, *sides)]) for sides in now_sides[k] if (*k, *sides) in rejudged)

        split_sentences = {(r["page"], r["sentence"]) for r in part}
        unjudged = [f for f in now
                    if (f[0], f[7]) in split_sentences and key(f[0], f[1], f[6], f[7]) not in audited_keys]
        new = "" if base_keys is None else \
            f" (new since the --base dump: {sum(key(f[0], f[1], f[6], f[7]) not in base_keys for f in unjudged)})"
        changed = [r for r in part if coded(r) and (r["source"], r["target"], r["flags"]) not in
                   now_sides[key(r["page"], r["type"], r["trigger"], r["sentence"])]]
        rejudge += [("gone", r) for r in part if not coded(r)] + [("changed", r) for r in changed]
        rejudge += [("new", dict(zip(COLS.split(), [split, *f[:8]]))) for f in unjudged
                    if base_keys is not None and key(f[0], f[1], f[6], f[7]) not in base_keys]
        print(f"  current code: audited-right still coded {sum(map(coded, right))}/{len(right)}; "
              f"audited-wrong gone {sum(not coded(r) for r in wrong)}/{len(wrong)}; "
              f"unjudged events on audited sentences {len(unjudged)}{new}")
        print(f"  still coded with other sides or flags: {sum(all_right(r) for r in changed)} audited-right, "
              f"{sum(not all_right(r) for r in changed)} audited-wrong")
        if args.rejudged is not None:
            new_keys = set() if base_keys is None else {key(f[0], f[1], f[6], f[7]) for f in unjudged} - base_keys
            verdicts, unjudged_now = verdicts_now(part, now, rejudged, new_keys)
            print(f"  -- precision now ({args.rejudged.name}; new events "
                  f"{'counted' if base_keys is not None else 'not counted: needs --base'}): "
                  f"{len(verdicts)} judged current events, {len(unjudged_now)} unjudged")
            print_precision(verdicts, "     ")
            lost = [r for r in right if not coded(r)]
            lost_changed = [r for r in changed if all_right(r) and not rejudged_right(r)]
            print(f"     audited-right events lost: {len(lost) + len(lost_changed)}/{len(right)} "
                  f"(gone {len(lost)}, changed and not re-judged right {len(lost_changed)}); "
                  f"real events gone (right or not): {sum(r['event_ok'] == 'y' and not coded(r) for r in part)}")
            for f in unjudged_now if split == "dev" else ():
                print(f"     [unjudged] {f[0]} {f[1]} {f[3]} -> {f[4]} [{f[5]}] '{f[6]}'\n        {f[7][:160]}")
        if args.list and split == "dev":
            groups = defaultdict(list)
            for r in wrong:
                groups[wrong_shape(r)].append(r)
            for shape, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
                print(f"  -- {shape}: {len(members)}")
                for r in members:
                    state = "still coded" if coded(r) else "gone"
                    print(f"     [{state}] {r['page']} {r['type']} {r['source']} -> {r['target']} [{r['flags']}] "
                          f"'{r['trigger']}': {r['note']}\n        {r['sentence'][:160]}")

    print("== precision per type: right in all respects / audited (real events), dev | held-out | both")
    by_type = defaultdict(list)
    for r in rows:
        by_type[r["type"]].append(r)
    for type_, members in sorted(by_type.items(), key=lambda kv: -len(kv[1])):
        cells = []
        for split in ("dev", "held-out", None):
            part = [r for r in members if split is None or r["split"] == split]
            real = sum(r["event_ok"] == "y" for r in part)
            cells.append(f"{sum(map(all_right, part))}/{len(part)} ({real})")
        print(f"  {type_:<10} " + " | ".join(f"{c:<12}" for c in cells))
    if args.rejudge:
        lines = []
        for state, r in rejudge:
            now_text = " | ".join("/".join(t) for t in sorted(now_sides.get(key(r["page"], r["type"], r["trigger"], r["sentence"]), ())))
            lines.append("\t".join([state, *(r.get(c, "") for c in COLS.split()[:9]), now_text]))
        args.rejudge.write_text("state\t" + "\t".join(COLS.split()[:9]) + "\tnow (source/target/flags)\n"
                                + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} events to re-judge -> {args.rejudge}")
    missing = len(sentences) - len({(f[0], f[7]) for f in now if (f[0], f[7]) in sentences})
    print(f"audited sentences with no current event: {missing}/{len(sentences)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
