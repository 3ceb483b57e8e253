"""Codebook-example evaluation of the English event coder: the example sentences of PLOVER_MANUAL.tex (read from
../shared/eval/events, gold from the manual's own "should be coded as" notes) plus bench/events_codebook_cases.tsv
(sentences written for each row of the structured codebook). Independent of the GSR/CASE gold files, so it can be
studied freely while the GSR dev half is saturated.

bench/events_wording_cases.tsv (session 6) holds sentences written to test generality: synonyms, light verbs,
nominalisations, phrasal verbs and participant structures; it is scored as a separate set.

bench/events_wording_blind_cases.tsv was written after that session's rules and never used to tune them.

bench/events_wording_general_cases.tsv (session 8) holds news-style sentences, about one per common wording of each
GSR-frequent type (reported demands, refusals, threats, promises, passives, "X's attack on Y"); development material.

bench/events_wording_sides_cases.tsv (session 10) tests whom an act is aimed at and who does it, and one wording per
CAMEO sub-code family of the PLOVER mapping.
bench/events_wording_wire_cases.tsv (session 11) holds wire-service sentences (long, attributed, passive, nominal
events in prepositional phrases) in the shapes of the held-out GSR miss categories (counted, never read).
bench/events_wording_s17_cases.tsv (session 17) words the weakest GSR types (MOBILIZE, COERCE, COOPERATE, RETREAT,
AID, SUPPORT, SANCTION, ACCUSE) in wordings earlier files miss, with nothing-to-code sentences sharing their words.
bench/events_wording_s18_cases.tsv (session 18) words the CAMEO categories of the types and modes still weak after it.
bench/events_wording_cameo_cases.tsv (session 19) holds one wire-style sentence per CAMEO sub-category, written and
scored before any rule of that session; bench/events_wording_sides_s19_cases.tsv (session 19) every syntactic way of
naming a source or target, likewise written first. Round 2 of session 19 wrote a second blind sweep of each
(cameo2, sides_s19b) after round 1's rules, to measure whether those rules carried over.
bench/events_wording_family_cases.tsv (session 9) words codebook rows with other members of their word family (object
synonyms, other verbs of the act, verb and noun forms): how far one lexicon entry generalises.

Run: DETENTE_LEARNED_EVENTS=0 .venv/bin/python bench/events_codebook_eval.py [--show] [--only NAME]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "bench" / "events_codebook_cases.tsv"
# Each written set: name -> its file (all share events_codebook_cases.tsv's columns); see the docstring for each.
CASE_FILES = {
    "wording": "events_wording_cases.tsv",  # wordings the lexicon was not written from (generality, session 6)
    "blind": "events_wording_blind_cases.tsv",  # written after the rules, never used to tune them
    "general": "events_wording_general_cases.tsv",  # news-style wordings per type (development, session 8)
    "family": "events_wording_family_cases.tsv",  # codebook rows in other words of their family (session 9)
    "sides": "events_wording_sides_cases.tsv",  # whom an act is aimed at, who does it; CAMEO sub-codes (session 10)
    "wire": "events_wording_wire_cases.tsv",  # wire-service wordings of the held-out miss shapes (session 11)
    "s17": "events_wording_s17_cases.tsv",  # wordings of the weakest GSR types (session 17)
    "s18": "events_wording_s18_cases.tsv",  # CAMEO categories of the still weak GSR types and modes (session 18)
    "sides_s18": "events_wording_sides_s18_cases.tsv",  # sides in 1990s wire leads (session 18)
    "cameo": "events_wording_cameo_cases.tsv",  # one wire sentence per CAMEO sub-category, written blind (session 19)
    "sides_s19": "events_wording_sides_s19_cases.tsv",  # every syntactic way of naming a side, written blind (session 19)
    "cameo2": "events_wording_cameo2_cases.tsv",  # a second blind CAMEO sweep in other wordings (session 19, round 2)
    "sides_s19b": "events_wording_sides_s19b_cases.tsv",  # a second blind sides sweep: long multi-clause leads (round 2)
    "cameo3": "events_wording_cameo3_cases.tsv",  # a third blind CAMEO sweep: datelines, passives, appositions (session 20)
    "quiet": "events_wording_quiet_cases.tsv",  # wire sentences that must code nothing: disasters, sports, business (session 20)
    "sides_s20": "events_wording_sides_s20_cases.tsv",  # sides named in 1990s wire ways: capitals, the two sides, nominals (session 20)
    "s25": "events_wording_s25_cases.tsv",  # wire idioms and light verbs the lexicon lacked, written blind (stop 25)
    "sides_s25": "events_wording_sides_s25_cases.tsv",  # side shapes, written blind (stop 25)
    "s26": "events_wording_s26_cases.tsv",  # shapes of the political events missed on TimeBank dev wire, written blind (stop 26)
}
MANUAL = ROOT.parent / "shared" / "eval" / "events" / "PLOVER_MANUAL.tex"

# The manual's example sentences, found by their opening words, with the coding the manual gives them
# (type, source country, target country); NONE: the manual says nothing should be coded.
MANUAL_EXAMPLES = [
    ("Russia and the United States \\emph{will sign", "AGREE", "RUS", ""),  # reciprocal: both are actors
    ("President Obama met with", "CONSULT", "USA", "JPN"),
    ("The Paris Club has agreed to forgive", "AID", "", "NGA"),
    ("Pakistan’s military rescued", "AID", "PAK", ""),
    ("Police in Barcelona freed", "AID", "ESP", ""),
    ("military units in the area were activated", "ASSAULT", "", ""),
    ("Members of the G-7 will meet", "AGREE", "", ""),
    ("Thus far, fighting has not re-emerged", "NONE", "", ""),
    ("mudslides destroyed dozens of houses", "NONE", "", ""),
]


@dataclass
class Case:
    type: str
    mode: str
    source: str
    target: str
    basis: str
    sentence: str


def read_cases(path: Path = CASES) -> list[Case]:
    with open(path, encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [Case(**{k: (v or "").strip() for k, v in row.items()}) for row in rows]


def manual_cases(path: Path = MANUAL) -> list[Case]:
    """The manual's quoted example sentences, cleaned of LaTeX markup."""
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    cases = []
    for opening, event_type, source, target in MANUAL_EXAMPLES:
        at = text.find(opening)
        if at < 0:
            continue
        end = min(i for i in (text.find("''", at), text.find('"', at), text.find("\\dots", at), text.find("...", at)) if i > 0)
        sentence = re.sub(r"\\emph\{([^}]*)\}", r"\1", text[at:end]).replace("\\$", "$").replace("’", "'").strip()
        sentence = sentence[0].upper() + sentence[1:]
        if not sentence.endswith("."):
            sentence += "."
        cases.append(Case(event_type, "", source, target, "manual example", sentence))
    return cases


