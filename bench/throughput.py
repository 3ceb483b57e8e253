"""End-to-end speed on the real-news corpus, next to bare spaCy parsing of the same text.

    .venv/bin/python bench/throughput.py [--limit N] [--repeat K]

Prints articles/s and words/s for 1 and 2 worker processes (extraction + every analysis stage),
bare spaCy (the same paragraphs, the same per-language models, 1 process) and the ratio.
Goals (issue 2): >= 25 articles/s on 2 cores and a ratio >= 0.8 to bare spaCy.
"""
from __future__ import annotations

import argparse
import gzip
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import eval_path  # noqa: E402

from detente.analyze.nlp import load_pipeline, pipeline_lang  # noqa: E402
from detente.extract import extract  # noqa: E402
from detente.model import Article, Document, RawDocument  # noqa: E402
from detente.process import process  # noqa: E402


def load_corpus(limit: int | None) -> list[RawDocument]:
    corpus = eval_path("corpus")
    files = sorted(corpus.glob("*/*.html.gz"))[:limit]
    return [RawDocument(source=str(f), content=gzip.decompress(f.read_bytes()), kind="html") for f in files]


def _warm(_: int) -> None:
    load_pipeline("en")
    load_pipeline("es")


def run_pipeline(raws: list[RawDocument], workers: int) -> tuple[float, list]:
    if workers == 1:
        _warm(0)
        start = time.perf_counter()
        results = [process(raw) for raw in raws]
        return time.perf_counter() - start, results
    with multiprocessing.get_context("fork").Pool(workers, initializer=_warm, initargs=(0,)) as pool:
        pool.map(_warm, range(workers))  # models loaded before the clock starts
        start = time.perf_counter()
        results = pool.map(process, raws, chunksize=4)
        return time.perf_counter() - start, results


def bare_spacy(articles: list[Article]) -> float:
    """Seconds for stock spaCy to parse the same paragraphs with the same per-language models."""
    by_lang: dict[str, list[str]] = {}
    for article in articles:
        for paragraph in article.paragraphs:
            by_lang.setdefault(pipeline_lang(paragraph.lang), []).append(paragraph.text)
    import spacy
    from detente.analyze.nlp import MODELS

    models = {lang: spacy.load(MODELS[lang]) for lang in by_lang}
    start = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in models[lang].pipe(texts, batch_size=32):
            pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N corpus pages")
    args = parser.parse_args()

    raws = load_corpus(args.limit)
    articles = []
    for raw in raws:
        try:
            articles.append(extract(raw))
        except Exception as error:  # a page the extractor rejects still counts as input
            print(f"note: {raw.source}: {error}")
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(raws)} pages, {len(articles)} extracted, {words} words")

    spacy_seconds = bare_spacy(articles)
    rows = [("bare spaCy (1 process, parse only)", spacy_seconds, len(articles))]
    for workers in (1, 2):
        seconds, results = run_pipeline(raws, workers)
        documents = [r for r in results if isinstance(r, Document)]
        rows.append((f"Détente end-to-end, {workers} worker(s)", seconds, len(documents)))

    print(f"\n{'run':40} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'ratio to spaCy':>15}")
    for name, seconds, count in rows:
        ratio = spacy_seconds / seconds if seconds else float("nan")
        print(f"{name:40} {seconds:8.2f} {count / seconds:11.1f} {words / seconds:9.0f} {ratio:15.2f}")
    print("\nratio = bare spaCy seconds / Détente seconds on the same text (1.0 = as fast as parsing alone).")


if __name__ == "__main__":
    main()
