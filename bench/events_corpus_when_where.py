"""When and where: hand-judged dates and places of events coded on real news (the 170 corpus pages).

The real-news audits (bench/events_corpus_audit.py) judge each event's type, sides and flags, not its date or place.
This script makes and scores a second judgement of the REAL events of an audit (event_ok = y): is the event's date
right at its precision, and is its location right?

    .venv/bin/python bench/events_corpus_when_where.py --make OUT [--audit FILE ...]   # rows to judge (~1 min)
    .venv/bin/python bench/events_corpus_when_where.py [--judged FILE]                 # the figures
    .venv/bin/python bench/events_corpus_when_where.py --now [--rejudge OUT]          # the figures of the current code

--make runs the current code on the audited pages and writes, for each real event it still codes (page + sentence +
trigger + type), the article's publication date and the event's date, date text, precision and location, with empty
date_ok / place_ok / note columns. Conventions for the judge (also in the file's header): date_ok y when the date, at
its precision, is when the act happened (or the article's date for an act reported as news of the day with no date in
the text); n otherwise. place_ok y when the location is where the act happened (the country alone is fine when the
text gives no finer place), or empty when the text gives no place; n when it is wrong, or empty though the sentence or
article clearly gives one.

Scoring prints per split: dates right (all, stated in the text, defaulted to the publication date), places right
(given, and none given). --now runs the current code on the judged pages: a row whose date, precision and place are
unchanged keeps its verdict; a changed row takes its verdict from the re-judged file (the judged file's name with
_rejudged, same columns) when it is there, else it is counted as unjudged; --rejudge OUT writes the changed rows with
empty verdicts for a judge. Events no longer coded are counted apart.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import corpus_documents, corpus_split  # noqa: E402
from bench._judged import read_rows  # noqa: E402

BENCH = Path(__file__).resolve().parent
AUDITS = [BENCH / "events_corpus_audit_s22_dev.tsv", BENCH / "events_corpus_audit_s22_heldout.tsv"]
JUDGED = BENCH / "events_corpus_when_where_s22.tsv"
COLUMNS = ["split", "page", "type", "trigger", "sentence", "published", "date", "date_text", "date_precision",
           "place", "place_country", "lat", "lon", "date_ok", "place_ok", "note"]
HEADER = """# When and where of real events on real news (bench/events_corpus_when_where.py --make).
# date_ok: y = the date, at its precision, is when the act happened (or the article's date for news of the day with no
#   date in the text); n = wrong. place_ok: y = where the act happened (the country alone is fine when the text gives
#   no finer place), or empty when the text gives no place; n = wrong, or empty though the text clearly gives one."""


def key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["page"], row["type"], row["trigger"], " ".join(row["sentence"].split()))


