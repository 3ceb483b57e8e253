"""Does sentence tone follow the cooperation–conflict score of the event the sentence reports?

Gold: PLOVER gold-standard sentences (English) and Spanish protest sentences with human PLOVER codings, each
mapped to the PLOVER manual's -10..+10 score of its event type. Figures: Spearman rank correlation between
tone and score, and sign agreement on the sentences where both are clearly non-zero (|score| >= 2, tone != 0).
Peer: stock VADER 3.3.2 on the same sentences in the same run (for Spanish it is the only registry option).

Usage: .venv/bin/python bench/tone_plover.py
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "events"
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT", "SACTION": "SANCTION"}


def type_scores() -> dict[str, float]:
    with (EVAL / "plover_scores.tsv").open(encoding="utf-8") as handle:
        scores = {row["category_mode"]: float(row["score"]) for row in csv.DictReader(handle, delimiter="\t")}
    scores["ACCUSE"] = -3.0  # the manual's +3 is a typo (see ../shared/eval/README.md)
    return scores


def english_items(scores: dict[str, float]) -> list[tuple[str, float]]:
    items = []
    for line in (EVAL / "plover_gsr.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        kind = RENAMED.get(record["event"], record["event"])
        if kind in scores:
            items.append((record["text"], scores[kind]))
    return items


def spanish_items(scores: dict[str, float]) -> list[tuple[str, float]]:
    items = []
    for line in (EVAL / "spanish_protest_dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        values = [scores[RENAMED.get(e["plover"], e["plover"])] for e in record["events"]
                  if RENAMED.get(e["plover"], e["plover"]) in scores]
        if values:
            items.append((record["text"], sum(values) / len(values)))
    return items


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2
        i = j + 1
    return result


def spearman(xs: list[float], ys: list[float]) -> float:
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    var = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return cov / var if var else 0.0


def sign_agreement(tones: list[float], gold: list[float]) -> tuple[float, int]:
    pairs = [(t, g) for t, g in zip(tones, gold) if abs(g) >= 2 and t != 0]
    agree = sum((t > 0) == (g > 0) for t, g in pairs)
    return (agree / len(pairs) if pairs else 0.0), len(pairs)


def main() -> int:
    if not (EVAL / "plover_gsr.jsonl").exists():
        print(f"PLOVER gold not found under {EVAL}: skipping")
        return 0
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from detente.analyze.tone.lexicons import sentence_tone

    stock = SentimentIntensityAnalyzer()
    scores = type_scores()
    print(f"{'set':28} {'n':>4} {'system':22} {'spearman':>9} {'sign_agree':>10} {'n_signed':>8} {'zero_tone':>9}")
    for name, lang, items in (("PLOVER GSR (en)", "en", english_items(scores)),
                              ("Spanish protest dev (es)", "es", spanish_items(scores))):
        gold = [g for _, g in items]
        systems = {
            "detente": [sentence_tone(text, lang) for text, _ in items],
            "stock VADER": [stock.polarity_scores(text)["compound"] * 10 for text, _ in items],
        }
        for system, tones in systems.items():
            agreement, signed = sign_agreement(tones, gold)
            zero = sum(t == 0 for t in tones) / len(tones)
            print(f"{name:28} {len(items):4d} {system:22} {spearman(tones, gold):9.3f} {agreement:10.3f} "
                  f"{signed:8d} {zero:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
