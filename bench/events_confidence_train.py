"""Fit the calibrated event confidence (detente/knowledge/plover/confidence.json): a logistic model of "right in every
respect" over the traits of detente.analyze.events.calibration, on the hand-judged event lines of the HELD-OUT corpus
pages (bench/_judged.py) that the current code still codes exactly: verdicts on lines of older code would teach
errors since fixed. Refit after every change to the rules (the dump takes about a minute).

Why held-out: the confidence should be the chance of being right on pages the rules were not written against. On the
dev pages, whose errors rule writers have read and fixed, far more events are right (a fresh dev sample 0.33, a fresh
held-out one 0.18), so a model fitted there promises too much. The held-out lines stay unread by rule writers; this
model only scores events, it never adds or drops one. bench/events_confidence_eval.py measures it out of fold: fitted
on half of the held-out pages, scored on the other half, both ways.

L2-regularised logistic regression by full-batch gradient descent from zeros: deterministic, numpy only. C (inverse
regularisation) is chosen by 5-fold cross-validated log-loss on those held-out lines.

Run: .venv/bin/python bench/events_confidence_train.py [--out PATH] [--dry-run]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._judged import actor_codes, current_judged_lines  # noqa: E402
from detente.analyze.events.calibration import MODEL_PATH, EventShape, Side, traits  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0)
STEPS = 3000
RATE = 0.5


def shape_of_line(line) -> EventShape:
    def sides(text: str) -> tuple[Side, ...]:
        return tuple(Side(country, sector) for country, sector in actor_codes(text))

    return EventShape(line.type, sides(line.source), sides(line.target), line.flags, line.trigger, line.sentence,
                      line.page.startswith("es/"))


def page_half(page: str) -> int:
    """0 or 1: the parity of a page id's second-to-last hex digit (the last one splits dev from held-out)."""
    return int(page[-2], 16) % 2


def design(lines) -> tuple[np.ndarray, list[str]]:
    rows = [traits(shape_of_line(line)) for line in lines]
    names = sorted(rows[0]) if rows else []
    return np.array([[row[name] for name in names] for row in rows], dtype=float), names


def fit(features: np.ndarray, labels: np.ndarray, c: float) -> np.ndarray:
    weights = np.zeros(features.shape[1])
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-features @ weights))
        gradient = features.T @ (predicted - labels) / len(labels) + weights / (c * len(labels))
        weights -= RATE * gradient
    return weights


def log_loss(features: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> float:
    predicted = np.clip(1.0 / (1.0 + np.exp(-features @ weights)), 1e-6, 1 - 1e-6)
    return float(-np.mean(labels * np.log(predicted) + (1 - labels) * np.log(1 - predicted)))


def cross_validated_loss(features: np.ndarray, labels: np.ndarray, c: float, folds: int = 5) -> float:
    order = np.arange(len(labels)) % folds  # lines are in file order: folds interleave pages and samples
    losses = [log_loss(features[order == k], labels[order == k], fit(features[order != k], labels[order != k], c))
              for k in range(folds)]
    return float(np.mean(losses))


def fit_lines(lines, quiet: bool = False) -> tuple[np.ndarray, list[str], float]:
    """Weights, trait names and the C chosen by cross-validated log-loss, fitted on ``lines``."""
    features, names = design(lines)
    labels = np.array([line.right for line in lines], dtype=float)
    losses = {c: cross_validated_loss(features, labels, c) for c in C_GRID}
    if not quiet:
        for c, loss in losses.items():
            print(f"  C={c:<4} cross-validated log-loss {loss:.4f}")
    best = min(losses, key=losses.get)
    return fit(features, labels, best), names, best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    parser.add_argument("--dump", type=Path, default=None,
                        help="corpus dump of the current code (bench/events_corpus_dump.py); default: run the pipeline")
    parser.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = parser.parse_args()
    lines = current_judged_lines("held-out", args.dump)
    if not lines:
        print("skip: no judged held-out lines (bench/events_corpus_audit_*.tsv)")
        return 0
    labels = np.array([line.right for line in lines], dtype=float)
    print(f"held-out judged lines the current code codes: {len(lines)}, right in every respect {labels.mean():.3f}")
    weights, names, best = fit_lines(lines)
    print(f"chosen C={best}; largest weights: " + ", ".join(
        f"{names[i]} {weights[i]:+.2f}" for i in np.argsort(-np.abs(weights))[:8]))
    if args.dry_run:
        return 0
    model = {"weights": {name: round(float(w), 5) for name, w in zip(names, weights)},
             "meta": {"trained_by": "bench/events_confidence_train.py", "label": "right in every respect",
                      "lines": len(lines), "right": int(labels.sum()), "C": best,
                      "data": "hand-judged event lines of the HELD-OUT corpus pages (bench/_judged.py)"}}
    args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
