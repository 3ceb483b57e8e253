"""Spanish protest sentences: the strict score of bench/events_eval.py, and the score under one documented equivalence
(a coded PROTEST also matches a gold MOBILIZE), per split (dev = even records, held-out = odd).

Why the second figure: the UniversalPetrarch Spanish gold codes civilian demonstrations, marches, blockades and strikes
with CAMEO 15 (EXHIBIT FORCE POSTURE → PLOVER MOBILIZE) about one time in three. The PLOVER codebook says MOBILIZE is
"military or police moves" and that "mobilizing supporters to demonstrate should be coded as PROTEST"; Détente follows
the codebook. The strict figure stays the headline; the second one shows how much of the gap is that convention.

Protests with no named protesters are coded with implicit ones (detente/analyze/events/implicit.py); run with
DETENTE_IMPLICIT_PROTESTS=0 for the figures without them.

Run: .venv/bin/python bench/events_spanish_eval.py [--limit N] [--split dev] [--errors]
(--errors lists the dev records' misses and spurious events; held-out errors are never printed, only its figures.)

--cases scores instead a probe set: --set NAME picks it from CASE_SETS (default "cases"; the older flags --blind,
--s17, --s18, --s19, --s19b are aliases of --set blind, ...). bench/events_spanish_cases.tsv holds Spanish wording
probes written for Détente (protest shapes, demands, clashes, passives, headlines, nominalisations, and sentences that
must code nothing), with --show for the wrong ones; --cases --blind scores bench/events_spanish_blind_cases.tsv,
written after the rules and never used to tune them; --cases --s17 scores bench/events_spanish_s17_cases.tsv, the
probes of the stop-17 rules (place and armed "de" complements, counted groups and sites, protest topics, "a cambio
de", new protest nouns; then perceived and allowed infinitives, acts a ban keeps from happening, aspect verbs, "los
primeros/segundos", victims "en" an attack); --cases --s18 scores bench/events_spanish_s18_cases.tsv, the probes of
the stop-18 rules; --cases --s19 scores bench/events_spanish_s19_cases.tsv, a sweep of the non-protest PLOVER types
written blind in stop 19 and scored before any rule change; --cases --s19b scores bench/events_spanish_s19b_cases.tsv,
a sweep of protest news (strikes, blockades, police action, government responses, accusations) written blind in round
2 of stop 19; --set s20 scores bench/events_spanish_s20_cases.tsv, a sweep written blind in stop 20 for precision and
the weak non-protest types (ACCUSE, REJECT, REQUEST, THREATEN, SANCTION, COERCE), with sentences that must code
nothing. They need no eval data.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "events"
HERE = Path(__file__).resolve().parent
CASE_SETS = {  # --set NAME -> probe file; each set's origin is in its file's header
    "cases": HERE / "events_spanish_cases.tsv",  # wording probes written with the rules
    "blind": HERE / "events_spanish_blind_cases.tsv",  # written after the rules, never tuned on
    "s17": HERE / "events_spanish_s17_cases.tsv",  # probes of the stop-17 rules
    "s18": HERE / "events_spanish_s18_cases.tsv",  # probes of the stop-18 rules
    "s19": HERE / "events_spanish_s19_cases.tsv",  # stop-19 type sweep, written blind
    "s19b": HERE / "events_spanish_s19b_cases.tsv",  # stop-19 round-2 protest-news sweep, blind
    "s20": HERE / "events_spanish_s20_cases.tsv",  # stop-20 precision sweep of the non-protest types, blind
    "s22": HERE / "events_spanish_s22_cases.tsv",  # stop-22 sweep of demands, criticism, threats and background nouns, blind
}
ALSO_RIGHT = {"MOBILIZE": {"PROTEST"}}  # gold type -> coded types accepted for it (codebook: demonstrations are PROTEST)


def matched(gold: Counter, predicted: Counter, also_right: dict[str, set[str]]) -> int:
    """Events matched by type within a sentence: exact first, then the accepted equivalents among the rest."""
    exact = gold & predicted
    gold_left, predicted_left = gold - exact, predicted - exact
    extra = 0
    for label, count in gold_left.items():
        for other in sorted(also_right.get(label, ())):
            take = min(count, predicted_left[other])
            predicted_left[other] -= take
            count -= take
            extra += take
    return sum(exact.values()) + extra


def print_errors(index: int, record: dict, gold: Counter, events: list) -> None:
    """One dev record whose coded types differ from the gold: text, gold events, coded events with their actors."""
    print(f"#{index} {record['text'][:400]!r}")
    for e in record.get("events", []):
        print(f"   gold  {e.get('plover')}  src={e.get('source_text')!r} tgt={e.get('target_text')!r} ev={e.get('event_text')!r}")
    for e in events:
        names = lambda actors: [a.name for a in actors]  # noqa: E731
        trigger = record["text"][e.evidence.trigger.start : e.evidence.trigger.end] if len(record["text"]) >= e.evidence.trigger.end else "?"
        print(f"   coded {e.type}/{e.mode} {trigger!r} src={names(e.source)} tgt={names(e.target)} flags={[f for f in ('negated','hypothetical','future','historical') if getattr(e, f)]}")
    print(f"   missed={dict(gold - Counter(e.type for e in events))} spurious={dict(Counter(e.type for e in events) - gold)}")


def read_cases(path: Path) -> list[dict]:
    """The probe rows: ``types`` is a list of alternatives per expected event ([] for NONE)."""
    import csv

    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    for row in rows:
        wanted = row["types"].strip()
        row["types"] = [] if wanted == "NONE" else [set(part.split("|")) for part in wanted.split(",")]
    return rows


def score_cases(path: Path, show: bool) -> int:
    """Sentences right (every expected type coded, nothing else), event P/R by type, and the first event's source
    country, over the probe file."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from detente.analyze.events.evaluation import code_text

    started = time.perf_counter()
    tally = Counter()
    for row in read_cases(path):
        events = code_text(row["sentence"], "2024-05-01", "es")
        coded = Counter(e.type for e in events)
        left = coded.copy()
        found = 0
        for alternatives in row["types"]:
            hit = next((t for t in sorted(alternatives) if left[t] > 0), None)
            if hit is not None:
                left[hit] -= 1
                found += 1
        extra = sum(left.values())
        tally.update(rows=1, right=int(found == len(row["types"]) and not extra), tp=found, fp=extra,
                     fn=len(row["types"]) - found, none_rows=int(not row["types"]), none_right=int(not row["types"] and not coded))
        first = next((e for e in events if e.type in row["types"][0]), None) if row["types"] else None
        source_ok = first is not None and row["source"] in {a.country for a in first.source}
        if row["source"]:
            tally["src_n"] += 1
            tally["src_ok"] += source_ok
        if show and (found < len(row["types"]) or extra or (row["source"] and not source_ok)):
            print(f"  [{row['basis']}] want {row['types'] or 'NONE'} src {row['source'] or '-'}\n    {row['sentence']}")
            for e in events:
                sides = [[(a.name, a.country) for a in side] for side in (e.source, e.target)]
                print(f"      coded {e.type}/{e.mode} src {sides[0]} tgt {sides[1]}")
    p = tally["tp"] / (tally["tp"] + tally["fp"]) if tally["tp"] + tally["fp"] else 0.0
    r = tally["tp"] / (tally["tp"] + tally["fn"]) if tally["tp"] + tally["fn"] else 0.0
    print(f"Spanish wording probes ({path.name}): sentences right {tally['right']}/{tally['rows']}  "
          f"events P {p:.3f} R {r:.3f} (correct {tally['tp']}, spurious {tally['fp']}, missed {tally['fn']})  "
          f"source country {tally['src_ok']}/{tally['src_n']}  "
          f"nothing-to-code coded nothing {tally['none_right']}/{tally['none_rows']}  ({time.perf_counter() - started:.1f} s)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="records to read")
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="all", help="records to code")
    parser.add_argument("--errors", action="store_true", help="list dev records' misses and spurious events")
    parser.add_argument("--cases", action="store_true", help="score bench/events_spanish_cases.tsv instead")
    parser.add_argument("--show", action="store_true", help="with --cases: print the probes coded wrong")
    parser.add_argument("--set", choices=sorted(CASE_SETS), default=None, help="with --cases: the probe set to score")
    for alias in ("blind", "s17", "s18", "s19", "s19b"):  # the older flags, kept so earlier commands still run
        parser.add_argument(f"--{alias}", dest="set", action="store_const", const=alias, help=f"same as --set {alias}")
    args = parser.parse_args()
    if args.cases:
        return score_cases(CASE_SETS[args.set or "cases"], args.show)
    path = EVAL / "spanish_protest_dev.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found")
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from detente.analyze.events.evaluation import code_text, iso_date, plover_type, read_jsonl, split_of

    records = read_jsonl(path)[: args.limit] if args.limit else read_jsonl(path)
    started = time.perf_counter()
    totals = {(split, rule): Counter() for split in ("dev", "held-out", "all") for rule in ("strict", "equivalence")}
    for index, record in enumerate(records):
        if args.split != "all" and split_of(index) != args.split:
            continue
        gold = Counter(t for t in (plover_type(e.get("plover")) for e in record.get("events", [])) if t)
        events = code_text(record["text"], iso_date(record.get("date")), record.get("lang") or "es")
        predicted = Counter(e.type for e in events)
        if args.errors and split_of(index) == "dev" and gold != predicted:
            print_errors(index, record, gold, events)
        for rule, also in (("strict", {}), ("equivalence", ALSO_RIGHT)):
            tp = matched(gold, predicted, also)
            for split in (split_of(index), "all"):
                totals[(split, rule)].update(tp=tp, fp=sum(predicted.values()) - tp, fn=sum(gold.values()) - tp)
    print("Spanish protest sentences: strict, and with a coded PROTEST also matching a gold MOBILIZE")
    for rule in ("strict", "equivalence"):
        for split in ("dev", "held-out", "all"):
            t = totals[(split, rule)]
            p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
            r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {rule:<11} {split:<9} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  correct {t['tp']}  spurious {t['fp']}  missed {t['fn']}")
    print(f"  ({len(records)} records, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
