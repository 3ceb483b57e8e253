"""Where the gold side sits relative to the coded trigger when an event's side misses on PLOVER GSR: counts only,
never record text (held-out safe). For each gold side the main event misses, one line of counts says:
  main-type     the main event's type is the gold type (else the side is read off another act)
  other-event   another coded event of the sentence holds the gold country (the main event was the wrong pick)
  trigger-pos   the main event's trigger is a verb or a noun
  path          the dependency labels from the trigger up to the common head and down to the gold actor's head
                (``^label`` up, ``label`` down), for sides whose actor the pipeline found with the right country;
                "no-actor" / "other-sentence" otherwise
  dropped       for sentences that coded nothing: triggers were found (the coder dropped them for want of actors)
  holds         what the missed side holds (empty, no country, the other side's country, another country) and
                whether the gold country is among the sentence's actors, only its places, or absent

Example:
    DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/events_sides_paths.py --split held-out
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.actors_event_sides import coded_records, gold_side  # noqa: E402


def path_between(trigger, target) -> str:
    """Dependency labels from ``trigger`` to ``target`` through their lowest common head."""
    up = [trigger]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    down = [target]
    while down[-1].head.i != down[-1].i and down[-1] not in up:
        down.append(down[-1].head)
    if down[-1] not in up:
        return "no-common-head"
    common = up.index(down[-1])
    rising = [f"^{t.dep_}" for t in up[:common]]
    falling = [t.dep_ for t in reversed(down[:-1])]
    return " ".join(rising + ["|"] + falling)


def _path_to_gold(analysis, parsed, token, gold, sentence: str) -> str:
    """The dependency path from ``token`` to the first gold actor the pipeline found with the gold country."""
    for text, code in gold:
        at = sentence.find(text) if text else -1
        actor = analysis.actor_at(at, at + len(text)) if at >= 0 else None
        if actor is None or actor.country != code:
            continue
        span = parsed.doc.char_span(at - parsed.offset, at + len(text) - parsed.offset, alignment_mode="expand")
        if span is None:
            continue
        return path_between(token, span.root) if span.root.sent == token.sent else "other-sentence"
    return "no-actor"


def run(split: str) -> None:
    from detente.analyze.events.coder import find_triggers
    from detente.analyze.events.evaluation import plover_type

    tallies: Counter = Counter()
    paths: Counter = Counter()
    holds: Counter = Counter()
    for _, record, analysis, event in coded_records(split):
        gold_type, sentence = plover_type(record.get("event")), record["text"]
        for side in ("source", "target"):
            gold = gold_side(record, side)
            codes = {c for _, c in gold}
            if not gold or (event is not None and {a.country for a in getattr(event, side)} & codes):
                continue
            if event is None:
                triggers = [(parsed, t) for parsed, sent in analysis.sentences() for t in find_triggers(sent, parsed.lang)]
                tallies[(side, "no-event", "dropped" if triggers else "no-trigger")] += 1
                for parsed, trigger in triggers:
                    kind = f"dropped-{trigger.cue.type}-{trigger.token.pos_}"
                    paths[(side, kind, _path_to_gold(analysis, parsed, trigger.token, gold, sentence))] += 1
                continue
            found = analysis.trigger_of(event)
            pos = found[1].pos_ if found else "?"
            same = event.type == gold_type
            other = any({a.country for a in getattr(e, side)} & codes for e in analysis.events if e is not event)
            tallies[(side, f"type-{'right' if same else 'wrong'}", f"other-event-{'yes' if other else 'no'}", pos)] += 1
            path = _path_to_gold(analysis, found[0], found[1], gold, sentence) if found else "no-trigger-token"
            paths[(side, event.type if same else "wrong-type", path)] += 1
            held = getattr(event, side)
            own = {a.country for a in (event.source if side == "target" else event.target)}
            state = "empty" if not held else "no-country" if all(a.country is None for a in held) else \
                "same-as-other-side" if {a.country for a in held} <= own else "other-country"
            where = "gold-actor" if any(a.country in codes for a in analysis.actors) else \
                "gold-place" if any(p.place.country in codes for p in analysis.places) else "gold-absent"
            other_side = event.source if side == "target" else event.target
            holds[(side, state, where, "other-side-empty" if not other_side else "other-side-held",
                   f"confidence-{event.confidence}")] += 1
    print(f"{split}: side misses of the main event")
    for key, count in sorted(tallies.items()):
        print(f"  {count:3}  {' '.join(key)}")
    print("what the missed side holds, and where the gold country is in the sentence's actors/places:")
    for key, count in sorted(holds.items()):
        print(f"  {count:3}  {' '.join(key)}")
    print("paths from the trigger to the gold actor (found with the right country):")
    for (side, kind, path), count in sorted(paths.items()):
        print(f"  {count:3}  {side:6} {kind:10} {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"), default="held-out")
    run(parser.parse_args().split)


if __name__ == "__main__":
    main()
