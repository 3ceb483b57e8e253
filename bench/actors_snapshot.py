"""The actor stage alone on the real-news corpus, parsed once: its CPU time, an optional profile, and its output
saved or compared, so a speed change can be shown to leave every actor as it was.

The corpus pages (../shared/eval/corpus) are extracted and parsed once by our own pipeline and cached as spaCy
DocBins (--cache); later runs time only ``actors.resolve`` (entity grouping, coding, coreference, context
countries) against the recorded CPU time of our parse of the same paragraphs.

Example:
    .venv/bin/python bench/actors_snapshot.py --save /tmp/actors_before.jsonl
    .venv/bin/python bench/actors_snapshot.py --compare /tmp/actors_before.jsonl --profile 25
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import pstats
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import DocBin  # noqa: E402

from bench._data import corpus_articles  # noqa: E402
from detente.analyze import nlp as nlp_stage  # noqa: E402
from detente.analyze.actors import resolve  # noqa: E402
from detente.analyze.context import Analysis, ParsedParagraph  # noqa: E402


def build_cache(cache: Path) -> None:
    """Extract and parse every corpus page once; keep articles, docs and the parse CPU time."""
    cache.mkdir(parents=True, exist_ok=True)
    records, parse_seconds = [], 0.0
    for lang in nlp_stage.MODELS:
        nlp_stage.load_pipeline(lang)
    for article in corpus_articles():
        analysis = Analysis(article=article)
        begin = time.process_time()
        nlp_stage.parse(analysis)
        parse_seconds += time.process_time() - begin
        bins = {lang: DocBin(store_user_data=True) for lang in nlp_stage.MODELS}
        for parsed in analysis.parsed:
            bins[parsed.lang].add(parsed.doc)
        records.append((article, [(p.index, p.lang, p.offset) for p in analysis.parsed],
                        {lang: b.to_bytes() for lang, b in bins.items()}))
    (cache / "corpus.pickle").write_bytes(pickle.dumps({"records": records, "parse_seconds": parse_seconds}))


def load_cache(cache: Path) -> tuple[list[Analysis], float]:
    data = pickle.loads((cache / "corpus.pickle").read_bytes())
    analyses = []
    for article, layout, bins in data["records"]:
        docs = {lang: iter(DocBin().from_bytes(raw).get_docs(nlp_stage.load_pipeline(lang).vocab))
                for lang, raw in bins.items()}
        analysis = Analysis(article=article)
        analysis.parsed = [ParsedParagraph(index=i, lang=lang, offset=offset, doc=next(docs[lang]),
                                           text=article.paragraphs[i].text) for i, lang, offset in layout]
        analyses.append(analysis)
    return analyses, data["parse_seconds"]


def fresh(analyses: list[Analysis]) -> list[Analysis]:
    """New Analysis objects over the same docs (cached sentence lists reset), so every run starts alike."""
    out = []
    for old in analyses:
        analysis = Analysis(article=old.article)
        analysis.parsed = [ParsedParagraph(p.index, p.lang, p.offset, p.doc, p.text) for p in old.parsed]
        out.append(analysis)
    return out


def run(analyses: list[Analysis]) -> float:
    begin = time.process_time()
    for analysis in analyses:
        resolve(analysis)
    return time.process_time() - begin


def snapshot(analyses: list[Analysis]) -> list[str]:
    return [json.dumps({"id": a.article.id, "actors": [asdict(actor) for actor in a.actors]}, sort_keys=True,
                       ensure_ascii=False) for a in analyses]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/detente_actor_cache"), help="parsed corpus cache")
    parser.add_argument("--rebuild", action="store_true", help="parse the corpus again")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the fastest counts")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions (cumulative)")
    parser.add_argument("--tottime", type=int, default=0, help="print the N costliest functions (own time)")
    parser.add_argument("--save", type=Path, help="write the actors of every page (JSON lines)")
    parser.add_argument("--compare", type=Path, help="compare with a file written by --save")
    parser.add_argument("--show", type=int, default=200, help="with --compare: print at most N changed actors")
    options = parser.parse_args()
    if options.rebuild or not (options.cache / "corpus.pickle").exists():
        build_cache(options.cache)
    analyses, parse_seconds = load_cache(options.cache)
    run(fresh(analyses[:5]))  # warm-up: knowledge base, lexicons
    seconds = min(run(fresh(analyses)) for _ in range(options.repeat))
    print(f"pages {len(analyses)}: actor stage {seconds:.2f} s CPU = {1000 * seconds / len(analyses):.1f} ms/article "
          f"= {100 * seconds / parse_seconds:.1f}% of our parse ({parse_seconds:.2f} s when the cache was built)")
    if options.profile or options.tottime:
        profiler = cProfile.Profile()
        batch = fresh(analyses)
        profiler.enable()
        run(batch)
        profiler.disable()
        stats = pstats.Stats(profiler)
        if options.profile:
            stats.sort_stats("cumulative").print_stats(options.profile)
        if options.tottime:
            stats.sort_stats("tottime").print_stats(options.tottime)
    current = fresh(analyses)
    run(current)
    lines = snapshot(current)
    if options.save:
        options.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} pages to {options.save}")
    if options.compare:
        before = options.compare.read_text(encoding="utf-8").splitlines()
        changed = [(b, a) for b, a in zip(before, lines) if b != a]
        print(f"compared with {options.compare}: {len(changed)} of {len(lines)} pages differ"
              + ("" if len(before) == len(lines) else f" (page counts {len(before)} vs {len(lines)})"))
        for line in actor_changes(changed)[:options.show]:
            print("  " + line)


def actor_changes(changed: list[tuple[str, str]]) -> list[str]:
    """One line per actor whose code changed, appeared or went: 'page: text  CTY/SEC -> CTY/SEC'."""
    def codes(line: str) -> dict[str, str]:
        return {f"{actor['text']} @{actor['mentions'][0]['start'] if actor['mentions'] else '-'}":
                f"{actor['country']}/{actor['sector']}" for actor in json.loads(line)["actors"]}

    lines = []
    for before, after in changed:
        page, old, new = json.loads(after)["id"], codes(before), codes(after)
        for key in sorted(old.keys() | new.keys()):
            if old.get(key) != new.get(key):
                lines.append(f"{page}: {key!r:60} {old.get(key, '(none)')} -> {new.get(key, '(none)')}")
        if old == new:
            lines.append(f"{page}: same codes; names, roles or mentions differ")
    return lines


if __name__ == "__main__":
    main()
