"""TIMEX3 value accuracy of the time layer on TempEval-3 TimeBank, dateparser alone as the peer, and speed.

For every gold TIMEX3 of type DATE (not the document creation time) ``detente.analyze.time.timex_value`` gets the
expression text, the DCT as publication date, the tense of its clause (from our spaCy parse), the quarter
in focus and the story's reference time ("that year", "the next day": both from the expressions our own
detector found before it); its TIMEX value (1998-02-06, 1998-W05,
1998-02, 1998-Q3, 1998, 1998-SU, 1998-H1, 199, PAST_REF) must equal the gold value exactly. "calendar" counts
only gold values at day/week/month/quarter/year granularity; the rest are shown by granularity. Detection recall: share of gold DATE timexes overlapped by an expression
our detector finds in the raw text. Speed: CPU time of the time and place stages against spaCy parsing.

Split: files sorted by name, numbered from 0; even numbers = development (the only ones looked at while
writing rules), odd = held out. Figures for dev, held-out and all.

With --corpus N the speed is also measured on the first N pages of ../shared/eval/corpus (English and
Spanish, loaded as bench/actors_speed.py does): bare spaCy against parse + actors + time + places, CPU time.

Example:
    .venv/bin/python bench/timebank.py
    .venv/bin/python bench/timebank.py --errors held-out     # list our misses on one split
    .venv/bin/python bench/timebank.py --corpus 40           # also the cost on real news pages
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._data import eval_path  # noqa: E402

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    text: str
    start: int
    end: int
    value: str
    type: str


@dataclass
class TimeDoc:
    name: str
    dct: str
    text: str
    timexes: list[Timex]


def read_tml(path: Path) -> TimeDoc:
    """The TEXT section as plain text with its TIMEX3 spans, and the creation date."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw) or re.search(
        r'<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', raw)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    plain: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict] | None = None
    position = 0
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        plain.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs = tag.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(attrs)))
        elif open_timex is not None:
            begin, attributes = open_timex
            text = "".join(plain)[begin:length]
            timexes.append(Timex(text, begin, length, attributes.get("value", ""), attributes.get("type", "")))
            open_timex = None
    plain.append(html.unescape(body[position:]))
    return TimeDoc(path.stem, dct_match.group(1)[:10] if dct_match else "", "".join(plain), timexes)


def granularity(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d\d", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-Q\d", value):
        return "quarter"
    if value.endswith("_REF"):
        return "reference"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI|H\d)", value):
        return "season/half"
    if re.fullmatch(r"\d{2,3}X+", value):
        return "decade/century"
    return "other"


def timex_value(resolved: tuple[str, str] | None) -> str | None:
    """(ISO start, precision) written as a TIMEX3 value (the peer's reading)."""
    from detente.analyze.time.timex import write_timex

    return write_timex(resolved)


class DateparserAlone:
    """The peer: dateparser with the DCT as relative base, its own period as precision."""

    def __init__(self) -> None:
        from dateparser.date import DateDataParser

        self.parser_class = DateDataParser
        self.parsers: dict[str, object] = {}

    def __call__(self, text: str, dct: str) -> str | None:
        from datetime import datetime

        if dct not in self.parsers:
            self.parsers[dct] = self.parser_class(languages=["en"], settings={"RELATIVE_BASE": datetime.fromisoformat(dct)})
        data = self.parsers[dct].get_date_data(text)
        if data.date_obj is None:
            return None
        found = data.date_obj.date()
        period = data.period if data.period in ("day", "week", "month", "year") else "day"
        start = {"year": found.replace(month=1, day=1), "month": found.replace(day=1)}.get(period, found)
        return timex_value((start.isoformat(), period))


