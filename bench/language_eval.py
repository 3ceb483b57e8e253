"""Language of short inputs: one sentence given alone, the hardest case for paragraph language detection.

Every record of the PLOVER gold (English), the CASE 2021 snippets (English) and the Spanish protest records (Spanish)
is passed alone through ``paragraph_languages``, as ``detente.analyze("one sentence")`` does, and through bare lingua
on the same language set (the peer). Names are the trap: "the accord at the Casa de Nariño in Bogotá" reads
Spanish to lingua although the sentence is English. Two more sets are written for this bench
(bench/data/language_names.tsv): sentences dense with names of another language's world, the "tuning" rows seen while
choosing the weights and the "fresh" rows written afterwards.

    .venv/bin/python bench/language_eval.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _data import eval_path  # noqa: E402

from detente.extract.language import configured_languages, detector, paragraph_languages  # noqa: E402

SETS = (
    ("PLOVER gold (en)", ("events", "plover_gsr.jsonl"), "en"),
    ("CASE 2021 (en)", ("events", "case2021_dev.jsonl"), "en"),
    ("Spanish protest (es)", ("events", "spanish_protest_dev.jsonl"), "es"),
)


NAMES = Path(__file__).resolve().parent / "data" / "language_names.tsv"


def name_sets() -> list[tuple[str, list[tuple[str, str]]]]:
    rows = [line.split("\t") for line in NAMES.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return [(f"names, {split} (ours)", [(text, lang) for row_split, lang, text in rows if row_split == split])
            for split in ("tuning", "fresh", "unseen")]


def texts(parts: tuple[str, ...]) -> list[str]:
    lines = eval_path(*parts).read_text(encoding="utf-8").splitlines()
    return [record["text"] for record in map(json.loads, filter(None, lines)) if record.get("text", "").strip()]


def bare_lingua(text: str) -> str | None:
    found = detector(configured_languages()).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else None


def ours(text: str) -> str | None:
    return paragraph_languages([text])[1]


def main() -> None:
    print(f"{'set':<22} {'n':>5} {'ours':>7} {'lingua':>7}   wrong (ours / lingua)")
    totals = [0, 0, 0]
    started = time.perf_counter()
    labelled = [(name, [(text, language) for text in texts(parts)]) for name, parts, language in SETS] + name_sets()
    for name, sample in labelled:
        right_ours = sum(ours(text) == language for text, language in sample)
        right_peer = sum(bare_lingua(text) == language for text, language in sample)
        totals = [totals[0] + len(sample), totals[1] + right_ours, totals[2] + right_peer]
        print(f"{name:<22} {len(sample):>5} {right_ours / len(sample):>7.3f} {right_peer / len(sample):>7.3f}"
              f"   {len(sample) - right_ours} / {len(sample) - right_peer}")
    n, right_ours, right_peer = totals
    print(f"{'all':<22} {n:>5} {right_ours / n:>7.3f} {right_peer / n:>7.3f}   {n - right_ours} / {n - right_peer}")
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
