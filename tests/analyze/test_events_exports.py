"""Event exports (POLECAT TSV, GDELT CSV) and the `detente events` listing, on a real DuckDB file."""
from __future__ import annotations

import csv

from click.testing import CliRunner

from detente.cli import main
from detente.model import Actor, Article, Document, Event, Evidence, Mention, Paragraph, Place, Span
from detente.store import Store
from detente.store.exports_events import column_names

REQUIRED_POLECAT = ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Contexts", "Actor Name",
                    "Actor Country", "Actor Sector", "Recipient Name", "Recipient Country", "Recipient Sector",
                    "Placename", "Latitude", "Longitude", "Source", "Publication Date", "Event Text"]
REQUIRED_GDELT = ["Actor1Code", "Actor2Code", "EventCode", "GoldsteinScale", "NumMentions", "AvgTone",
                  "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL"]


def _document() -> Document:
    text = "On Tuesday, Trump met Petro in Washington."
    article = Article(id="d0c0000000000e01", url="https://news.example/meeting", title="Meeting", published="2026-02-04",
                      published_inferred=False, authors=[], language="en", sections=[], captions=[],
                      paragraphs=[Paragraph(text=text, lang="en", start=0, end=len(text))], site="news.example")
    trump = Actor("A1", "Trump", "Donald Trump", "USA", "GOV", mentions=[Mention("Trump", 12, 17)])
    petro = Actor("A2", "Petro", "Gustavo Petro", "COL", "GOV", mentions=[Mention("Petro", 22, 27)])
    event = Event(type="CONSULT", mode="visit", contexts=["diplomatic"], source=[trump.ref()], target=[petro.ref()],
                  date="2026-02-03", date_text="Tuesday", date_precision="day",
                  location=Place("Washington", "USA", 38.895, -77.036, 4140963), negated=False, hypothetical=False,
                  future=False, historical=False, score=4.0, confidence=0.8,
                  evidence=Evidence(sentence=text, start=0, end=len(text), trigger=Span(18, 21), source=Span(12, 17),
                                    target=Span(22, 27)))
    return Document(article=article, actors=[trump, petro], events=[event])


def _store(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write([_document()])
    return str(path)


def test_polecat_and_gdelt_exports_have_the_columns_and_values(tmp_path):
    db = _store(tmp_path)
    runner = CliRunner()
    polecat, gdelt = tmp_path / "e.tsv", tmp_path / "e.csv"
    assert runner.invoke(main, ["export-events", "--format", "polecat", "--db", db, "--out", str(polecat)]).exit_code == 0
    assert runner.invoke(main, ["export-events", "--format", "gdelt", "--db", db, "--out", str(gdelt)]).exit_code == 0
    with open(polecat, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert set(REQUIRED_POLECAT) <= set(rows[0]) and list(rows[0]) == column_names("polecat")
    row = rows[0]
    assert (row["Event Date"], row["Event Type"], row["Actor Country"], row["Recipient Country"]) == ("2026-02-03", "CONSULT", "USA", "COL")
    assert row["Placename"] == "Washington" and row["Trigger"] == "met" and float(row["Intensity"]) == 4.0
    with open(gdelt, encoding="utf-8") as handle:
        grows = list(csv.DictReader(handle))
    assert set(REQUIRED_GDELT) <= set(grows[0])
    g = grows[0]
    assert (g["Actor1Code"], g["Actor2Code"], g["EventCode"], g["SQLDATE"]) == ("USAGOV", "COLGOV", "CONSULT:visit", "20260203")
    assert float(g["GoldsteinScale"]) == 4.0 and g["SOURCEURL"] == "https://news.example/meeting" and g["NumMentions"] == "1"


def test_events_listing_filters_by_dyad_type_and_date(tmp_path):
    db = _store(tmp_path)
    runner = CliRunner()
    hit = runner.invoke(main, ["events", "--db", db, "--dyad", "USA-COL", "--type", "consult", "--since", "2026-01-01"])
    assert hit.exit_code == 0 and "CONSULT" in hit.output and "Washington" in hit.output
    assert "No events match" in runner.invoke(main, ["events", "--db", db, "--dyad", "COL-USA"]).output
    assert "No events match" in runner.invoke(main, ["events", "--db", db, "--since", "2026-03-01"]).output
    bad = runner.invoke(main, ["events", "--db", db, "--dyad", "USA"])
    assert bad.exit_code != 0 and "USA-COL" in bad.output
    missing = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code != 0 and "no such store" in missing.output


def test_events_listing_filters_by_calibrated_confidence(tmp_path):
    db = _store(tmp_path)  # one event, confidence 0.8
    runner = CliRunner()
    assert "CONSULT" in runner.invoke(main, ["events", "--db", db, "--min-confidence", "0.5"]).output
    assert "No events match" in runner.invoke(main, ["events", "--db", db, "--min-confidence", "0.9"]).output
    assert runner.invoke(main, ["events", "--db", db, "--min-confidence", "1.5"]).exit_code != 0
