"""Cost of the actor layer: words/s of spaCy parse + entity ruler + actor resolution + coreference
against bare spaCy parsing of the same paragraphs in the same run (target: < 25% extra time). Times are CPU seconds of this process (robust to other load).

Texts: the seed article and the ../shared/eval/corpus pages (main text extracted with trafilatura;
corpus/es paragraphs go through the Spanish pipeline). Each side runs twice; the faster run counts.
The actor stage is also timed alone (inside the full run), a figure that other load on the machine disturbs less.
DETENTE_QUALITY=md measures the quality mode (en_core_web_md on both sides).

Example:
    .venv/bin/python bench/actors_speed.py
    .venv/bin/python bench/actors_speed.py --limit 40
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402

from bench._data import eval_path  # noqa: E402
from detente.analyze import nlp as nlp_stage  # noqa: E402
from detente.analyze.actors import resolve  # noqa: E402
from detente.analyze.context import Analysis  # noqa: E402
from detente.model import Article, Paragraph  # noqa: E402


def article(name: str, text: str, lang: str, published: str | None = None) -> Article:
    paragraphs, position = [], 0
    for block in (b.strip() for b in text.split("\n")):
        if not block:
            continue
        paragraphs.append(Paragraph(text=block, lang=lang, start=position, end=position + len(block)))
        position += len(block) + 2
    return Article(id=name, url=None, title=None, published=published, published_inferred=False, authors=[],
                   language=lang, sections=[], captions=[], paragraphs=paragraphs)


def load_articles(limit: int | None) -> list[Article]:
    import trafilatura

    seed = eval_path("seed", "000_1b2ed861b65bfff5.txt")
    articles = [article("seed", seed.read_text(encoding="utf-8").replace("\n\n", "\n"), "en", "2026-02-04")]
    corpus = eval_path("corpus")
    for lang in ("en", "es"):
        for path in sorted((corpus / lang).glob("*.html.gz")):
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            text = trafilatura.extract(html) or ""
            if text.strip():
                articles.append(article(path.stem, text, lang))
    return articles[:limit] if limit else articles


def bare_parse(articles: list[Article], bare: dict) -> float:
    """CPU seconds of stock spaCy over every paragraph, batched per article and language like nlp.parse."""
    start = time.process_time()
    for art in articles:
        for lang in {p.lang for p in art.paragraphs}:
            list(bare[lang].pipe((p.text for p in art.paragraphs if p.lang == lang), batch_size=32))
    return time.process_time() - start


def full_run(articles: list[Article]) -> tuple[float, int, float]:
    """(CPU seconds of parse + ruler + actors, actors found, CPU seconds of the actor stage alone)."""
    start = time.process_time()
    actors = 0
    stage = 0.0
    for art in articles:
        analysis = Analysis(article=art)
        nlp_stage.parse(analysis)
        stage_start = time.process_time()
        resolve(analysis)
        stage += time.process_time() - stage_start
        actors += len(analysis.actors)
    return time.process_time() - start, actors, stage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=30, help="only the first N articles (0 = all)")
    options = parser.parse_args()
    articles = load_articles(options.limit)
    words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        bare = {lang: spacy.load(nlp_stage.model_for(lang, nlp_stage.quality()), exclude=["lemmatizer"] if lang == "es" else [])
                for lang in nlp_stage.MODELS}
    full_run(articles[:3])  # warm-up: knowledge base, entity ruler, city index
    bare_parse(articles[:3], bare)
    bare_times, runs = [], []
    for _ in range(2):  # interleaved, so machine load hits both sides alike
        bare_times.append(bare_parse(articles, bare))
        runs.append(full_run(articles))
    bare_time = min(bare_times)
    full_time, actors, _ = min(runs)
    stage_time = min(run[2] for run in runs)
    print(f"articles {len(articles)}, words {words}, actors found {actors}")
    print(f"bare spaCy parse            {words / bare_time:8.0f} words/s  ({bare_time:.2f} s)")
    print(f"parse + ruler + actors      {words / full_time:8.0f} words/s  ({full_time:.2f} s)")
    print(f"actor layer cost: {100 * (full_time - bare_time) / bare_time:+.1f}% of bare spaCy time (target < 25%)")
    print(f"actor stage alone (resolve + coreference + context countries): {stage_time:.2f} s = "
          f"{100 * stage_time / bare_time:.1f}% of bare spaCy time (steadier under load: the ruler is inside the parse)")


if __name__ == "__main__":
    main()
