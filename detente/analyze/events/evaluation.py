"""Scoring the event coder against the gold files in ../shared/eval/events (PLOVER GSR, Spanish protest, CASE 2021).

Each record runs the full analysis up to the events stage (nlp → actors → time → places → events) on its
sentence, with the record's date as the publication date. Records are split by position: even = dev (the only
part looked at while writing rules), odd = held-out. Gold files use older PLOVER names, mapped here.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from detente.model import Article, Event

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT", "SACTION": "SANCTION"}
OLD_MODES = {"strike-hun": "hunger", "strike-gen": "strike", "demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot",
             "detain": "arrest", "host": "visit", "confiscate": "seize"}
CODE_TYPOS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NOT_COUNTRIES = {"IGO", "NGO", "IMG", "ISM", "UNO", "EUR", "MNC", ""}
CASE_TO_PLOVER = {
    "ARMED_CLASH": "ASSAULT", "AIR_STRIKE": "ASSAULT", "ATTACK": "ASSAULT", "SUIC_BOMB": "ASSAULT", "GRENADE": "ASSAULT",
    "REM_EXPLOS": "ASSAULT", "ART_MISS_ATTACK": "ASSAULT", "CHEM_WEAP": "ASSAULT", "ABDUCT_DISSAP": "ASSAULT",
    "SEX_VIOL": "ASSAULT", "FORCE_AGAINST_PROTEST": "ASSAULT", "PROPERTY_DISTRUCT": "ASSAULT",
    "PEACE_PROTEST": "PROTEST", "PROTEST_WITH_INTER": "PROTEST", "VIOL_DEMONSTR": "PROTEST",
    "ARREST": "COERCE", "AGREEMENT": "AGREE",
}
CASE_ALSO_RIGHT = {"AGREE": {"SUPPORT"}}  # ACLED agreements include signed deals, which the PLOVER codebook codes SUPPORT
NON_POLITICAL = {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}
SPLITS = ("dev", "held-out", "all")
NONE = "NONE"


def plover_type(name: str | None) -> str | None:
    """Current PLOVER type for a gold label (None for labels outside PLOVER, e.g. CRIME)."""
    if not name:
        return None
    name = OLD_NAMES.get(name.upper(), name.upper())
    from detente.analyze.events.lexicon import scores

    return name if (name, "") in scores() else None


def split_of(index: int) -> str:
    return "dev" if index % 2 == 0 else "held-out"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def code_text(text: str, published: str | None, lang: str = "en") -> list[Event]:
    """The events Détente codes for one sentence (full analysis up to the events stage)."""
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.pipeline import stages_before

    analysis = Analysis(article=Article.of_sentence(text, lang, published, id="eval"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    return analysis.events


def iso_date(raw: str | None) -> str | None:
    raw = (raw or "").replace("-", "")
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if len(raw) >= 8 and raw[:8].isdigit() else None


def main_event(events: list[Event]) -> Event | None:
    """The event a one-sentence gold record is compared with: the coder's strongest reading (``code_readings``
    leaves each event's confidence at the reading's strength), then the first."""
    if not events:
        return None
    return max(events, key=lambda e: (e.confidence, -e.evidence.trigger.start))


@dataclass
class Tally:
    """Counts for one split of one dataset."""

    n: int = 0
    correct: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted)
    mode_n: int = 0
    mode_correct: int = 0
    source_n: int = 0
    source_correct: int = 0
    target_n: int = 0
    target_correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    found_any: int = 0

    def per_type(self) -> dict[str, tuple[float, float, float, int]]:
        labels = {g for g, _ in self.confusion} | {p for _, p in self.confusion}
        table = {}
        for label in sorted(labels - {NONE}):
            tp = self.confusion[(label, label)]
            predicted = sum(c for (g, p), c in self.confusion.items() if p == label)
            gold = sum(c for (g, p), c in self.confusion.items() if g == label)
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            table[label] = (precision, recall, f1, gold)
        return table


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _countries(actors: Iterable) -> set[str]:
    codes = set()
    for actor in actors or []:
        code = actor.get("code") if isinstance(actor, dict) else None
        code = CODE_TYPOS.get(code, code)
        if code and code not in NOT_COUNTRIES and len(code) == 3:
            codes.add(code)
    return codes


def evaluate_gsr(records: list[dict]) -> dict[str, Tally]:
    tallies = {split: Tally() for split in SPLITS}
    for index, record in enumerate(records):
        gold = plover_type(record.get("event"))
        if gold is None:
            continue
        events = code_text(record["text"], iso_date(record.get("date")), record.get("language") or "en")
        event = main_event(events)
        predicted = event.type if event else NONE
        gold_mode = OLD_MODES.get((record.get("mode") or "").lower(), (record.get("mode") or "").lower())
        if record.get("event") == "INVESTIGATE":
            gold_mode = "investigate"
        sources = _countries(record.get("source") if isinstance(record.get("source"), list) else [])
        targets = _countries(record.get("target") if isinstance(record.get("target"), list) else [])
        for split in (split_of(index), "all"):
            tally = tallies[split]
            tally.n += 1
            tally.correct += predicted == gold
            tally.confusion[(gold, predicted)] += 1
            if gold_mode and predicted == gold:
                tally.mode_n += 1
                tally.mode_correct += bool(event and event.mode == gold_mode)
            if sources:
                tally.source_n += 1
                tally.source_correct += bool(event and {a.country for a in event.source} & sources)
            if targets:
                tally.target_n += 1
                tally.target_correct += bool(event and {a.country for a in event.target} & targets)
    return tallies


def evaluate_spanish(records: list[dict]) -> dict[str, Tally]:
    tallies = {split: Tally() for split in SPLITS}
    for index, record in enumerate(records):
        gold = Counter(t for t in (plover_type(e.get("plover")) for e in record.get("events", [])) if t)
        events = code_text(record["text"], iso_date(record.get("date")), record.get("lang") or "es")
        predicted = Counter(e.type for e in events)
        matched = gold & predicted
        for split in (split_of(index), "all"):
            tally = tallies[split]
            tally.n += 1
            tally.tp += sum(matched.values())
            tally.fp += sum((predicted - matched).values())
            tally.fn += sum((gold - matched).values())
            for label, count in (gold - matched).items():
                tally.confusion[(label, NONE)] += count
            for label, count in matched.items():
                tally.confusion[(label, label)] += count
            for label, count in (predicted - matched).items():
                tally.confusion[(NONE, label)] += count
    return tallies


def evaluate_case(records: list[dict]) -> dict[str, dict[str, Tally]]:
    """Political classes mapped to PLOVER (hit = the gold type among the coded events) and disaster snippets
    (rate of snippets where anything was coded: lower is better)."""
    mapped = {split: Tally() for split in SPLITS}
    disasters = {split: Tally() for split in SPLITS}
    for index, record in enumerate(records):
        label = record.get("label")
        gold = CASE_TO_PLOVER.get(label)
        if gold is None and label not in NON_POLITICAL:
            continue
        events = code_text(record["text"], None, "en")
        types = {e.type for e in events}
        for split in (split_of(index), "all"):
            if gold is not None:
                tally = mapped[split]
                tally.n += 1
                accepted = {gold} | CASE_ALSO_RIGHT.get(gold, set())
                tally.correct += bool(accepted & types)
                event = main_event(events)
                tally.found_any += bool(event and event.type in accepted)
                tally.confusion[(gold, event.type if event else NONE)] += 1
            else:
                disasters[split].n += 1
                disasters[split].found_any += bool(events)
    return {"mapped": mapped, "disasters": disasters}


def confusion_lines(confusion: Counter) -> Iterator[str]:
    labels = sorted({g for g, _ in confusion} | {p for _, p in confusion}, key=lambda x: (x == NONE, x))
    short = [label[:5] for label in labels]
    yield "gold\\pred " + " ".join(f"{s:>5}" for s in short)
    for gold in labels:
        if not any(confusion[(gold, p)] for p in labels):
            continue
        yield f"{gold[:9]:<9} " + " ".join(f"{confusion[(gold, p)] or '.':>5}" for p in labels)


def report_gsr(tallies: dict[str, Tally]) -> list[str]:
    lines = ["PLOVER GSR (one gold event per sentence; compared with the most confident coded event)"]
    for split in SPLITS:
        t = tallies[split]
        lines.append(
            f"  {split:<9} n={t.n:<4} type acc {ratio(t.correct, t.n):.3f}  mode acc {ratio(t.mode_correct, t.mode_n):.3f}"
            f" (n={t.mode_n})  source country {ratio(t.source_correct, t.source_n):.3f} (n={t.source_n})"
            f"  target country {ratio(t.target_correct, t.target_n):.3f} (n={t.target_n})"
        )
    lines.append("  per type (all): type      P     R     F1   gold")
    for label, (p, r, f1, gold) in tallies["all"].per_type().items():
        lines.append(f"    {label:<10} {p:.2f}  {r:.2f}  {f1:.2f}  {gold}")
    lines.append("  confusion (all):")
    lines += ["    " + line for line in confusion_lines(tallies["all"].confusion)]
    return lines


def report_spanish(tallies: dict[str, Tally]) -> list[str]:
    lines = ["Spanish protest sentences (events matched by type within each sentence; spurious = unmatched coded events)"]
    for split in SPLITS:
        t = tallies[split]
        p, r = ratio(t.tp, t.tp + t.fp), ratio(t.tp, t.tp + t.fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"  {split:<9} n={t.n:<4} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  correct {t.tp}  spurious {t.fp}  missed {t.fn}"
                     f"  spurious per correct {ratio(t.fp, t.tp):.2f}")
    lines.append("  confusion (all):")
    lines += ["    " + line for line in confusion_lines(tallies["all"].confusion)]
    return lines


def report_case(result: dict[str, dict[str, Tally]]) -> list[str]:
    lines = ["CASE 2021 snippets (ACLED classes mapped to PLOVER; disasters should code nothing)"]
    for split in SPLITS:
        m, d = result["mapped"][split], result["disasters"][split]
        lines.append(f"  {split:<9} mapped n={m.n:<4} gold type among coded {ratio(m.correct, m.n):.3f}"
                     f"  main event type acc {ratio(m.found_any, m.n):.3f}"
                     f"  | disasters n={d.n:<3} coded-something rate {ratio(d.found_any, d.n):.3f}")
    lines.append("  confusion of the main event (all):")
    lines += ["    " + line for line in confusion_lines(result["mapped"]["all"].confusion)]
    return lines


def evaluate_file(path: Path, limit: int | None = None) -> list[str]:
    """Evaluate one gold file, recognised by its name; returns the report lines."""
    name = path.name
    if not name.startswith(("plover_gsr", "spanish_protest", "case2021")):
        raise ValueError(f"{path}: unknown event dataset (expected plover_gsr*, spanish_protest*, case2021*)")
    try:
        records = read_jsonl(path)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: not a JSONL file ({error})") from error
    records = records[:limit] if limit else records
    if name.startswith("plover_gsr"):
        return report_gsr(evaluate_gsr(records))
    if name.startswith("spanish_protest"):
        return report_spanish(evaluate_spanish(records))
    if name.startswith("case2021"):
        return report_case(evaluate_case(records))
    raise ValueError(f"{path}: unknown event dataset (expected plover_gsr*, spanish_protest*, case2021*)")
