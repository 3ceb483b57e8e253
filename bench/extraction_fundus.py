"""Metadata accuracy on the fundus publisher test pages: Détente next to plain trafilatura, same run.

Each <country>/<Publisher>.json holds the expected output per parser version; versions map to the publisher's
HTML files in date order (as in fundus' own tests). Scores: title exact (whitespace/case-normalised), authors as a
set (exact) and per name (F1), date (YYYY-MM-DD), section headings and image captions per item (P/R/F1; a caption
matches when one text contains the other, since credits are kept or dropped differently).

Example:
    .venv/bin/python bench/extraction_fundus.py               # all pages, both halves reported
    .venv/bin/python bench/extraction_fundus.py --limit 10    # quick run
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "extraction" / "fundus"
_NORM = re.compile(r"[\W_]+", re.UNICODE)


@dataclass
class Case:
    name: str
    url: str | None
    html: bytes
    title: str | None
    authors: list[str]
    date: str | None
    headings: list[str]
    captions: list[str]


@dataclass
class Output:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    headings: list[str] | None = None
    captions: list[str] | None = None


def norm(text: str | None) -> str:
    return _NORM.sub(" ", (text or "").lower()).strip()


def load_cases() -> list[Case]:
    cases = []
    for expected_path in sorted(DATA.glob("*/*.json")):
        publisher = expected_path.stem
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        meta = json.loads((expected_path.parent / "meta.info").read_text(encoding="utf-8"))
        pages = sorted(expected_path.parent.glob(f"{publisher}_*.html.gz"))
        for version, page in zip(expected, pages):
            record = expected[version]
            sections = record.get("body", {}).get("sections", [])
            headings = [" ".join(s.get("headline", [])) for s in sections if s.get("headline")]
            captions = [img["caption"] for img in record.get("images", []) or [] if img.get("caption")]
            cases.append(
                Case(
                    name=f"{expected_path.parent.name}/{page.name}",
                    url=meta.get(page.name, {}).get("url"),
                    html=gzip.decompress(page.read_bytes()),
                    title=record.get("title"),
                    authors=record.get("authors", []) or [],
                    date=(record.get("publishing_date") or "")[:10] or None,
                    headings=headings,
                    captions=captions,
                )
            )
    return cases


def run_detente(case: Case) -> Output:
    from detente.extract import ExtractionError, extract
    from detente.model import RawDocument

    try:
        article = extract(RawDocument(source=case.name, content=case.html, kind="html", url=case.url))
    except ExtractionError:
        return Output(headings=[], captions=[])
    return Output(article.title, article.authors, article.published, article.sections, article.captions)


def run_trafilatura(case: Case) -> Output:
    import trafilatura

    document = trafilatura.bare_extraction(case.html, url=case.url, with_metadata=True, include_comments=False)
    if document is None:
        return Output(headings=[])
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    headings = ["".join(h.itertext()) for h in document.body.iter("head") if h.get("rend") != "h1"] if document.body is not None else []
    return Output(document.title, authors, document.date, headings, None)


def _prf(gold: list[str], found: list[str], contains: bool = False) -> tuple[int, int, int]:
    """(matched gold items, gold count, found count) with one-to-one matching."""
    remaining = [norm(f) for f in found if norm(f)]
    matched = 0
    for item in (norm(g) for g in gold):
        for index, candidate in enumerate(remaining):
            if candidate == item or (contains and item and (item in candidate or candidate in item) and min(len(item), len(candidate)) >= 15):
                matched += 1
                del remaining[index]
                break
    return matched, len([g for g in gold if norm(g)]), len([f for f in found if norm(f)])


def score(cases: list[Case], outputs: list[Output]) -> dict[str, str]:
    n = len(cases)
    title = sum(norm(c.title) == norm(o.title) for c, o in zip(cases, outputs)) / n
    dated = [(c, o) for c, o in zip(cases, outputs) if c.date]
    date = sum(c.date == o.date for c, o in dated) / max(1, len(dated))
    authors_exact = sum({norm(a) for a in c.authors} == {norm(a) for a in o.authors} for c, o in zip(cases, outputs)) / n
    row = {"title": f"{title:.3f}", "date": f"{date:.3f}", "authors=": f"{authors_exact:.3f}"}
    for name, getter, contains in (("authors", lambda x: x.authors, False), ("headings", lambda x: x.headings, False), ("captions", lambda x: x.captions, True)):
        if any(getter(o) is None for o in outputs):
            row[f"{name} F1"] = "  n/a"
            continue
        m = g = f = 0
        for case, output in zip(cases, outputs):
            dm, dg, df = _prf(getter(case), getter(output), contains)
            m, g, f = m + dm, g + dg, f + df
        p, r = (m / f if f else 0.0), (m / g if g else 0.0)
        row[f"{name} F1"] = f"{(2 * p * r / (p + r) if p + r else 0.0):.3f} (P {p:.2f} R {r:.2f})"
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--show", choices=["title", "authors", "date", "headings", "captions"], help="print mismatches of one field (dev split only)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"fundus data not found at {DATA}; skipping.")
        return 0
    cases = load_cases()[: args.limit] if args.limit else load_cases()
    ours = [run_detente(c) for c in cases]
    theirs = [run_trafilatura(c) for c in cases]
    print(f"fundus metadata: {len(cases)} pages ({len({c.name.split('_')[0] for c in cases})} publishers); dev split = even-numbered pages")
    header = ["system", "split", "title", "date", "authors=", "authors F1", "headings F1", "captions F1"]
    print(" | ".join(header))
    for split, keep in (("dev", 0), ("held-out", 1), ("all", None)):
        index = [i for i in range(len(cases)) if keep is None or i % 2 == keep]
        sub_cases = [cases[i] for i in index]
        for system, outputs in (("détente", ours), ("trafilatura", theirs)):
            row = score(sub_cases, [outputs[i] for i in index])
            print(" | ".join([system, f"{split} ({len(index)})"] + [row[h] for h in header[2:]]))
    if args.show:
        for i, (case, output) in enumerate(zip(cases, ours)):
            if i % 2:
                continue
            gold, got = getattr(case, args.show), getattr(output, args.show)
            if args.show == "authors":
                gold, got = sorted(gold), sorted(got)
            if (norm(str(gold)) != norm(str(got))):
                print(f"- {case.name}\n    gold: {gold}\n    ours: {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
