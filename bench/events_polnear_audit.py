"""Events coded on real news outside the 170-page corpus, a dev pool for event rules (bench/_pools.py): PolNeAR TRAIN
articles (US political news, 2015-2016; the default pool), the even-numbered TimeBank documents (wire and business
news, 1989-1998) or the extraction benchmarks' pages the corpus did not take (news of every kind, 2014-2026).

    .venv/bin/python bench/events_polnear_audit.py --dump /tmp/polnear.tsv [--docs 150] [--seed 24]   # ~3 min
    .venv/bin/python bench/events_polnear_audit.py --dump /tmp/pages.tsv --pool pages --docs 120 --seed 26
    .venv/bin/python bench/events_polnear_audit.py --judged bench/events_polnear_audit_s24.tsv [--base DUMP]  # ~2 min

--dump runs the whole pipeline (detente.process.process on each document, PolNeAR articles as text with their
publication date from metadata.tsv, TimeBank documents as text with their creation time, pages as HTML) on a seeded
random subset of a pool and writes one line per event in the columns of bench/events_corpus_dump.py, with the
document id (bench/_pools.py) in place of the page id.

--judged scores the CURRENT code against a judged file (columns: split doc type mode source target flags trigger
sentence event_ok type_ok source_ok target_ok flags_ok note; '#' comment lines first): the current events on the
judged documents are matched to judged rows by doc + sentence + trigger + type (a type change is gone + new), a
matched row keeps its verdict only when the current source, target and flags are unchanged. Printed: the judged
precision at judging time, the precision of the matched current events (right in every respect, per aspect), the
judged rows gone (right / wrong ones), the matched rows whose sides or flags changed, and the unjudged events on
judged sentences (with --base, the dump the sample was drawn from: only those new since then are listed).
Exits 0 with a message when ../shared/eval is absent.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._judged import read_rows  # noqa: E402
from bench._pools import POOLS, pool_ids, raw_document  # noqa: E402

DUMP_COLS = ("doc", "type", "mode", "source", "target", "flags", "trigger", "sentence")


def draw(names: list[str], docs: int, seed: int) -> list[str]:
    """A seeded random subset of ``docs`` names, in sorted order (the same names for the same seed and pool)."""
    pool = sorted(names)
    return sorted(random.Random(seed).sample(pool, min(docs, len(pool))))


def event_key(doc: str, type_: str, trigger: str, sentence: str) -> tuple[str, str, str, str]:
    """How a current event meets a judged row (as bench/events_corpus_audit.py matches corpus events)."""
    return doc, " ".join(sentence.split()), trigger, type_


def match(judged: list[dict[str, str]], now: list[list[str]]) -> dict[str, list]:
    """Current dump lines (fields in DUMP_COLS order) against judged rows: 'kept' judged rows still coded with the same
    sides and flags (their verdict holds), 'changed' judged rows still coded but with other sides or flags, 'gone'
    judged rows no longer coded, 'new' current events on judged sentences that match no judged row."""
    rows = {event_key(r["doc"], r["type"], r["trigger"], r["sentence"]): r for r in judged}
    sentences = {(r["doc"], " ".join(r["sentence"].split())) for r in judged}
    now_by_key = defaultdict(list)
    for f in now:
        if (f[0], " ".join(f[7].split())) in sentences:
            now_by_key[event_key(f[0], f[1], f[6], f[7])].append(f)
    out: dict[str, list] = {"kept": [], "changed": [], "gone": [], "new": []}
    for k, row in rows.items():
        events = now_by_key.get(k)
        if not events:
            out["gone"].append(row)
        elif any((f[3], f[4], f[5]) == (row["source"], row["target"], row["flags"]) for f in events):
            out["kept"].append(row)
        else:
            out["changed"].append(row)
    out["new"] = [f for k, events in now_by_key.items() if k not in rows for f in events]
    return out


def _articles(names: list[str]):
    """(doc id, document, text) per pool document, the whole pipeline run on it as `detente analyze` runs it."""
    from detente.process import process

    for i, name in enumerate(names, 1):
        document = process(raw_document(name))
        if i % 10 == 0:
            print(f"{i}/{len(names)} documents", file=sys.stderr)
        text = document.article.text if hasattr(document, "article") else ""
        yield name, document, text


def dump_lines(names: list[str]) -> list[str]:
    from bench.events_corpus_dump import event_line

    return [event_line(doc, event, text) for doc, document, text in _articles(names)
            for event in getattr(document, "events", None) or []]


def read_dump(path: Path) -> list[list[str]]:
    """A --dump file's event lines, split into fields (the column header skipped)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


def score(path: Path, base: Path | None = None) -> None:
    from bench.events_corpus_audit import all_right, print_precision

    judged = [r for r in read_rows(path) if r.get("doc") and r.get("type")]
    now = [line.split("\t") for line in dump_lines(sorted({r["doc"] for r in judged}))]
    found = match(judged, now)
    print(f"== {path.name}: {len(judged)} judged events on {len({r['doc'] for r in judged})} documents")
    print("  at judging time:")
    print_precision(judged, "    ")
    print(f"  current code: {len(found['kept'])} judged events coded unchanged:")
    print_precision(found["kept"], "    ")
    gone_right = sum(map(all_right, found["gone"]))
    print(f"  judged rows gone: {len(found['gone'])} (right {gone_right}, wrong {len(found['gone']) - gone_right}; "
          f"real events gone {sum(r['event_ok'] == 'y' for r in found['gone'])})")
    changed_right = sum(map(all_right, found["changed"]))
    print(f"  still coded with other sides or flags: {len(found['changed'])} "
          f"(judged right {changed_right}, wrong {len(found['changed']) - changed_right})")
    new = found["new"]
    if base is not None:  # events the judged draw's dump already had were only not sampled
        before = {event_key(f[0], f[1], f[6], f[7]) for f in read_dump(base)}
        new = [f for f in new if event_key(f[0], f[1], f[6], f[7]) not in before]
        print(f"  unjudged events on judged sentences: {len(found['new'])} (not sampled {len(found['new']) - len(new)}, "
              f"new since {base.name} {len(new)})")
    else:
        print(f"  unjudged events on judged sentences (not sampled, or new: give --base): {len(new)}")
    for f in new:
        print(f"    [new] {f[0]} {f[1]} {f[3]} -> {f[4]} [{f[5]}] '{f[6]}'\n       {f[7][:160]}")
    for r in found["gone"]:
        print(f"    [gone {'right' if all_right(r) else 'wrong'}] {r['doc']} {r['type']} '{r['trigger']}': {r['note']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path, metavar="OUT", help="write the events of a random subset of a pool here")
    group.add_argument("--judged", type=Path, metavar="FILE", help="score the current code against a judged file")
    parser.add_argument("--base", type=Path, help="with --judged: the dump the judged sample was drawn from, so that "
                        "only events new since then are listed")
    parser.add_argument("--pool", choices=POOLS, default="polnear", help="with --dump: the pool drawn from "
                        "(default: %(default)s; bench/_pools.py)")
    parser.add_argument("--docs", type=int, default=150, help="documents drawn for --dump (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=24, help="seed of the draw (default: %(default)s)")
    args = parser.parse_args()
    if args.judged:
        score(args.judged, args.base)
        return 0
    names = draw(pool_ids(args.pool), args.docs, args.seed)
    lines = dump_lines(names)
    args.dump.write_text("\t".join(DUMP_COLS) + "\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} events on {len({line.split(chr(9))[0] for line in lines})} of {len(names)} documents "
          f"-> {args.dump}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
