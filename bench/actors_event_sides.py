"""Why an event's source/target country is wrong on PLOVER GSR: counts only, never record text.

For each gold record of the chosen split whose source (or target) names a country, the main coded event's side is
compared with the gold countries (as bench/events_eval.py does). A miss is put in one cause:
  no-event        no event was coded for the sentence
  wrong-country   the pipeline's actor at the gold actorText has a country, another one
  unresolved      an actor covers the gold actorText but has no country
  no-mention      no actor covers the gold actorText (the actor layer never saw it)
  not-on-side     the actor at the gold actorText has the right country, but the event's side holds none (/empty),
                  only actors with no country (/no-country) or actors of other countries (/other)
  (no-mention/place: a place mention covers the gold actorText; /not-in-text: actorText is not in the sentence)
and by the gold actor's kind (capital, country, demonym, people, person, organisation, armed group, IGO, other),
read from the knowledge base's reading of actorText.

Splits: records numbered from 0; even = dev, odd = held-out. Only counts are printed for held-out.

Example:
    DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/actors_event_sides.py --split held-out
    DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/actors_event_sides.py --split dev --show   # dev texts too
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._data import eval_path  # noqa: E402

INTERNATIONAL = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"}
ARMED_SECTORS = {"REB", "INS", "MIL", "IMG", "SEP", "UAF"}


def gold_kind(text: str, code: str, date: str | None, lang: str) -> str:
    """The kind of a gold actor, from how the knowledge base reads its actorText alone."""
    from detente.analyze.actors import resolve_text
    from detente.knowledge.actors import load_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    if code in INTERNATIONAL:
        return "IGO"
    kb = load_knowledge()
    bare = text.strip()
    for article in ("the ", "The "):
        if bare.startswith(article):
            bare = bare[len(article):]
    kinds = {e.kind for e in kb.phrases.get(phrase_key(bare), [])}
    if "capital" in kinds:
        return "capital"
    if "country" in kinds:
        return "country"
    if "demonym" in kinds or "ethnic" in kinds:
        return "people" if bare.lower().endswith("s") else "demonym"
    found = resolve_text(text, date, lang)
    if found is None:
        return "other-unresolved"
    if found.kind == "person" or found.title_kind in {"head", "person"}:
        return "person"
    if found.sector in ARMED_SECTORS:
        return "armed"
    if found.kind in {"org", "group"} and found.entity_id:
        return "organisation"
    if found.kind == "place":
        return "place"
    return "other"


def gold_side(record: dict, side: str) -> list[tuple[str, str]]:
    from detente.analyze.events.evaluation import _countries

    actors = record.get(side)
    if not isinstance(actors, list):
        return []
    return [(a.get("actorText", "").strip(), c) for a in actors for c in _countries([a])]


def cause(analysis, event, side: str, gold: list[tuple[str, str]], sentence: str) -> tuple[str, str]:
    """(cause, kind-of-first-gold-actor) for a miss; ("ok", kind) when the side is right."""
    codes = {c for _, c in gold}
    if event is not None and {a.country for a in getattr(event, side)} & codes:
        return "ok", ""
    if event is None:
        return "no-event", ""
    states = []
    for text, code in gold:
        at = sentence.find(text) if text else -1
        actor = analysis.actor_at(at, at + len(text)) if at >= 0 else None
        if actor is None:
            place = any(p.start < at + len(text) and at < p.end for p in analysis.places) if at >= 0 else False
            states.append("no-mention/place" if place else "no-mention" if at >= 0 else "no-mention/not-in-text")
        elif actor.country == code:
            others = getattr(event, side)
            states.append("not-on-side/empty" if not others else
                          "not-on-side/no-country" if all(a.country is None for a in others) else "not-on-side/other")
        elif actor.country:
            states.append("wrong-country")
        else:
            states.append("unresolved")
    order = ["not-on-side/empty", "not-on-side/no-country", "not-on-side/other", "wrong-country", "unresolved",
             "no-mention/place", "no-mention", "no-mention/not-in-text"]
    return min(states, key=order.index), ""


def coded_records(split: str, limit: int | None = None):
    """(index, record, analysis, main event) for each GSR record of ``split`` with a PLOVER type, analysed up to events."""
    import json

    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.events.evaluation import iso_date, main_event, plover_type, split_of
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    lines = [json.loads(x) for x in eval_path("events", "plover_gsr.jsonl").open(encoding="utf-8") if x.strip()]
    for index, record in enumerate(lines[:limit] if limit else lines):
        if split_of(index) != split or plover_type(record.get("event")) is None:
            continue
        lang, date = record.get("language") or "en", iso_date(record.get("date"))
        analysis = Analysis(article=Article.of_sentence(record["text"], lang, date, id="eval"))
        for stage in stages_before("events") + [events.code_readings]:
            stage(analysis)
        yield index, record, analysis, main_event(analysis.events)


def run(split: str, show: bool, limit: int | None) -> None:
    from detente.analyze.events.evaluation import iso_date

    tallies: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    by_kind: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    for index, record, analysis, event in coded_records(split, limit):
        sentence, lang, date = record["text"], record.get("language") or "en", iso_date(record.get("date"))
        for side in ("source", "target"):
            gold = gold_side(record, side)
            if not gold:
                continue
            why, _ = cause(analysis, event, side, gold, sentence)
            kind = gold_kind(gold[0][0], gold[0][1], date, lang)
            tallies[side][why] += 1
            by_kind[side][(why, kind)] += 1
            if show and split == "dev" and why != "ok":
                got = [(a.name, a.country) for a in getattr(event, side)] if event else None
                print(f"{index} {side} {why} {kind}: {gold} got {got} | {sentence}")
    for side in ("source", "target"):
        total = sum(tallies[side].values())
        print(f"\n{split} {side}: {tallies[side]['ok']}/{total} right")
        for why, count in tallies[side].most_common():
            if why == "ok":
                continue
            kinds = ", ".join(f"{k} {c}" for (w, k), c in by_kind[side].most_common() if w == why)
            print(f"  {why:24} {count:3}   {kinds}")
        oks = ", ".join(f"{k} {c}" for (w, k), c in by_kind[side].most_common() if w == "ok")
        print(f"  {'(right)':24} {tallies[side]['ok']:3}   {oks}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"), default="held-out")
    parser.add_argument("--show", action="store_true", help="print each dev miss with its text (dev only)")
    parser.add_argument("--limit", type=int)
    options = parser.parse_args()
    run(options.split, options.show, options.limit)


if __name__ == "__main__":
    main()
