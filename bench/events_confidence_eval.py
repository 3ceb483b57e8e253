"""How well the calibrated event confidence (detente.analyze.events.calibration) predicts that an event is right in
every respect, out of fold: the model is fitted (as bench/events_confidence_train.py fits it) on the judged lines of
one half of the held-out corpus pages and scores the other half, and the other way round; the two halves' scores are
pooled. Only the judged lines the current code still codes exactly are used (bench/_judged.py), so the pipeline runs
on the pages first, with the calibration off (DETENTE_CALIBRATED_CONFIDENCE=0), which also gives the coder's own
confidence to compare with. The dev pages' lines are scored by the shipped model, for contrast (the rules were written
against them).

Prints: the lines' base rate; the ranking quality (AUC: the chance that a right event scores above a wrong one);
calibration (mean predicted vs observed, per fifth of the lines by predicted value); and what a threshold keeps (share
of lines and of right events kept, precision).

With --fresh AUDIT (an audit drawn AFTER the shipped model was fitted, e.g. bench/events_corpus_audit_s23_heldout.tsv)
it scores instead the shipped model on that audit's lines the current code still codes: a test the model never saw.

Run: .venv/bin/python bench/events_confidence_eval.py [--model PATH] [--fresh AUDIT]     # ~2 min
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._judged import dump_key, judged_lines, lines_of  # noqa: E402
from bench.events_confidence_train import design, fit_lines, page_half, shape_of_line  # noqa: E402
from detente.analyze.events import calibration  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Mann-Whitney AUC with ties counted half."""
    right, wrong = scores[labels == 1], scores[labels == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


def rule_confidences(split: str) -> dict[tuple[str, ...], float]:
    """The rules' confidence of every event the current code codes on one half of the pages, by dump-line key."""
    from bench._data import corpus_event_rows
    from bench.events_corpus_dump import event_line

    os.environ[calibration.SWITCH] = "0"
    found = {}
    for page_id, event, text in corpus_event_rows(split):
        found[dump_key(event_line(page_id, event, text).split("\t"))] = event.confidence
    del os.environ[calibration.SWITCH]
    return found


def report(title: str, predicted: np.ndarray, labels: np.ndarray) -> None:
    print(f"{title}: {len(labels)} judged lines, right in every respect {labels.mean():.3f}; "
          f"mean predicted {predicted.mean():.3f}; AUC {auc(predicted, labels):.3f}")
    print("  calibration by fifths of predicted value: range, n, predicted mean / observed right")
    for part in np.array_split(np.argsort(predicted, kind="stable"), 5):
        print(f"    {predicted[part].min():.2f}-{predicted[part].max():.2f}  n={len(part):<4} "
              f"{predicted[part].mean():.3f} / {labels[part].mean():.3f}")
    print("  threshold: share of lines kept, share of right events kept, precision of what is kept")
    for threshold in THRESHOLDS:
        kept = predicted >= threshold
        if kept.any():
            print(f"    >= {threshold:.1f}  {kept.mean():.3f}  {labels[kept].sum() / max(1, labels.sum()):.3f}  "
                  f"{labels[kept].mean():.3f}")


def out_of_fold(lines) -> np.ndarray:
    """Each held-out line scored by a model fitted on the other half of the held-out pages."""
    predicted = np.zeros(len(lines))
    for half in (0, 1):
        scored = [i for i, line in enumerate(lines) if page_half(line.page) == half]
        weights, names, _ = fit_lines([line for line in lines if page_half(line.page) != half], quiet=True)
        features, scored_names = design([lines[i] for i in scored])
        assert names == scored_names
        predicted[scored] = 1.0 / (1.0 + np.exp(-features @ weights))
    return predicted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=calibration.MODEL_PATH, help="the shipped model (dev contrast)")
    parser.add_argument("--fresh", type=Path, default=None, help="score the shipped model on this later audit only")
    args = parser.parse_args()
    if args.fresh is not None:
        return fresh(args.fresh, args.model)
    rules = rule_confidences("held-out")
    lines = [line for line in judged_lines("held-out") if line.key() in rules]
    if not lines:
        print("skip: no judged held-out lines the current code codes (bench/events_corpus_audit_*.tsv)")
        return 0
    labels = np.array([line.right for line in lines], dtype=float)
    predicted = out_of_fold(lines)
    report("held-out pages, judged lines the current code codes, out of fold", predicted, labels)
    coder_scores = np.array([rules[line.key()] for line in lines])
    print(f"  same lines, AUC of the coder's own confidence: {auc(coder_scores, labels):.3f}")
    model = calibration.load_model(args.model)
    dev_rules = rule_confidences("dev")
    dev = [line for line in judged_lines("dev") if line.key() in dev_rules]
    if model is not None and dev:
        report("dev pages (rules written against them), shipped model",
               np.array([model.probability(shape_of_line(line)) for line in dev]),
               np.array([line.right for line in dev], dtype=float))
    return 0


def fresh(audit: Path, model_path: Path) -> int:
    """The shipped model on an audit drawn after it was fitted (its lines the current code still codes)."""
    model = calibration.load_model(model_path)
    audited = lines_of(audit)
    if model is None or not audited:
        print(f"skip: no model at {model_path} or no judged lines in {audit}")
        return 0
    split = audited[0].split
    rules = rule_confidences(split)
    lines = [line for line in audited if line.key() in rules]
    labels = np.array([line.right for line in lines], dtype=float)
    report(f"{audit.name}: shipped model ({split} pages, {len(audited) - len(lines)} audited lines no longer coded)",
           np.array([model.probability(shape_of_line(line)) for line in lines]), labels)
    print(f"  same lines, AUC of the coder's own confidence: "
          f"{auc(np.array([rules[line.key()] for line in lines]), labels):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
