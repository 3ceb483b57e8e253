"""Every event coded on the 170 real-news corpus pages, one tab-separated line each: page, type, mode, source,
target, flags (N negated, H hypothetical, F future, P historical), trigger, sentence. Diffing two dumps shows what a
change does to real news, line by line (each changed line is judged before a change lands).

    .venv/bin/python bench/events_corpus_dump.py /tmp/after.tsv [--split dev|held-out]    # ~3 min
    diff /tmp/before.tsv /tmp/after.tsv
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import corpus_event_rows  # noqa: E402
from detente.analyze.events.calibration import evidence_sentence, flag_letters, trigger_text  # noqa: E402


def event_line(page_id: str, event, text: str) -> str:
    """The dump line of one event (names after the country/sector codes, so a changed name shows)."""
    def side(actors) -> str:
        return ",".join(f"{a.country or '-'}/{a.sector or '-'}:{a.name}" for a in actors)

    return "\t".join([page_id, event.type, str(event.mode), side(event.source), side(event.target),
                      flag_letters(event), trigger_text(event, text), evidence_sentence(event)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="where to write the dump")
    parser.add_argument("--split", choices=["dev", "held-out"], help="only the pages of one half (bench/_data.corpus_split)")
    args = parser.parse_args()
    lines, pages = [], set()
    for page_id, event, text in corpus_event_rows(args.split):
        lines.append(event_line(page_id, event, text))
        if page_id not in pages:
            pages.add(page_id)
            if len(pages) % 20 == 0:
                print(f"{len(pages)} pages with events", file=sys.stderr)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} events on {len(pages)} pages -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
