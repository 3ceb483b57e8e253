"""Why English PLOVER GSR records are coded wrong, in aggregate (session 17).

For the held-out (odd) records it prints counts only, never a text: gold type x coded type, and for each wrong record
whether the sentence holds a trigger of the gold type at all (lexicon miss) or one was found but lost to another
event (precedence or sides miss); mode confusions likewise. With --dev it also lists the dev (even) records coded
wrong, with their text, for study.

Run: DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/events_s17_diagnose.py [--dev] [--disasters]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "eval" / "events" / "plover_gsr.jsonl"


def coded_and_triggers(text: str, published: str | None, lang: str):
    """The coded events and the PLOVER types of every trigger found (before coding) in the sentence."""
    from detente.analyze import events
    from detente.analyze.context import Analysis
    from detente.analyze.events.implied_acts import modal_requests
    from detente.analyze.events.triggers import find_triggers
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_sentence(text, lang, published, id="diag"))
    for stage in stages_before("events") + [events.code_readings]:
        stage(analysis)
    types = set()
    for parsed, sent in analysis.sentences():
        types |= {t.cue.type for t in find_triggers(sent, parsed.lang) + modal_requests(sent, parsed.lang)}
    return analysis.events, types


def lost_where(text: str, published: str | None, lang: str, gold: str) -> str:
    """Where a found trigger of the gold type was lost: folded under another trigger (outermost), dropped or retyped by
    a word rule, no side resolved, or a later filter of the coder."""
    from detente.analyze.context import Analysis
    from detente.analyze.events.actor_lookup import Frame
    from detente.analyze.events.arguments import participants
    from detente.analyze.events.departures import apply_departures
    from detente.analyze.events.gifts import material_gifts
    from detente.analyze.events.outermost import outermost
    from detente.analyze.events.precedence import drop_mobilized_protest
    from detente.analyze.events.reversals import reverse_stopped
    from detente.analyze.events.implied_acts import modal_requests
    from detente.analyze.events.triggers import find_triggers
    from detente.analyze.pipeline import stages_before
    from detente.model import Article

    analysis = Analysis(article=Article.of_sentence(text, lang, published, id="diag"))
    for stage in stages_before("events"):
        stage(analysis)
    for parsed, sent in analysis.sentences():
        found = apply_departures(sent, find_triggers(sent, lang) + modal_requests(sent, lang), lang)
        if not any(t.cue.type == gold for t in found):
            continue
        found = drop_mobilized_protest(reverse_stopped(found, lang), lang)
        found = sorted(found + material_gifts(sent, found, lang), key=lambda t: t.token.i)
        if not any(t.cue.type == gold for t in found):
            return "retyped by reversal/drop"
        kept = outermost(found, lang)
        mine = [t for t in kept if t.cue.type == gold]
        if not mine:
            return "folded by outermost"
        frame = Frame(analysis=analysis, offset=parsed.offset, lang=lang)
        if all(not (p := participants(t, frame)).sources and not p.targets for t in mine):
            return "no side resolved"
        return "coder filter or retype"
    return "not found"


def disaster_counts(show_dev: bool) -> int:
    """Per split, how many CASE disaster snippets code an event, and of which types/modes (counts only for held-out;
    with --dev the dev snippets coded anything are listed with their text and triggers)."""
    sys.path.insert(0, str(ROOT))
    from detente.analyze.events.evaluation import NON_POLITICAL, code_text, read_jsonl, split_of

    path = GSR.parent / "case2021_dev.jsonl"
    counts = {"dev": Counter(), "held-out": Counter()}
    for index, record in enumerate(read_jsonl(path)):
        if record.get("label") not in NON_POLITICAL:
            continue
        split = split_of(index)
        events = code_text(record["text"], None, "en")
        counts[split]["snippets"] += 1
        counts[split]["coded something"] += bool(events)
        for event in events:
            counts[split][f"{event.type}/{event.mode or '-'}"] += 1
        if show_dev and split == "dev" and events:
            print(f"DEV {record['text'][:300]}")
            for e in events:
                print(f"    coded {e.type}/{e.mode} trig {record['text'][e.evidence.trigger.start:e.evidence.trigger.end]!r}")
    for split, tally in counts.items():
        print(f"{split}: " + ", ".join(f"{key} {n}" for key, n in tally.most_common()))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true", help="also list the dev records coded wrong (text shown)")
    parser.add_argument("--disasters", action="store_true",
                        help="CASE disaster snippets instead: coded types counted per split (dev texts with --dev)")
    args = parser.parse_args()
    if args.disasters:
        return disaster_counts(args.dev)
    if not GSR.is_file():
        print(f"skipped: {GSR} not found")
        return 0
    sys.path.insert(0, str(ROOT))
    from detente.analyze.events.evaluation import OLD_MODES, iso_date, main_event, plover_type, read_jsonl

    tallies = {"dev": Counter(), "held-out": Counter()}
    kinds = {"dev": Counter(), "held-out": Counter()}
    modes = {"dev": Counter(), "held-out": Counter()}
    for index, record in enumerate(read_jsonl(GSR)):
        gold = plover_type(record.get("event"))
        if gold is None:
            continue
        split = "dev" if index % 2 == 0 else "held-out"
        coded, trigger_types = coded_and_triggers(record["text"], iso_date(record.get("date")), record.get("language") or "en")
        event = main_event(coded)
        predicted = event.type if event else "NONE"
        gold_mode = OLD_MODES.get((record.get("mode") or "").lower(), (record.get("mode") or "").lower())
        if predicted == gold:
            if gold_mode and event.mode != gold_mode:
                modes[split][(gold, gold_mode, event.mode or "-")] += 1
            continue
        tallies[split][(gold, predicted)] += 1
        if any(e.type == gold for e in coded):
            kind = "coded, not main"
        elif gold in trigger_types:
            kind = "trigger found, not coded"
        else:
            kind = "no trigger of gold type"
        if kind == "trigger found, not coded":
            kind = "lost: " + lost_where(record["text"], iso_date(record.get("date")), record.get("language") or "en", gold)
        elif kind == "coded, not main":
            other = next(e for e in coded if e.type == gold)
            kind = f"not main ({'lower' if other.confidence < event.confidence else 'tie'} confidence)"
        kinds[split][(gold, kind)] += 1
        if args.dev and split == "dev":
            print(f"DEV {gold}->{predicted} [{kind}] {record['text']}")
            for e in coded:
                said = record["text"][e.evidence.trigger.start:e.evidence.trigger.end]
                print(f"    coded {e.type}/{e.mode} conf {e.confidence} trig {said!r}")
    for split in ("dev", "held-out"):
        print(f"\n{split}: {sum(tallies[split].values())} wrong")
        for (gold, predicted), n in sorted(tallies[split].items(), key=lambda x: (-x[1], x[0])):
            print(f"  {gold:<10} -> {predicted:<10} {n}")
        print("  why (gold type, kind):")
        for (gold, kind), n in sorted(kinds[split].items(), key=lambda x: (x[0][1], -x[1], x[0])):
            print(f"    {gold:<10} {kind:<34} {n}")
        print("  mode misses (type, gold mode, coded mode):")
        for key, n in sorted(modes[split].items(), key=lambda x: (-x[1], x[0])):
            print(f"    {key[0]:<10} {key[1]:<12} {key[2]:<12} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
