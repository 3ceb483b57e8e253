"""Cost of the learned event complement on real news (../shared/eval/corpus): ms per article for the rule coder
and for the learned step (candidate selection + e5 embedding + classifier), how many sentences it embeds and how
many events it adds per article and per 100 sentences (a proxy for over-generation: there is no gold here).

Run: .venv/bin/python bench/events_learned_speed.py [--limit 30] [--show 10]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import corpus_analyses_before_events  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=30, help="articles (English and Spanish pages, in name order)")
    parser.add_argument("--show", type=int, default=0, help="print this many added events with their sentence")
    args = parser.parse_args()
    os.environ["DETENTE_LEARNED_EVENTS"] = "1"
    from detente.analyze.events import coder, learned
    from detente.analyze.events.learned_model import embed

    embed(["warm-up"])  # the model load is a one-off per process, not a per-article cost
    before = rules = learned_time = 0.0
    n_articles = n_sentences = n_rule_events = n_candidates = n_added = 0
    shown = []
    for analysis, seconds_before in corpus_analyses_before_events(args.limit):
        middle = time.perf_counter()
        coder.code(analysis)
        after_rules = time.perf_counter()
        rule_events = len(analysis.events)
        by_rules = {id(e) for e in analysis.events}
        n_candidates += len(learned.candidates(analysis))
        learned.complement(analysis)
        ended = time.perf_counter()
        before += seconds_before
        rules += after_rules - middle
        learned_time += ended - after_rules
        n_articles += 1
        n_sentences += sum(1 for _ in analysis.sentences())
        n_rule_events += rule_events
        n_added += len(analysis.events) - rule_events
        shown += [e for e in analysis.events if id(e) not in by_rules][:3]
    if not n_articles:
        print("no article could be read")
        return 0
    print(f"articles {n_articles}  sentences {n_sentences}  rule events {n_rule_events}  candidate sentences"
          f" {n_candidates} ({n_candidates / n_articles:.1f}/article)  learned events added {n_added}"
          f" ({n_added / n_articles:.1f}/article, {100 * n_added / max(1, n_sentences):.1f} per 100 sentences)")
    print(f"rules {1000 * rules / n_articles:.1f} ms/article; learned step {1000 * learned_time / n_articles:.1f}"
          f" ms/article ({n_candidates / max(learned_time, 1e-9):.1f} sentences/s); parse+actors+time+places"
          f" {1000 * before / n_articles:.1f} ms/article; learned share of analysis up to events"
          f" {100 * learned_time / (before + rules + learned_time):.1f}%")
    for event in shown[: args.show]:
        print(f"  {event.type:<9} {event.confidence:.2f} {[a.name for a in event.source]} -> {[a.name for a in event.target]}"
              f" | {event.evidence.sentence[:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
