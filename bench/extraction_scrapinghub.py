"""ScrapingHub article-body benchmark: Détente extraction next to plain trafilatura, same run.

Metric = the benchmark's own (evaluate.py of scrapinghub/article-extraction-benchmark): 4-word shingles,
per-page TP/FP/FN normalised, precision and recall averaged over pages, F1 from the averages.

Example:
    .venv/bin/python bench/extraction_scrapinghub.py            # all 181 pages
    .venv/bin/python bench/extraction_scrapinghub.py --limit 20 # quick run
    .venv/bin/python bench/extraction_scrapinghub.py --split odd # held-out half (dev split = even)
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "extraction" / "scrapinghub"
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_matching(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) for one page, exactly as the benchmark's string_shingle_matching."""
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tp += min(t[key], p[key])
        fp += max(0, p[key] - t[key])
        fn += max(0, t[key] - p[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(results: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean(_precision(*r) for r in results if r[0] + r[1] > 0)
    recall = statistics.mean(_recall(*r) for r in results if r[0] + r[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def plain_trafilatura(html: bytes, url: str, **options) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, **options) or ""


def detente_article(html: bytes, url: str):
    from detente.extract import ExtractionError, extract
    from detente.model import RawDocument

    try:
        return extract(RawDocument(source=url, content=html, kind="html", url=url))
    except ExtractionError:
        return None


def detente_body(article) -> str:
    """Body paragraphs only: what the benchmark's articleBody holds (no captions, no headings)."""
    return "\n".join(p.text for p in article.paragraphs if p.kind == "body") if article else ""


def detente_body_headings(article) -> str:
    return "\n".join(p.text for p in article.paragraphs if p.kind != "caption") if article else ""


def detente_all(article) -> str:
    return article.text if article else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")
    parser.add_argument("--split", choices=["all", "even", "odd"], default="all", help="even = dev half, odd = held-out half")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest Détente F1")
    args = parser.parse_args()
    if not (DATA / "ground-truth.json").exists():
        print(f"ScrapingHub data not found at {DATA}; skipping.")
        return 0
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    if args.split != "all":
        keys = [k for i, k in enumerate(keys) if (i % 2 == 0) == (args.split == "even")]
    keys = keys[: args.limit] if args.limit else keys
    systems = {"trafilatura.extract (plain)": [], "trafilatura favor_precision": [], "détente body+headings": [], "détente body only": [], "détente all (+captions)": []}
    seconds = {"trafilatura": 0.0, "détente": 0.0}
    per_page = []
    for key in keys:
        html = gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes())
        url, gold = truth[key].get("url", ""), truth[key].get("articleBody", "")
        start = time.perf_counter()
        plain = plain_trafilatura(html, url)
        seconds["trafilatura"] += time.perf_counter() - start
        start = time.perf_counter()
        article = detente_article(html, url)
        seconds["détente"] += time.perf_counter() - start
        precise = plain_trafilatura(html, url, favor_precision=True)
        outputs = [plain, precise, detente_body_headings(article), detente_body(article), detente_all(article)]
        for name, output in zip(systems, outputs):
            systems[name].append(shingle_matching(gold, output))
        per_page.append((key, _f1(systems["détente body+headings"][-1]), _f1(systems["trafilatura.extract (plain)"][-1])))
    print(f"ScrapingHub article bodies: {len(keys)} pages (split: {args.split})")
    print(f"{'system':<28} {'F1':>6} {'P':>6} {'R':>6}")
    for name, results in systems.items():
        s = scores(results)
        print(f"{name:<28} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f}")
    print("published trafilatura 2.0.0: F1 0.958  P 0.938  R 0.978 (all 181 pages)")
    print("détente body+headings = what the benchmark's articleBody holds: body paragraphs and section headings, no captions")
    print(f"time: trafilatura {seconds['trafilatura']:.1f}s, détente extract (incl. language, dates) {seconds['détente']:.1f}s")
    for key, ours, theirs in sorted(per_page, key=lambda row: row[1])[: args.worst]:
        print(f"  {key[:16]}  détente {ours:.3f}  trafilatura {theirs:.3f}")
    return 0


def _f1(result: tuple[float, float, float]) -> float:
    p, r = _precision(*result), _recall(*result)
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    sys.exit(main())
