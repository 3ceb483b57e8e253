"""Cost of the actor layer: words/s of spaCy parse + entity ruler + actor resolution + coreference
against bare spaCy parsing of the same paragraphs in the same run (target: < 25% extra time).

Texts: the seed article and the ../shared/eval/corpus pages (main text extracted with trafilatura;
corpus/es paragraphs go through the Spanish pipeline). Each side runs twice; the faster run counts.

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
    start = time.perf_counter()
    for art in articles:
        for paragraph in art.paragraphs:
            bare[paragraph.lang](paragraph.text)
    return time.perf_counter() - start


def full_run(articles: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    actors = 0
    for art in articles:
        analysis = Analysis(article=art)
        nlp_stage.parse(analysis)
        resolve(analysis)
        actors += len(analysis.actors)
    return time.perf_counter() - start, actors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    options = parser.parse_args()
    articles = load_articles(options.limit)
    words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        bare = {lang: spacy.load(name, exclude=["lemmatizer"] if lang == "es" else []) for lang, name in nlp_stage.MODELS.items()}
    full_run(articles[:3])  # warm-up: knowledge base, entity ruler, city index
    bare_parse(articles[:3], bare)
    bare_time = min(bare_parse(articles, bare) for _ in range(2))
    runs = [full_run(articles) for _ in range(2)]
    full_time, actors = min(runs)
    print(f"articles {len(articles)}, words {words}, actors found {actors}")
    print(f"bare spaCy parse            {words / bare_time:8.0f} words/s  ({bare_time:.2f} s)")
    print(f"parse + ruler + actors      {words / full_time:8.0f} words/s  ({full_time:.2f} s)")
    print(f"actor layer cost: {100 * (full_time - bare_time) / bare_time:+.1f}% of bare spaCy time (target < 25%)")


if __name__ == "__main__":
    main()
