"""Dates of coded events against TimeBank's gold temporal links (dev: the EVEN-numbered TimeBank documents only).

    .venv/bin/python bench/events_timebank_dates.py [--list]

TimeBank tags each event (EVENT, with tense and aspect) and links it (TLINK) to the document creation time (DCT) and to
dated TIMEX3s. For every event our pipeline codes on a dev TimeBank document (bench/_pools.py pool "timebank"), this
script finds the gold EVENT at its trigger and sorts it by what the gold says of its time:
- ``anchored earlier``: linked (IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS, IDENTITY) to a dated timex other than
  the DCT whose value lies on an earlier day than the DCT: the right date is that timex's, at its precision;
- ``anchored today``: linked so to the DCT, or to a timex whose value is the DCT's day: the publication date is right;
- ``before, unanchored``: only BEFORE the DCT (or the DCT AFTER it): an earlier act with no gold day. TimeBank also
  puts acts of the same day BEFORE the creation time, so this group mixes background acts with news of the day;
- ``other``: no link to the DCT or a dated timex (or a later one).
and reports, per group, how many of our dates agree: the anchor's value at its precision for ``anchored earlier``;
the DCT for ``anchored today``; for ``before, unanchored`` it counts how many we give the DCT (a default that is right
only for news of the day) and how many no date or an earlier one. The odd documents stay bench/timebank.py's
held-out split and are never read here. Skips cleanly when TimeBank is absent.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._data import eval_path  # noqa: E402

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
ANCHOR_RELATIONS = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "IDENTITY", "BEGUN_BY", "ENDED_BY"}
INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "IS_INCLUDED": "INCLUDES", "INCLUDES": "IS_INCLUDED",
           "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "DURING": "DURING_INV",
           "DURING_INV": "DURING", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE"}


def gold_events(path: Path) -> tuple[str, list[dict]]:
    """The DCT and the gold events of a .tml file: text offsets (as in bench/timebank.read_tml's plain text), tense,
    aspect, and their links to times."""
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    timexes = {a["tid"]: a for a in (dict(ATTR.findall(m.group(1))) for m in re.finditer(r"<TIMEX3([^>]*)>", raw))}
    dct = next((t for t in timexes.values() if t.get("functionInDocument") == "CREATION_TIME"), None)
    events, length, position, opened = {}, 0, 0, None
    for tag in TAG.finditer(body):
        length += len(html.unescape(body[position: tag.start()]))
        position = tag.end()
        closing, name, attrs = tag.groups()
        if name == "EVENT" and not closing:
            opened = (length, dict(ATTR.findall(attrs)))
        elif name == "EVENT" and opened is not None:
            events[opened[1]["eid"]] = {"start": opened[0], "end": length, "links": []}
            opened = None
    instances = {}
    for m in re.finditer(r"<MAKEINSTANCE([^>]*)/>", raw):
        a = dict(ATTR.findall(m.group(1)))
        if a.get("eventID") in events:
            events[a["eventID"]].update(tense=a.get("tense", ""), aspect=a.get("aspect", ""))
            instances[a["eiid"]] = events[a["eventID"]]
    for m in re.finditer(r"<TLINK([^>]*)/>", raw):
        a = dict(ATTR.findall(m.group(1)))
        relation = a.get("relType", "")
        if a.get("eventInstanceID") in instances and a.get("relatedToTime") in timexes:
            instances[a["eventInstanceID"]]["links"].append((relation, timexes[a["relatedToTime"]]))
        elif a.get("relatedToEventInstance") in instances and a.get("timeID") in timexes:
            link = (INVERSE.get(relation, relation), timexes[a["timeID"]])
            instances[a["relatedToEventInstance"]]["links"].append(link)
    return (dct or {}).get("value", "")[:10], list(events.values())


def gold_group(event: dict, dct: str) -> tuple[str, str | None]:
    """(group, gold value) of a gold event; see the module docstring."""
    before = False
    for relation, timex in event["links"]:
        value = timex.get("value", "")
        is_dct = timex.get("functionInDocument") == "CREATION_TIME"
        if relation in ANCHOR_RELATIONS and timex.get("type") == "DATE" and re.match(r"\d{4}", value):
            if is_dct or value[:10] == dct:
                return "anchored today", dct
            if value[:len(dct)] < dct[:len(value)] or (len(value) < len(dct) and not dct.startswith(value)):
                return "anchored earlier", value
        if is_dct and relation in {"BEFORE", "IBEFORE"}:
            before = True
    return ("before, unanchored", None) if before else ("other", None)


def agrees(ours: str | None, gold: str) -> bool:
    """Our date means the gold value at the gold's precision ("1998-01", "1997", "1998-01-07")."""
    if not ours:
        return False
    value = re.sub(r"-W\d+.*|-(SP|SU|FA|WI|Q\d).*", "", gold)
    return ours.startswith(value) or (len(value) == 4 and ours[:4] == value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each aligned event (dev documents only)")
    options = parser.parse_args()
    folder = eval_path("time", "tempeval3", "TimeBank")  # exits 0 with a message when the data is absent
    from bench._pools import pool_ids, raw_document
    from detente.process import process

    counts: Counter = Counter()
    for doc_id in pool_ids("timebank"):
        raw = raw_document(doc_id)
        dct, gold = gold_events(folder / f"{doc_id[3:]}.tml")
        plain = raw.content.decode("utf-8")
        document = process(raw)
        text = document.article.text if hasattr(document, "article") else ""
        lead = _lead(folder / f"{doc_id[3:]}.tml")
        for event in getattr(document, "events", None) or []:
            trigger = text[event.evidence.trigger.start: event.evidence.trigger.end]
            at = _place_in(plain, text, event.evidence.trigger.start, trigger)
            match = next((g for g in gold if at is not None and g["start"] - lead <= at < g["end"] - lead), None)
            if match is None:
                counts["unaligned"] += 1
                continue
            group, value = gold_group(match, dct)
            if group == "anchored earlier":
                verdict = "agrees" if agrees(event.date, value) else (
                    "publication date" if event.date == dct else "no date" if not event.date else "other date")
            elif group == "anchored today":
                verdict = "agrees" if event.date == dct else "no date" if not event.date else "other date"
            elif group == "before, unanchored":
                verdict = "publication date" if event.date == dct else "no date" if not event.date else (
                    "earlier date" if event.date < dct else "later date")
            else:
                verdict = "publication date" if event.date == dct else "no date" if not event.date else "other date"
            counts[(group, verdict)] += 1
            if options.list:
                sentence = " ".join(event.evidence.sentence.split())[:160]
                print(f"{doc_id}\t{group}\t{value}\t{event.type}\t{trigger}\t{match.get('tense')}/{match.get('aspect')}"
                      f"\t{event.date}\t{event.date_text}\t{verdict}\t{sentence}")
    aligned = sum(v for k, v in counts.items() if k != "unaligned")
    print(f"dev TimeBank documents: coded events aligned to a gold EVENT {aligned}, unaligned {counts['unaligned']}")
    for group in ("anchored earlier", "anchored today", "before, unanchored", "other"):
        row = {key[1]: n for key, n in counts.items() if isinstance(key, tuple) and key[0] == group}
        total = sum(row.values())
        if total:
            parts = ", ".join(f"{verdict} {n}" for verdict, n in sorted(row.items(), key=lambda kv: -kv[1]))
            share = f" -> agrees {row.get('agrees', 0) / total:.3f}" if "anchored" in group else ""
            print(f"  {group:20s} {total:4d}: {parts}{share}")


def _lead(path: Path) -> int:
    """How many leading characters bench/_pools.raw_document strips from the plain text."""
    from bench.timebank import read_tml

    text = read_tml(path).text
    return len(text) - len(text.lstrip())


def _place_in(plain: str, text: str, start: int, trigger: str) -> int | None:
    """The offset in the raw content of the trigger found at ``start`` of the article text (the two differ when
    extraction rewraps lines): the occurrence of the same word with the same number of earlier occurrences."""
    if plain == text:
        return start
    rank = text[:start].count(trigger)
    found = -1
    for _ in range(rank + 1):
        found = plain.find(trigger, found + 1)
        if found < 0:
            return None
    return found


if __name__ == "__main__":
    main()
