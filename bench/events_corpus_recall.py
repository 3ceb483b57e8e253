"""Real-news recall: what the coder misses (and over-codes) on sentences of the 170-page corpus, scored against
bench/events_corpus_sentences_s20.tsv (120 sentences annotated blind with every PLOVER event they report; how they
were drawn and the conventions are in its header).

The gold figures of bench/events_eval.py come from short curated records; this measures real news. Each annotated
sentence is matched to the events the whole pipeline codes on its page (bench/_data.corpus_event_rows) whose evidence
sentence is that sentence (whitespace collapsed). Scored per split (bench/_data.corpus_split) like the Spanish bench:
events matched by type within a sentence are correct, the coded rest spurious, the gold rest missed; P/R/F1; and,
among matched events whose gold side names a country, the source and target country accuracy (the gold country is
among the coded side's countries). Flagged events (negated, hypothetical, future) count as coded; the flag agreement
of matched events is shown apart. Held-out: counts only; --list prints the dev sentences with a miss or a spurious
event (sentence, expected, coded).

    .venv/bin/python bench/events_corpus_recall.py [--split dev|held-out] [--list]    # ~3 min for both splits
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import corpus_event_rows, eval_path  # noqa: E402

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "events_corpus_sentences_s20.tsv"
SPLITS = ("dev", "held-out")
FLAGS = "NHF"  # the annotated flags; the coder's P (historical) is not annotated


@dataclass
class Gold:
    type: str
    source: str  # ISO3 / organisation code, "" when unnamed
    target: str
    flags: str


@dataclass
class Coded:
    type: str
    sources: set[str]
    targets: set[str]
    flags: str
    trigger: str


@dataclass
class Sentence:
    split: str
    page: str
    text: str
    gold: list[Gold]
    coded: list[Coded] = field(default_factory=list)


def squash(text: str) -> str:
    return " ".join(text.split())


def parse_events(cell: str) -> list[Gold]:
    """"ACCUSE:USA>CHN;PROTEST:>:F" -> Gold events; "NONE" -> []."""
    if cell.strip() == "NONE":
        return []
    events = []
    for item in cell.split(";"):
        kind, sides, *rest = item.strip().split(":")
        source, target = sides.split(">")
        events.append(Gold(kind, source, target, "".join(sorted(rest[0])) if rest else ""))
    return events


def load_sentences(path: Path = SENTENCES) -> list[Sentence]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("split\t"):
            continue
        split, page, text, events = line.split("\t")
        rows.append(Sentence(split, page, text, parse_events(events)))
    return rows


def coded_event(event, text: str) -> Coded:
    trigger = event.evidence.trigger
    flags = "".join(code for code, on in (("F", event.future), ("H", event.hypothetical), ("N", event.negated)) if on)
    sources = {a.country for a in event.source if a.country}
    targets = {a.country for a in event.target if a.country}
    return Coded(event.type, sources, targets, flags, text[trigger.start:trigger.end] if trigger and text else "")


def collect(sentences: list[Sentence], split: str) -> None:
    """Attach to each annotated sentence of a split the events the pipeline codes with it as evidence."""
    index = {(s.page, squash(s.text)): s for s in sentences if s.split == split}
    pages = {s.page for s in index.values()}
    for page_id, event, text in corpus_event_rows(split):
        if page_id in pages:
            sentence = index.get((page_id, squash(event.evidence.sentence)))
            if sentence is not None:
                sentence.coded.append(coded_event(event, text))


def side_score(gold: Gold, coded: Coded) -> int:
    return (gold.source in coded.sources) + (gold.target in coded.targets)


def pairs(sentence: Sentence) -> tuple[list[tuple[Gold, Coded]], list[Gold], list[Coded]]:
    """Gold and coded events matched by type (within a type, the coded event agreeing on most sides first)."""
    left = list(sentence.coded)
    matched, missed = [], []
    for gold in sentence.gold:
        same = [c for c in left if c.type == gold.type]
        if not same:
            missed.append(gold)
            continue
        best = max(same, key=lambda c: side_score(gold, c))
        left.remove(best)
        matched.append((gold, best))
    return matched, missed, left


def ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "n/a"


def report(sentences: list[Sentence], split: str) -> None:
    rows = [s for s in sentences if s.split == split]
    correct = spurious = missed = 0
    source = [0, 0]
    target = [0, 0]
    flags_same = 0
    by_type: dict[str, Counter] = {}
    silent_coded = silent = 0
    for sentence in rows:
        matched, miss, extra = pairs(sentence)
        correct, missed, spurious = correct + len(matched), missed + len(miss), spurious + len(extra)
        for gold, coded in matched:
            by_type.setdefault(gold.type, Counter())["correct"] += 1
            if gold.source:
                source[0] += gold.source in coded.sources
                source[1] += 1
            if gold.target:
                target[0] += gold.target in coded.targets
                target[1] += 1
            flags_same += gold.flags == "".join(sorted(f for f in coded.flags if f in FLAGS))
        for gold in miss:
            by_type.setdefault(gold.type, Counter())["missed"] += 1
        for coded in extra:
            by_type.setdefault(coded.type, Counter())["spurious"] += 1
        if not sentence.gold:
            silent += 1
            silent_coded += bool(sentence.coded)
    precision, recall = ratio(correct, correct + spurious), ratio(correct, correct + missed)
    f1 = ratio(2 * correct, 2 * correct + spurious + missed)
    gold_total = correct + missed
    print(f"{split}: {len(rows)} sentences, {gold_total} gold events ({len(rows) - silent} sentences with events), "
          f"{correct + spurious} coded")
    print(f"  correct {correct}  spurious {spurious}  missed {missed}  P {precision}  R {recall}  F1 {f1}")
    print(f"  matched: source country {ratio(*source)} ({source[0]}/{source[1]})  target country {ratio(*target)} "
          f"({target[0]}/{target[1]})  flags agree {ratio(flags_same, correct)}")
    print(f"  sentences with no gold event that got one coded: {silent_coded}/{silent}")
    print("  per type (correct/missed/spurious): " + ", ".join(
        f"{kind} {c['correct']}/{c['missed']}/{c['spurious']}" for kind, c in sorted(by_type.items())))


def show(gold: list[Gold]) -> str:
    return "; ".join(f"{g.type}:{g.source}>{g.target}" + (f":{g.flags}" if g.flags else "") for g in gold) or "NONE"


def show_coded(coded: list[Coded]) -> str:
    return "; ".join(f"{c.type}:{','.join(sorted(c.sources))}>{','.join(sorted(c.targets))}"
                     + (f":{c.flags}" if c.flags else "") + f" [{c.trigger}]" for c in coded) or "NONE"


def list_dev(sentences: list[Sentence]) -> None:
    """The dev sentences with a miss or a spurious event (held-out sentences are never printed)."""
    print("\ndev misses and spurious events:")
    for sentence in sentences:
        if sentence.split != "dev":
            continue
        _, miss, extra = pairs(sentence)
        if miss or extra:
            print(f"- {sentence.page}: {squash(sentence.text)}\n    expected: {show(sentence.gold)}\n"
                  f"    coded:    {show_coded(sentence.coded)}\n"
                  f"    missed: {show(miss)} | spurious: {show_coded(extra)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, help="score one half only (faster)")
    parser.add_argument("--list", action="store_true",
                        help="list dev misses and spurious events (never held-out)")
    args = parser.parse_args()
    eval_path("corpus")
    sentences = load_sentences()
    splits = [args.split] if args.split else list(SPLITS)
    if args.list and "dev" not in splits:
        splits.insert(0, "dev")
    for split in splits:
        collect(sentences, split)
    for split in splits:
        report(sentences, split)
    if args.list:
        list_dev(sentences)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
