"""Cost of the events stage on real news (../shared/eval/corpus): seconds per article for events.code alone,
next to the stages before it, and how many events it codes per article and per 100 sentences.

Run: .venv/bin/python bench/events_speed.py [--limit 30]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import corpus_analyses_before_events  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=30, help="articles (English and Spanish pages, in name order)")
    args = parser.parse_args()
    from detente.analyze import events

    before = coding = 0.0
    n_articles = n_sentences = n_events = n_mentions = 0
    for analysis, seconds_before in corpus_analyses_before_events(args.limit):
        middle = time.perf_counter()
        events.code(analysis)
        before += seconds_before
        coding += time.perf_counter() - middle
        n_articles += 1
        n_sentences += sum(1 for _ in analysis.sentences())
        n_events += len(analysis.events)
        n_mentions += sum(1 + len(event.other_mentions) for event in analysis.events)
    if not n_articles:
        print("no article could be read")
        return 0
    print(f"articles {n_articles}  sentences {n_sentences}  events {n_events}"
          f"  ({n_events / n_articles:.1f} per article, {100 * n_events / max(1, n_sentences):.1f} per 100 sentences)")
    print(f"mentions {n_mentions}: {n_mentions / max(1, n_events):.2f} per event (mentions of one act in several sentences"
          " are one event, events/merge.py)")
    print(f"events.code: {1000 * coding / n_articles:.1f} ms/article ({n_sentences / max(coding, 1e-9):.0f} sentences/s);"
          f" parse+actors+time+places: {1000 * before / n_articles:.1f} ms/article;"
          f" events share {100 * coding / (coding + before):.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
