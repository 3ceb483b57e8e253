"""Every quote of Trump and Petro in the reference article, found and attributed to the right one?

Runs the full path (extract → analyze) on ../shared/eval/seed/000_1b2ed861b65bfff5.txt (published 2026-02-04)
and checks each quoted passage of the two presidents against the speaker Détente gives it.
Usage: .venv/bin/python bench/quotes_seed.py
"""
from __future__ import annotations

import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "seed" / "000_1b2ed861b65bfff5.txt"
EXPECTED = [  # (words of the quote, speaker), read off the article by hand
    ("fantastic", "Donald Trump"),
    ("very good", "Donald Trump"),
    ("We worked on several important issues", "Donald Trump"),
    ("willingness to cooperate in the fight against drug trafficking", "Donald Trump"),
    ("optimistic", "Gustavo Petro"),
    ("common ground", "Gustavo Petro"),
    ("they still have different views", "Gustavo Petro"),
    ("what unites them is freedom", "Gustavo Petro"),
    ("almost perfect", "Gustavo Petro"),
    ("terrific", "Donald Trump"),
    ("great interest in collaborating", "Donald Trump"),
    ("A great honour. Love to Colombia", "Donald Trump"),
    ("between opponents who can find points of agreement", "Gustavo Petro"),
]


def main() -> int:
    if not SEED.exists():
        print(f"{SEED}: not found, skipping")
        return 0
    from detente.process import document_from_input

    document = document_from_input(SEED.read_text(encoding="utf-8"), published="2026-02-04")
    right = 0
    for words, speaker in EXPECTED:
        quote = next((q for q in document.quotes if words in q.text), None)
        got = quote.speaker.name if quote and quote.speaker else None
        right += got == speaker
        status = "ok " if got == speaker else ("MISSING" if quote is None else "WRONG")
        kind = "" if quote is None else ("direct" if quote.direct else "indirect/partial")
        print(f"{status:7} {words[:45]:47} → {got or '—':15} {kind:17} cue={quote.cue if quote else ''}")
    print(f"seed: {right}/{len(EXPECTED)} Trump/Petro quotes found and attributed; {len(document.quotes)} quotes in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
