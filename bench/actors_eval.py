"""Actor-resolution accuracy: NGEC actor assertions (country, sector, should-not-resolve) and PLOVER gold actors.

"today" in an NGEC assertion is read as 2022-06-01, when the suite was written (its leaders are those of 2022).
International codes (UNO, EUR, IGO, NGO, IMG, MNC) count as one family against PLOVER gold, which writes IGO.

Splits: records are numbered from 0 in file order; even numbers are the development half (rules were
looked at only there), odd numbers are held out. Figures are printed for dev, held-out and all.

Example:
    .venv/bin/python bench/actors_eval.py
    .venv/bin/python bench/actors_eval.py --errors dev          # list the misses of one split
    .venv/bin/python bench/actors_eval.py --actors ../shared/eval/actors/PLOVER_agents.txt   # + a TABARI file
    .venv/bin/python bench/actors_eval.py --causes       # NGEC and PLOVER in-context misses as counts only

"PLOVER gold actors in context" parses each gold sentence and reads the actor the pipeline resolved at the
actorText's span (as the event coder sees it: countries from sentence context included).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._data import eval_path  # noqa: E402
from detente.analyze.actors import resolve_text  # noqa: E402
from detente.knowledge.actors import load_knowledge  # noqa: E402

INTERNATIONAL = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"}  # PLOVER gold lumps these as IGO/IMG/NGO
NGEC_TODAY = "2022-06-01"  # the NGEC assertions were written in 2022: their "today" is not ours
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}  # non-ISO codes in the PLOVER gold records (as events eval)
SPLITS = ("dev", "held-out", "all")


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, note: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(note)

    def show(self) -> str:
        return f"{self.right / self.total:.3f} ({self.right}/{self.total})" if self.total else "n/a"


def query_date(record: dict) -> str | None:
    """NGEC dates: positional arg 3 or query_date; 'today' and '' mean the present."""
    raw = record["kwargs"].get("query_date") or (record["args"][2] if len(record["args"]) > 2 else "")
    if not raw or raw.strip().lower() == "today":
        return NGEC_TODAY
    try:
        return dt.date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        import dateparser

        parsed = dateparser.parse(raw)
        return parsed.date().isoformat() if parsed else None


def split_of(index: int) -> str:
    return "dev" if index % 2 == 0 else "held-out"


KB = None  # the knowledge base in use (default, or extended with --actors files)


def mention_kind(text: str, code) -> str:
    """What kind of mention a NGEC string is, as our reading of it says (counts only; no text is printed)."""
    if code is None:
        return "unresolved"
    titled = " titled" if code.titles else ""
    known = " listed" if code.entity_id else ""
    case = "lower" if text == text.lower() else "caps"
    return f"{code.kind}{titled}{known} ({case})"


CAUSES: dict[str, Counter] = {s: Counter() for s in SPLITS}  # (field, want → got, mention kind) → misses


def ngec(path: Path) -> dict[str, dict[str, Tally]]:
    """Country / sector / null accuracy on agent_to_code, short_text_to_agent and search_nat assertions."""
    tallies = {s: {"country": Tally(), "sector": Tally(), "null": Tally(), "name": Tally()} for s in SPLITS}
    for index, line in enumerate(path.open(encoding="utf-8")):
        record = json.loads(line)
        if record.get("status") in {"skip", "xfail"}:
            continue
        method, args, expect = record["method"], record["args"], record["expect"]
        text = args[0]
        context = args[1] if method == "agent_to_code" and len(args) > 1 and args[1] else None
        code = resolve_text(text, query_date(record), "en", context=context, kb=KB)
        got_country = code.country if code else None
        got_sector = code.sector if code else None
        targets = [tallies[split_of(index)], tallies["all"]]
        note = f"{index}: {text!r} -> {got_country}/{got_sector}"
        if method == "query_wiki":
            ok = code is not None and code.name.lower() == str(expect["title"]["value"]).lower()
            for t in targets:
                t["name"].add(ok, f"{note} name={code.name if code else None} want {expect['title']['value']}")
            continue
        if method == "trf_agent_match":
            continue
        if "ret" in expect and expect["ret"]["value"] is None:
            for t in targets:
                t["null"].add(code is None, note + " want None")
                t["country"].add(code is None, note + " want None")
            continue
        country_key = "ret[0]" if method == "search_nat" else "country"
        if country_key in expect:
            want = expect[country_key]["value"] or None
            for t in targets:
                t["country"].add(got_country == want, f"{note} want country {want}")
            if got_country != want:
                wanted, found = ("none" if want is None else "X"), ("none" if got_country is None else "other")
                for split in (split_of(index), "all"):
                    CAUSES[split][("country", f"{wanted}->{found}", mention_kind(text, code))] += 1
        if "code_1" in expect and expect["code_1"]["value"] != "????":
            want = expect["code_1"]["value"] or None
            for t in targets:
                t["sector"].add(got_sector == want, f"{note} want sector {want}")
            if got_sector != want:
                for split in (split_of(index), "all"):
                    CAUSES[split][("sector", f"{want}->{got_sector}", mention_kind(text, code))] += 1
    return tallies


def gold_actors(record: dict):
    """(actorText, ISO3 or IGO code) of every source and target actor of a PLOVER gold record."""
    for side in ("source", "target"):
        actors = record.get(side)
        if not isinstance(actors, list):
            continue
        for actor in actors:
            text, want = actor.get("actorText", "").strip(), actor.get("code")
            if text and want:
                yield text, CAMEO_TO_ISO.get(want, want)


def plover(path: Path) -> dict[str, Tally]:
    """Does each gold actorText resolve to its gold country (or to an IGO code for IGO)?"""
    tallies = {s: Tally() for s in SPLITS}
    for index, line in enumerate(path.open(encoding="utf-8")):
        record = json.loads(line)
        for text, want in gold_actors(record):
            code = resolve_text(text, record.get("date"), record.get("language") or "en", kb=KB)
            got = code.country if code else None
            ok = got == want or (want in INTERNATIONAL and got in INTERNATIONAL)
            for split in (split_of(index), "all"):
                tallies[split].add(ok, f"{index}: {text!r} -> {got} want {want}")
    return tallies


def sentence_actors(text: str, date: str | None, lang: str):
    """Parse one gold sentence as a one-paragraph article and resolve its actors (no other stage)."""
    from detente.analyze import nlp
    from detente.analyze.actors import resolve
    from detente.analyze.context import Analysis
    from detente.model import Article

    analysis = Analysis(article=Article.of_sentence(text, lang, date, id="gold"))
    nlp.parse(analysis)
    resolve(analysis, KB)
    return analysis


def plover_in_context(path: Path) -> dict[str, Tally]:
    """The same gold actors read where they stand: the actor the pipeline resolves at the actorText's span of
    the gold sentence (countries from sentence context included); the text-only code when no actor covers it."""
    tallies = {s: Tally() for s in SPLITS}
    for index, line in enumerate(path.open(encoding="utf-8")):
        record = json.loads(line)
        lang, date, sentence = record.get("language") or "en", record.get("date"), record.get("text") or ""
        analysis = sentence_actors(sentence, date, lang) if sentence.strip() else None
        for text, want in gold_actors(record):
            at = sentence.find(text) if analysis else -1
            found = analysis.actor_at(at, at + len(text)) if at >= 0 else None
            if found is not None and found.country:
                got = found.country
            else:
                code = resolve_text(text, date, lang, kb=KB)
                got = code.country if code else None
            ok = got == want or (want in INTERNATIONAL and got in INTERNATIONAL)
            for split in (split_of(index), "all"):
                tallies[split].add(ok, f"{index}: {text!r} -> {got} want {want}")
            if not ok:
                where = "not in sentence" if at < 0 else "no actor at span" if found is None else \
                    "actor without country" if not found.country else "actor"
                wanted = "intl" if want in INTERNATIONAL else "X"
                found_kind = "none" if got is None else "intl" if got in INTERNATIONAL else "other"
                kind = mention_kind(text, resolve_text(text, date, lang, kb=KB))
                for split in (split_of(index), "all"):
                    PLOVER_CAUSES[split][(f"{wanted}->{found_kind}", where, kind)] += 1
    return tallies


PLOVER_CAUSES: dict[str, Counter] = {s: Counter() for s in SPLITS}  # (want → got, where, kind) → in-context misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=SPLITS, help="print the misses of this split")
    parser.add_argument("--actors", action="append", default=[], help="extra actor file (TSV or TABARI); repeatable")
    parser.add_argument("--causes", action="store_true", help="NGEC and PLOVER in-context misses per split as "
                        "counts: want->got, mention kind (no record text, so held-out may be read)")
    options = parser.parse_args()
    global KB
    KB = load_knowledge(tuple(Path(p) for p in options.actors))
    if options.actors:
        print(f"knowledge base extended with: {', '.join(options.actors)}")
    ngec_tallies = ngec(eval_path("actors", "ngec_actor_tests_dev.jsonl"))
    plover_tallies = plover(eval_path("events", "plover_gsr.jsonl"))
    print("NGEC actor assertions (actors/ngec_actor_tests_dev.jsonl; even records = dev, odd = held-out)")
    print(f"{'split':10} {'country':>16} {'sector':>16} {'no-resolve':>14} {'wiki name':>14}")
    for split in SPLITS:
        t = ngec_tallies[split]
        print(f"{split:10} {t['country'].show():>16} {t['sector'].show():>16} {t['null'].show():>14} {t['name'].show():>14}")
    print("\nPLOVER gold actors (events/plover_gsr.jsonl): actorText resolves to the gold country/IGO code")
    for split in SPLITS:
        print(f"{split:10} {plover_tallies[split].show():>16}")
    context_tallies = plover_in_context(eval_path("events", "plover_gsr.jsonl"))
    print("\nPLOVER gold actors in context: the actor resolved at the actorText span of the gold sentence")
    for split in SPLITS:
        print(f"{split:10} {context_tallies[split].show():>16}")
    print("targets: country >= 0.90 on actor cases, >= 0.85 on PLOVER gold actors")
    if options.causes:
        for split in SPLITS[:2]:
            print(f"\nNGEC misses by cause ({split}): count  field  want->got  mention kind")
            for (field_name, change, kind), count in sorted(CAUSES[split].items(), key=lambda item: (-item[1], item[0])):
                print(f"  {count:3d}  {field_name:7} {change:14} {kind}")
        for split in SPLITS[:2]:
            print(f"\nPLOVER in-context misses by cause ({split}): count  want->got  where  mention kind (text alone)")
            for (change, where, kind), count in sorted(PLOVER_CAUSES[split].items(), key=lambda item: (-item[1], item[0])):
                print(f"  {count:3d}  {change:12} {where:22} {kind}")
    if options.errors:
        misses = [*ngec_tallies[options.errors].items(), ("plover", plover_tallies[options.errors]),
                  ("plover-in-context", context_tallies[options.errors])]
        for name, tally in misses:
            for miss in tally.misses:
                print(f"[{name}] {miss}")


if __name__ == "__main__":
    main()
