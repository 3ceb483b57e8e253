"""Rules alone vs rules + learned complement, on the HELD-OUT records only (odd 0-based index) of the three gold
sets in ../shared/eval/events. The classifier never saw these records (it is trained on the even ones).

Each held-out record is analysed once (nlp → actors → time → places → rule coder); the learned step then runs on a
copy, so both rows come from the same parses. Scoring reuses detente/analyze/events/evaluation.py.

Run: .venv/bin/python bench/events_learned_eval.py [--limit N] [--threshold P]
"""
from __future__ import annotations

import argparse
import copy
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "events"


class CachedCoder:
    """Analyses each (text, date, lang) once; serves the rules' events or rules + learned events."""

    def __init__(self) -> None:
        self.cache: dict[tuple, tuple[list, list]] = {}
        self.use_learned = False
        self.rules_seconds = 0.0
        self.learned_seconds = 0.0
        self.candidates = 0
        self.records = 0

    def __call__(self, text: str, published: str | None, lang: str = "en") -> list:
        key = (text, published, lang)
        if key not in self.cache:
            self.cache[key] = self._analyse(text, published, lang)
        rules, combined = self.cache[key]
        return combined if self.use_learned else rules

    def _analyse(self, text: str, published: str | None, lang: str) -> tuple[list, list]:
        from detente.analyze.context import Analysis
        from detente.analyze.events import code_rules, learned
        from detente.analyze.pipeline import stages_before
        from detente.model import Article

        analysis = Analysis(article=Article.of_sentence(text, lang, published, id="eval"))
        started = time.perf_counter()
        for stage in stages_before("events") + [code_rules]:
            stage(analysis)
        middle = time.perf_counter()
        rules = copy.deepcopy(analysis.events)
        self.candidates += len(learned.candidates(analysis))
        learned.complement(analysis)
        self.rules_seconds += middle - started
        self.learned_seconds += time.perf_counter() - middle
        self.records += 1
        return rules, analysis.events


def held_out(records: list[dict]) -> list[dict]:
    return [record for index, record in enumerate(records) if index % 2 == 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="held-out records per file")
    parser.add_argument("--threshold", type=float, default=None, help="override the shipped probability threshold")
    parser.add_argument("--confusion", action="store_true", help="print the confusion matrices")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found")
        return 0
    sys.path.insert(0, str(ROOT))
    os.environ["DETENTE_LEARNED_EVENTS"] = "1"
    from detente.analyze.events import evaluation as ev
    from detente.analyze.events.learned_model import load_classifier

    classifier = load_classifier()
    if args.threshold is not None:
        object.__setattr__(classifier, "threshold", args.threshold)
    coder = CachedCoder()
    ev.code_text = coder  # the scoring functions below code through this cache
    data = {name: held_out(ev.read_jsonl(EVAL / name))[: args.limit] for name in
            ("plover_gsr.jsonl", "spanish_protest_dev.jsonl", "case2021_dev.jsonl")}
    print(f"HELD-OUT records only (odd index): {', '.join(f'{k} n={len(v)}' for k, v in data.items())};"
          f" learned threshold {classifier.threshold:.2f}")
    rows = {}
    for use_learned in (False, True):
        coder.use_learned = use_learned
        gsr = ev.evaluate_gsr(data["plover_gsr.jsonl"])["all"]
        spanish = ev.evaluate_spanish(data["spanish_protest_dev.jsonl"])["all"]
        case = ev.evaluate_case(data["case2021_dev.jsonl"])
        rows[use_learned] = (gsr, spanish, case)
    print(f"{'':<15} {'GSR type':>8} {'mode':>6} {'src ctry':>8} {'tgt ctry':>8} | {'ES P':>6} {'ES R':>6} {'ES F1':>6}"
          f" {'spur/cor':>8} | {'CASE main':>9} {'among':>6} {'disaster':>8}")
    for use_learned, (gsr, spanish, case) in rows.items():
        p, r = ev.ratio(spanish.tp, spanish.tp + spanish.fp), ev.ratio(spanish.tp, spanish.tp + spanish.fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mapped, disasters = case["mapped"]["all"], case["disasters"]["all"]
        name = "rules+learned" if use_learned else "rules alone"
        print(f"{name:<15} {ev.ratio(gsr.correct, gsr.n):>8.3f} {ev.ratio(gsr.mode_correct, gsr.mode_n):>6.3f}"
              f" {ev.ratio(gsr.source_correct, gsr.source_n):>8.3f} {ev.ratio(gsr.target_correct, gsr.target_n):>8.3f} |"
              f" {p:>6.3f} {r:>6.3f} {f1:>6.3f} {ev.ratio(spanish.fp, spanish.tp):>8.2f} |"
              f" {ev.ratio(mapped.found_any, mapped.n):>9.3f} {ev.ratio(mapped.correct, mapped.n):>6.3f}"
              f" {ev.ratio(disasters.found_any, disasters.n):>8.3f}")
    gsr_n, spanish_n = rows[True][0].n, rows[True][1].n
    print(f"(GSR n={gsr_n}, Spanish n={spanish_n} sentences, CASE mapped n={rows[True][2]['mapped']['all'].n},"
          f" disasters n={rows[True][2]['disasters']['all'].n}; ES = Spanish protest, spur/cor = spurious per correct,"
          f" CASE main = main event type acc, among = gold type among coded, disaster = disaster snippets coded)")
    if coder.records:
        print(f"cost: analysis + rules {1000 * coder.rules_seconds / coder.records:.0f} ms/record;"
              f" learned step {1000 * coder.learned_seconds / coder.records:.0f} ms/record"
              f" ({coder.candidates} candidate sentences embedded in {coder.records} records)")
    if args.confusion:
        for use_learned, (gsr, spanish, case) in rows.items():
            print(f"\nGSR confusion ({'rules+learned' if use_learned else 'rules alone'}, held-out):")
            print("\n".join("  " + line for line in ev.confusion_lines(gsr.confusion)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