def article_for(doc: TimeDoc):
    from detente.model import Article

    return Article.of_sentence(doc.text, "en", doc.dct, id=doc.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["dev", "held-out", "all"], help="print our misses on this split")
    parser.add_argument("--corpus", type=int, default=0, help="also time the stages on N corpus pages")
    options = parser.parse_args()
    folder = eval_path("time", "tempeval3", "TimeBank")

    from detente.analyze import nlp, places
    from detente.analyze import time as time_layer
    from detente.analyze.context import Analysis
    from detente.analyze.time import quarter_in_focus, reference_time
    from detente.analyze.time import timex_value as our_timex
    from detente.analyze.time.detect import clause_tense

    docs = [read_tml(path) for path in sorted(folder.glob("*.tml"))]
    peer = DateparserAlone()
    counts: dict[str, Counter] = defaultdict(Counter)  # split → counters
    by_granularity: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    parse_cpu = stages_cpu = 0.0
    words = 0
    nlp.load_pipeline("en")  # loaded before timing
    warm = Analysis(article=article_for(docs[0]))
    nlp.parse(warm)
    began = time.process_time()
    time_layer.resolve(warm)  # warm-up: dateparser's first call and the city index are one-off costs
    places.resolve(warm)
    warm_up_cpu = time.process_time() - began
    for number, doc in enumerate(docs):
        split = "dev" if number % 2 == 0 else "held-out"
        analysis = Analysis(article=article_for(doc))
        began = time.process_time()
        nlp.parse(analysis)
        parse_cpu += time.process_time() - began
        began = time.process_time()
        time_layer.resolve(analysis)
        places.resolve(analysis)
        stages_cpu += time.process_time() - began
        words += len(doc.text.split())
        spacy_doc = analysis.parsed[0].doc
        for timex in doc.timexes:
            if timex.type != "DATE":
                continue
            span = spacy_doc.char_span(timex.start, timex.end, alignment_mode="expand")
            tense = clause_tense(span, "en") if span is not None and len(span) else "past"
            focus = quarter_in_focus(analysis.times, timex.start, "en", doc.dct)  # from our own expressions before it
            story_time = reference_time(analysis.times, timex.start)  # likewise: the period the story is at
            ours = our_timex(timex.text, doc.dct, "en", tense, focus, story_time)
            theirs = peer(timex.text, doc.dct)
            kind = granularity(timex.value)
            detected = any(t.start < timex.end and timex.start < t.end for t in analysis.times)
            for key in (split, "all"):
                counts[key].update(gold=1, ours=ours == timex.value, peer=theirs == timex.value, detected=detected)
                if kind in ("day", "week", "month", "quarter", "year"):
                    counts[key].update(calendar=1, ours_calendar=ours == timex.value, peer_calendar=theirs == timex.value)
            by_granularity[kind].update(gold=1, ours=ours == timex.value, peer=theirs == timex.value)
            if ours != timex.value:
                misses[split].append(f"{doc.name}  {timex.text!r:32} gold {timex.value:12} ours {ours}  ({tense}) dateparser {theirs}")
        gold_spans = [t for t in doc.timexes]
        for found in analysis.times:
            hit = any(found.start < g.end and g.start < found.end for g in gold_spans)
            for key in (split, "all"):
                counts[key].update(found=1, found_hit=hit)

    print(f"TempEval-3 TimeBank: {len(docs)} documents, {words} words; gold TIMEX3 type DATE without the DCT")
    print(f"{'split':9} {'DATE':>5} {'ours':>7} {'dateparser':>10} | {'calendar':>8} {'ours':>7} {'dateparser':>10} | {'detect R':>8} {'detect P':>8}")
    for key in ("dev", "held-out", "all"):
        c = counts[key]
        print(f"{key:9} {c['gold']:5d} {c['ours'] / c['gold']:7.3f} {c['peer'] / c['gold']:10.3f} | {c['calendar']:8d} "
              f"{c['ours_calendar'] / c['calendar']:7.3f} {c['peer_calendar'] / c['calendar']:10.3f} | "
              f"{c['detected'] / c['gold']:8.3f} {c['found_hit'] / max(1, c['found']):8.3f}")
    print("calendar = gold values at day/week/month/quarter/year granularity (what TimeExpression can express);")
    print("detect R = gold DATE overlapped by one of our expressions; detect P = our expressions overlapping any gold TIMEX3")
    print(f"\nby gold granularity (all files)\n{'granularity':15} {'n':>5} {'ours':>7} {'dateparser':>10}")
    for kind, c in sorted(by_granularity.items(), key=lambda item: -item[1]["gold"]):
        print(f"{kind:15} {c['gold']:5d} {c['ours'] / c['gold']:7.3f} {c['peer'] / c['gold']:10.3f}")
    print(f"\nspeed (CPU s, after warm-up): spaCy parse {parse_cpu:.2f} s = {words / parse_cpu:.0f} words/s; "
          f"time + places stages {stages_cpu:.2f} s = {100 * stages_cpu / parse_cpu:.1f}% of parse time "
          f"(one-off warm-up per process: {warm_up_cpu:.2f} s, gazetteer and dateparser tables)")
    if options.corpus:
        corpus_speed(options.corpus)
    if options.errors:
        for key in (["dev", "held-out"] if options.errors == "all" else [options.errors]):
            print(f"\nmisses ({key}):")
            print("\n".join(misses[key]))


def corpus_speed(limit: int) -> None:
    """CPU time of actors, time and places over real pages against bare spaCy, interleaved, best of two."""
    from bench.actors_speed import bare_parse, load_articles
    from detente.analyze import actors, nlp, places
    from detente.analyze import time as time_layer
    from detente.analyze.context import Analysis

    articles = load_articles(limit)
    for art in articles:
        art.published = art.published or "2026-02-04"
    words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
    bare = {lang: nlp.load_pipeline(lang) for lang in nlp.MODELS}
    costs: dict[str, list[float]] = defaultdict(list)
    for _ in range(2):
        costs["bare"].append(bare_parse(articles, bare))
        totals = Counter()
        for art in articles:
            analysis = Analysis(article=art)
            nlp.parse(analysis)
            for name, stage in (("actors", actors.resolve), ("time", time_layer.resolve), ("places", places.resolve)):
                began = time.process_time()
                stage(analysis)
                totals[name] += time.process_time() - began
        for name, seconds in totals.items():
            costs[name].append(seconds)
    bare_time = min(costs["bare"])
    print(f"\ncorpus: {len(articles)} pages, {words} words; spaCy (with the project's entity ruler) "
          f"{words / bare_time:.0f} words/s ({bare_time:.2f} s CPU)")
    for name in ("actors", "time", "places"):
        print(f"  {name:7} {min(costs[name]):6.2f} s = {100 * min(costs[name]) / bare_time:5.1f}% of spaCy time")
    total = sum(min(costs[n]) for n in ("actors", "time", "places"))
    print(f"  total   {total:6.2f} s = {100 * total / bare_time:5.1f}% (target < 25%)")


if __name__ == "__main__":
    main()
