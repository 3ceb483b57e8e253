"""Blind actor probe (stop 19): resolve each probe sentence with the real parse + actor stage and check the actor
read at the mention's span (its last occurrence in the text) against the expected ISO3 country and PLOVER sector.

The probe sentences are our own (bench/actors_probe_s19.tsv; --probe s19b for the second set), not gold records. INTL
in the country column stands for the international family (UNO, EUR, IGO, NGO, IMG, MNC, ISM); NONE for no country
(a province named in many countries, with nothing to pick one); "-" accepts anything; "A|B" accepts either.
Written blind at stop 19 and scored before any rule changed: country 0.953, sector 0.953, both 0.919 (172 mentions);
after the stop-19 actor changes: 0.965 / 0.971 / 0.948. The second set (s19b, 146 mentions: bare surnames, shared
province names, settlers, Kosovo by date, Western Sahara, Spanish lower-case titles, IGOs, sub-national police,
party members, demonym + armed-group nouns) scored blind 0.822 / 0.911 / 0.788, after actors2's changes 0.945 /
0.959 / 0.911, after actors3's 0.952 / 0.973 / 0.932, after actors4's (kin armed men abroad, police units, a shared
party name placed by its sentence) 0.966 / 0.979 / 0.952. The third set (s20, 223 mentions in 1990s-2000s wire style:
ministers by name and title, capitals and seats of power, period armed groups, peacekeepers and inspectors, state
media, period parties, ethnic sides, spokesmen, changed states; 33 Spanish protest-news mentions) scored blind
0.919 / 0.924 / 0.879, after stop 20's actor changes 0.973 / 0.978 / 0.960. The fourth set (s20b, 38 mentions from
the real-news audit's classes: chambers and ministries named without their country, datelines against capitals in
the sentence, destinations, neighbours, "North and South Korea", community villages, period towns, Bolivian,
Mexican and Argentine unions, agencies and protest groups) scored blind 0.316 / 0.737 / 0.316, after actors2's
changes 0.947 / 0.974 / 0.947. The fifth set (s20c, 24 mentions: groups described by an indefinite apposition,
"my Government" in a monarch's speech, a bare "Congress" in Philippine and Latin American stories, trade and
professional councils, and neighbours that must stay right) scored blind 0.750 / 0.708 / 0.542, after actors3's
changes 0.917 / 0.958 / 0.917.

Example:
    .venv/bin/python bench/actors_probe_eval.py            # figures
    .venv/bin/python bench/actors_probe_eval.py --misses   # list each miss
    .venv/bin/python bench/actors_probe_eval.py --probe s19b --misses   # the second set (bench/actors_probe_s19b.tsv)
    .venv/bin/python bench/actors_probe_eval.py --probe s20 --misses    # the third set (bench/actors_probe_s20.tsv)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PROBE = "s19"
INTERNATIONAL = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"}


def analyse(text: str, date: str, lang: str):
    from detente.analyze import nlp
    from detente.analyze.actors import resolve
    from detente.analyze.context import Analysis
    from detente.model import Article

    analysis = Analysis(article=Article.of_sentence(text, lang, date, id="probe"))
    nlp.parse(analysis)
    resolve(analysis)
    return analysis


def accepts(want: str, got: str | None) -> bool:
    for option in want.split("|"):
        if option == "-":
            return True
        if option == "NONE" and got is None:
            return True
        if option == "INTL" and got in INTERNATIONAL:
            return True
        if option == got:
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--probe", default=PROBE, help="which probe set: s19 (default), s19b, s20, s20b or s20c")
    options = parser.parse_args()
    probe = Path(__file__).with_name(f"actors_probe_{options.probe}.tsv")
    rows = [line.rstrip("\n").split("\t") for line in probe.open(encoding="utf-8") if not line.startswith("#")]
    cache: dict[tuple, object] = {}
    country = sector = both = 0
    total = 0
    for date, lang, text, mention, want_country, want_sector in rows[1:]:
        key = (text, date, lang)
        if key not in cache:
            cache[key] = analyse(text, date, lang)
        analysis = cache[key]
        at = text.rfind(mention)
        found = analysis.actor_at(at, at + len(mention)) if at >= 0 else None
        got_c, got_s = (found.country, found.sector) if found else (None, None)
        ok_c, ok_s = accepts(want_country, got_c), accepts(want_sector, got_s)
        total += 1
        country += ok_c
        sector += ok_s
        both += ok_c and ok_s
        if options.misses and not (ok_c and ok_s):
            name = found.name if found else "-"
            print(f"{'C' if not ok_c else ' '}{'S' if not ok_s else ' '} {mention!r}: got {got_c}/{got_s} ({name}) "
                  f"want {want_country}/{want_sector} | {text}")
    print(f"probe {total}: country {country / total:.3f} ({country}) sector {sector / total:.3f} ({sector}) "
          f"both {both / total:.3f} ({both})")


if __name__ == "__main__":
    main()
