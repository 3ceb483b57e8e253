"""Dev pools of real news outside the 170-page corpus, for event audits that rules may be written from.

A document id names its pool, so a judged file can mix pools:
- ``polnear``: PolNeAR TRAIN articles (US political news, 2015-2016), id = file name without .txt (PolNeAR's dev/
  split is a quote benchmark's evaluation data and is never read);
- ``timebank``: the even-numbered TempEval-3 TimeBank documents (wire and business news, 1989-1998; the odd ones stay
  bench/timebank.py's held-out split), id ``tb/<file stem>``, the creation time as publication date;
- ``timebank_heldout``: the odd-numbered TimeBank documents, a HELD-OUT pool for event audits (judges only; no rule
  is written from it), same ids;
- ``pages``: the extraction benchmarks' HTML pages that the corpus did not take (ScrapingHub, fundus: news of every
  kind and language, 2014-2026), id ``sh/<first 12 hex of the file name>`` or ``fd/<country>/<file stem>``.
"""
from __future__ import annotations

import csv
import gzip
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._data import eval_path  # noqa: E402

POOLS = ("polnear", "timebank", "pages", "timebank_heldout")


def read_metadata(text: str, compartment: str = "train") -> dict[str, dict[str, str]]:
    """PolNeAR metadata.tsv's rows of one compartment, by file name (no .txt)."""
    lines = [line for line in text.splitlines() if line.strip()]
    header = lines[0].split("\t")
    rows = (dict(zip(header, line.split("\t"))) for line in lines[1:])
    return {row["filename"]: row for row in rows if row.get("compartment") == compartment}


def published(row: dict[str, str] | None) -> str | None:
    """The ISO publication date of a metadata row, None when it has none."""
    date = (row or {}).get("publication_date", "")
    return date if len(date) == 10 and date[4] == "-" else None


def _timebank_files(held_out: bool = False) -> list[Path]:
    """TimeBank files in bench/timebank.py's numbering: even numbers (its dev split) or odd ones (held out)."""
    return sorted(eval_path("time", "tempeval3", "TimeBank").glob("*.tml"))[int(held_out)::2]


def _corpus_copies() -> set[str]:
    """The extraction pages the corpus copied (their file names without .html.gz)."""
    with eval_path("corpus", "manifest.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {Path(row["source_copy"]).name.split(".")[0] for row in rows}


@cache
def _page_files() -> dict[str, Path]:
    """Page id -> file of every extraction page outside the corpus."""
    taken = _corpus_copies()
    pages = {f"sh/{p.name[:12]}": p for p in eval_path("extraction", "scrapinghub", "html").glob("*.html.gz")
             if p.name.split(".")[0] not in taken}
    pages.update({f"fd/{p.parent.name}/{p.name.split('.')[0]}": p
                  for p in eval_path("extraction", "fundus").glob("*/*.html.gz") if p.name.split(".")[0] not in taken})
    return pages


def pool_ids(pool: str) -> list[str]:
    """Every document id of a pool, sorted."""
    if pool == "polnear":
        return sorted(p.stem for p in eval_path("quotes", "polnear", "train", "text").glob("*.txt"))
    if pool == "timebank":
        return sorted(f"tb/{p.stem}" for p in _timebank_files())
    if pool == "timebank_heldout":
        return sorted(f"tb/{p.stem}" for p in _timebank_files(held_out=True))
    if pool == "pages":
        return sorted(_page_files())
    raise ValueError(f"unknown pool {pool!r}; one of {', '.join(POOLS)}")


def raw_document(doc_id: str):
    """The RawDocument of a pool document id, as `detente analyze` would read it."""
    from detente.model import RawDocument

    if doc_id.startswith("tb/"):
        from bench.timebank import read_tml

        path = eval_path("time", "tempeval3", "TimeBank", f"{doc_id[3:]}.tml")
        doc = read_tml(path)
        return RawDocument(source=str(path), content=doc.text.strip().encode("utf-8"), kind="text",
                           published=doc.dct or None)
    if doc_id.startswith(("sh/", "fd/")):
        path = _page_files()[doc_id]
        return RawDocument(source=str(path), content=gzip.decompress(path.read_bytes()), kind="html")
    path = eval_path("quotes", "polnear", "train", "text", f"{doc_id}.txt")
    return RawDocument(source=str(path), content=path.read_bytes(), kind="text",
                       published=published(_polnear_metadata().get(doc_id)))


@cache
def _polnear_metadata() -> dict[str, dict[str, str]]:
    return read_metadata(eval_path("quotes", "polnear", "metadata.tsv").read_text(encoding="utf-8"))