def score_cases(name: str, cases: list[Case], show: bool, code_text, main_event) -> None:
    """Code every case and print type, mode and country accuracy for the set (with --show, each wrong case)."""
    started = time.perf_counter()
    tally: Counter = Counter()
    confusion: Counter = Counter()
    for case in cases:
        events = code_text(case.sentence, "2024-05-01")
        event = main_event(events)
        predicted = event.type if event else "NONE"
        group = "none" if case.type == "NONE" else "event"
        tally[f"{group}_n"] += 1
        tally[f"{group}_ok"] += predicted == case.type
        confusion[(case.type, predicted)] += 1
        problems = [] if predicted == case.type else [f"type {predicted}"]
        if case.type != "NONE" and predicted == case.type:
            if case.mode:
                tally["mode_n"] += 1
                tally["mode_ok"] += event.mode == case.mode
                problems += [] if event.mode == case.mode else [f"mode {event.mode}"]
        for side, gold in (("source", case.source), ("target", case.target)):
            if case.type == "NONE" or not gold:
                continue
            tally[f"{side}_n"] += 1
            found = {a.country for a in getattr(event, side)} if event else set()
            tally[f"{side}_ok"] += gold in found
            problems += [] if gold in found else [f"{side} {sorted(c or '-' for c in found)}"]
        if show and problems:
            print(f"  {case.type}/{case.mode or '-'} [{case.basis}] {'; '.join(problems)}\n    {case.sentence}")
            for e in events:
                print(f"      coded {e.type}/{e.mode} conf {e.confidence} src {[a.country for a in e.source]} "
                      f"tgt {[a.country for a in e.target]}")

    def share(name: str) -> str:
        n = tally[f"{name}_n"]
        return f"{tally[f'{name}_ok'] / n:.3f} (n={n})" if n else "-"

    title = "bench/events_codebook_cases.tsv + the manual's examples" if name == "codebook" else f"bench/{CASE_FILES[name]}"
    print(f"PLOVER {name} cases ({title})")
    print(f"  event cases: type acc {share('event')}  mode acc {share('mode')}  source country {share('source')}"
          f"  target country {share('target')}")
    print(f"  nothing-to-code cases coded nothing: {share('none')}")
    wrong = Counter({pair: n for pair, n in confusion.items() if pair[0] != pair[1]})
    print("  confusions (gold -> coded): " + ", ".join(f"{g}->{p} {n}" for (g, p), n in wrong.most_common()))
    print(f"  ({len(cases)} cases, {time.perf_counter() - started:.1f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every case the coder gets wrong")
    parser.add_argument("--only", choices=["codebook", *CASE_FILES], default=None,
                        help="score one set only")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from detente.analyze.events.evaluation import code_text, main_event

    sets = {"codebook": lambda: read_cases() + manual_cases()}
    sets.update({name: (lambda path=ROOT / "bench" / file: read_cases(path)) for name, file in CASE_FILES.items()
                 if (ROOT / "bench" / file).is_file()})
    if not MANUAL.is_file():
        print(f"note: {MANUAL} not found; the manual's own examples are skipped")
    for name, load in sets.items():
        if args.only in (None, name):
            score_cases(name, load(), args.show, code_text, main_event)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