def when_where(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(row[column] for column in ("date", "date_text", "date_precision", "place", "place_country"))


def current_rows(wanted: set[tuple[str, ...]]) -> list[dict[str, str]]:
    """The current code's date and place of each wanted event (by ``key``), with empty verdict columns."""
    from bench.events_corpus_dump import event_line

    found = []
    for page_id, document in corpus_documents(pages={page for page, *_ in wanted}):
        text = document.article.text
        for event in document.events:
            fields = event_line(page_id, event, text).split("\t")
            if (page_id, fields[1], fields[6], fields[7]) not in wanted:
                continue
            place = event.location
            found.append(dict(zip(COLUMNS, [
                corpus_split(page_id), page_id, event.type, fields[6], fields[7], document.article.published or "",
                event.date or "", " ".join((event.date_text or "").split()), event.date_precision or "",
                place.name if place else "", (place.country or "") if place else "",
                f"{place.lat:.3f}" if place and place.lat is not None else "",
                f"{place.lon:.3f}" if place and place.lon is not None else "", "", "", ""])))
    return found


def write_rows(out: Path, found: list[dict[str, str]]) -> None:
    out.write_text(HEADER + "\n" + "\t".join(COLUMNS) + "\n" + "\n".join(
        "\t".join(row.get(column, "") for column in COLUMNS) for row in found) + "\n", encoding="utf-8")


def make(out: Path, audits: list[Path]) -> int:
    wanted = {key(row) for audit in audits for row in read_rows(audit) if row.get("event_ok") == "y"}
    found = current_rows(wanted)
    write_rows(out, found)
    print(f"{len(found)} events to judge (of {len(wanted)} real audited events) -> {out}")
    return 0


def rejudged_file(judged: Path) -> Path:
    return judged.with_name(judged.stem + "_rejudged" + judged.suffix)


def now(judged: Path, rejudge: Path | None) -> int:
    """Score the current code's dates and places on the judged rows (see the module docstring)."""
    judged_rows = [row for row in read_rows(judged) if row.get("date_ok") in ("y", "n")]
    current = {key(row): row for row in current_rows({key(row) for row in judged_rows})}
    second = rejudged_file(judged)
    verdicts = {key(row) + when_where(row): row for row in read_rows(second)} if second.exists() else {}
    scored, changed, gone = [], [], 0
    for row in judged_rows:
        present = current.get(key(row))
        if present is None:
            gone += 1
        elif when_where(present) == when_where(row):
            scored.append(row)
        elif verdicts.get(key(present) + when_where(present), {}).get("date_ok"):
            scored.append(verdicts[key(present) + when_where(present)])
        else:
            changed.append(present)
    print(f"current code on the {len(judged_rows)} judged rows: {len(scored)} scored, {len(changed)} changed and "
          f"not yet re-judged, {gone} events no longer coded")
    if rejudge is not None:
        write_rows(rejudge, changed)
        print(f"{len(changed)} changed rows to judge -> {rejudge}")
    return score(scored, str(judged))


def share(counter: Counter, key: str) -> str:
    total = counter[key + "_n"]
    return f"{counter[key] / total:.3f} ({counter[key]}/{total})" if total else "-"


def score(judged_rows: list[dict[str, str]], source: str) -> int:
    tallies: dict[str, Counter] = {}
    for row in judged_rows:
        if row.get("date_ok") not in ("y", "n"):
            continue
        tally = tallies.setdefault(row["split"], Counter())
        stated = bool(row["date_text"])
        for key in ("date", "date_stated" if stated else "date_default"):
            tally[key + "_n"] += 1
            tally[key] += row["date_ok"] == "y"
        if row.get("place_ok") in ("y", "n"):
            kind = "place_given" if row["place"] else "place_none"
            for key in ("place", kind):
                tally[key + "_n"] += 1
                tally[key] += row["place_ok"] == "y"
    if not tallies:
        print(f"skip: no judged rows in {source}")
        return 0
    for split in ("dev", "held-out"):
        tally = tallies.get(split)
        if tally:
            print(f"{split:9} date right {share(tally, 'date')}: stated in the text {share(tally, 'date_stated')}, "
                  f"publication date by default {share(tally, 'date_default')}")
            print(f"{'':9} place right {share(tally, 'place')}: given {share(tally, 'place_given')}, "
                  f"none given {share(tally, 'place_none')}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--make", type=Path, default=None, help="write the rows to judge here")
    parser.add_argument("--audit", type=Path, action="append", default=None, help="audit file(s) whose real events")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="judged file to score")
    parser.add_argument("--now", action="store_true", help="score the current code on the judged rows")
    parser.add_argument("--rejudge", type=Path, default=None, help="with --now: write the changed rows here")
    args = parser.parse_args()
    if args.make:
        return make(args.make, args.audit or AUDITS)
    if not args.judged.exists():
        print(f"skip: {args.judged} not found")
        return 0
    return now(args.judged, args.rejudge) if args.now else score(read_rows(args.judged), str(args.judged))


if __name__ == "__main__":
    sys.exit(main())
