"""Coverage of the places layer on notable places as English and Spanish news spell them (bench/data/places_names.tsv).

Three figures per split:
- lookup: the gazetteer's first choice for the bare name, with no article context, has the expected country;
- in sentences: the name put in short news sentences we wrote (an attack with the place as object, a protest
  "in" it; English and Spanish), parsed by spaCy and run through the actors and places stages: a place
  mention covering the name carries the expected country. This is what the event coder sees: a place that
  spaCy tags as a person or organisation and that the places layer drops gives an attack no target country.
- with its country: the attack sentence with the place's country named after it ("..., officials in Ukraine
  said"), as an article gives its country: what towns under 100k named without "in" need ("Missiles struck Bucha").

Split: rows of the list numbered from 0; even = dev (the only misses looked at), odd = held-out.
The list needs no ../shared/eval data.

Example:
    .venv/bin/python bench/places_coverage.py
    .venv/bin/python bench/places_coverage.py --errors dev
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NAMES = Path(__file__).resolve().parent / "data" / "places_names.tsv"
TEMPLATES = {
    "en": ["Missiles struck {} on Tuesday, officials said.", "Thousands of people protested in {} on Sunday."],
    "es": ["Las tropas atacaron {} el martes, según las autoridades.", "Miles de personas protestaron en {} el domingo."],
}
WITH_COUNTRY = {
    "en": "Missiles struck {} on Tuesday, officials in {country} said.",
    "es": "Las tropas atacaron {} el martes, según las autoridades de {country}.",
}


def country_name(iso3: str, lang: str) -> str:
    """The country's name in the sentence's language (babel for Spanish)."""
    from babel import Locale

    from detente.analyze.places.gazetteer import gazetteer

    entry = gazetteer().countries[iso3]
    if lang == "es":
        return Locale.parse("es").territories.get(gazetteer().iso2[iso3], entry.name)
    return entry.name


def read_names() -> list[tuple[str, str, str, str]]:
    rows = (line.split("\t") for line in NAMES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return [(name, lang, iso3, kind) for name, lang, iso3, kind in rows]


def in_sentence(name: str, lang: str, template: str) -> str | None:
    """The country of the place mention covering ``name`` in the template sentence, or None."""
    from detente.analyze import actors, nlp, places
    from detente.analyze.context import Analysis
    from detente.model import Article

    text = template.format(name)
    start = text.index(name)
    analysis = Analysis(article=Article.of_sentence(text, lang, "2026-02-04", id="probe"))
    nlp.parse(analysis)
    actors.resolve(analysis)
    places.resolve(analysis)
    hit = next((p for p in analysis.places if p.start < start + len(name) and start < p.end), None)
    return hit.place.country if hit else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["dev", "held-out", "all"], help="print the misses of this split")
    options = parser.parse_args()

    from detente.analyze.places import Toponym, choose
    from detente.analyze.places.gazetteer import gazetteer

    rows = read_names()
    counts: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    began = time.process_time()
    for number, (name, lang, iso3, kind) in enumerate(rows):
        split = "dev" if number % 2 == 0 else "held-out"
        candidates = gazetteer().candidates(name)
        chosen = choose(Toponym(name, 0, len(name), candidates), {}, None).country if candidates else None
        sentences = [in_sentence(name, lang, template) for template in TEMPLATES[lang]]
        with_country = in_sentence(name, lang, WITH_COUNTRY[lang].replace("{country}", country_name(iso3, lang)))
        for key in (split, "all", f"{split} {kind}"):
            counts[key].update(n=1, lookup=chosen == iso3, sentences=len(sentences),
                               in_sentence=sum(country == iso3 for country in sentences), with_country=with_country == iso3)
        if chosen != iso3 or any(country != iso3 for country in sentences) or with_country != iso3:
            misses[split].append(f"{name!r:26} {lang} {kind:8} want {iso3}  lookup {chosen}  in sentences {sentences}"
                                 f"  with its country {with_country}")
    cpu = time.process_time() - began
    print(f"places coverage: {len(rows)} names ({NAMES.name}), {len(TEMPLATES['en'])} sentences each")
    print(f"{'split':22} {'names':>5} {'lookup':>7} {'in sentences':>12} {'with its country':>16}")
    for key in ("dev", "held-out", "all", *sorted(k for k in counts if " " in k)):
        c = counts[key]
        print(f"{key:22} {c['n']:5d} {c['lookup'] / c['n']:7.3f} {c['in_sentence'] / c['sentences']:12.3f}"
              f" {c['with_country'] / c['n']:16.3f}")
    print(f"(CPU {cpu:.1f} s including parsing)")
    if options.errors:
        for key in (["dev", "held-out"] if options.errors == "all" else [options.errors]):
            print(f"\nmisses ({key}):")
            print("\n".join(misses[key]))


if __name__ == "__main__":
    main()
