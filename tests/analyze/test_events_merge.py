"""One event per real-world event: merging mentions across sentences (events/merge.py), stored and exported.

The pure merge is tested on hand-built events; the wiring on a small article of our own with real spaCy parses.
"""
from __future__ import annotations

import csv
import re

import pytest
from click.testing import CliRunner

from detente.analyze.events.merge import merge_events, same_act
from detente.cli import main
from detente.model import ActorRef, Article, Document, Event, Evidence, Paragraph, Place, Span
from detente.store import Store
from detente.store.documents import read_document

from tests.analyze.test_events import analyse

TRUMP = ActorRef("A1", "Donald Trump", "USA", "GOV")
WHITE_HOUSE = ActorRef("A2", "White House", "USA", "GOV")
PETRO = ActorRef("A3", "Gustavo Petro", "COL", "GOV")
COLOMBIA = ActorRef("A4", "Colombia", "COL", None)
MADURO = ActorRef("A5", "Nicolás Maduro", "VEN", "GOV")
WASHINGTON = Place("Washington", "USA", 38.9, -77.0, 4140963)


def event(kind: str, source: list, target: list, sentence_start: int, *, mode=None, date=None, date_text=None,
          precision=None, place=None, historical=False, future=False, confidence=0.6) -> Event:
    evidence = Evidence(sentence=f"sentence at {sentence_start}", start=sentence_start, end=sentence_start + 50,
                        trigger=Span(sentence_start + 5, sentence_start + 10))
    return Event(type=kind, mode=mode, contexts=[], source=source, target=target, date=date or "2026-02-04",
                 date_text=date_text, date_precision=precision, location=place, negated=False, hypothetical=False,
                 future=future, historical=historical, score=1.0, confidence=confidence, evidence=evidence)


def test_mentions_of_one_meeting_merge_into_the_best_one():
    dated = event("CONSULT", [TRUMP], [PETRO], 100, date="2026-02-03", date_text="Tuesday", precision="day",
                  place=WASHINGTON, confidence=0.8)
    merged = merge_events([
        event("CONSULT", [TRUMP], [COLOMBIA], 0),  # "the presidents ... met"
        dated,
        event("CONSULT", [PETRO], [TRUMP], 200),  # "the meeting with Mr. Trump", stated by Petro: reciprocal
        event("CONSULT", [WHITE_HOUSE], [], 300),  # "the White House meeting"
    ])
    assert len(merged) == 1
    one = merged[0]
    assert one.evidence.start == 100 and (one.date, one.date_precision) == ("2026-02-03", "day")
    assert one.location == WASHINGTON and one.source == [TRUMP] and one.target == [PETRO]
    assert [m.start for m in one.other_mentions] == [0, 200, 300]


def test_the_best_mention_is_completed_by_the_others():
    undated = event("ASSAULT", [TRUMP], [MADURO], 0, confidence=0.8)
    placed = event("ASSAULT", [TRUMP], [], 100, mode="aerial", place=WASHINGTON, date="2026-01-03",
                   date_text="January 3", precision="day")
    one, = merge_events([undated, placed])
    assert one.evidence.start == 0  # both sides named beats a stated date
    assert (one.date_text, one.mode, one.location) == ("January 3", "aerial", WASHINGTON)
    assert len(one.other_mentions) == 1


def test_different_acts_stay_apart():
    base = event("CONSULT", [TRUMP], [PETRO], 0, date="2026-02-03", date_text="Tuesday", precision="day",
                 place=WASHINGTON)
    cases = [
        event("CONSULT", [TRUMP], [PETRO], 100, date="2025-06-01", date_text="June 1", precision="day"),  # another date
        event("CONSULT", [TRUMP], [PETRO], 100, historical=True),  # a past meeting recalled
        event("CONSULT", [TRUMP], [PETRO], 100, future=True),  # "will meet again"
        event("CONSULT", [TRUMP], [MADURO], 100),  # another partner
        event("AGREE", [TRUMP], [PETRO], 100),  # another type
        event("CONSULT", [TRUMP], [PETRO], 100, place=Place("Bogotá", "COL", 4.6, -74.1, 3688689)),
    ]
    for other in cases:
        assert len(merge_events([base, other])) == 2, other


def test_directed_acts_and_one_sided_events_are_not_merged():
    assert not same_act(event("ASSAULT", [TRUMP], [MADURO], 0), event("ASSAULT", [MADURO], [TRUMP], 100))
    assert not same_act(event("CONSULT", [TRUMP], [PETRO], 0, mode="visit"),
                        event("CONSULT", [PETRO], [TRUMP], 100, mode="visit"))
    # known only by its target vs known only by its source: nothing says it is one act
    assert not same_act(event("SANCTION", [], [PETRO], 0), event("SANCTION", [WHITE_HOUSE], [], 100))
    # the same sentence is the sentence coder's business ("the revocation of his visa, sanctions imposed ...")
    assert not same_act(event("SANCTION", [TRUMP], [PETRO], 0), event("SANCTION", [TRUMP], [PETRO], 0))


def test_only_back_references_may_leave_a_side_unnamed():
    full = event("REQUEST", [TRUMP], [MADURO], 0)
    partial = event("REQUEST", [WHITE_HOUSE], [], 100)  # "the White House called for talks": another request
    verbs_only = lambda e: False  # noqa: E731 - no mention is an event noun
    assert len(merge_events([full, partial], verbs_only)) == 2
    assert len(merge_events([full, partial])) == 1  # were "the request" a noun, it would be a mention
    alike = event("REQUEST", [TRUMP], [], 200)
    assert len(merge_events([partial, alike], verbs_only)) == 1  # both name the same parties: the same act


def test_a_day_inside_a_stated_month_is_compatible():
    month = event("ASSAULT", [TRUMP], [MADURO], 0, date="2026-01-01", date_text="January", precision="month")
    day = event("ASSAULT", [TRUMP], [MADURO], 100, date="2026-01-03", date_text="January 3", precision="day")
    other_month = event("ASSAULT", [TRUMP], [MADURO], 200, date="2026-03-03", date_text="March 3", precision="day")
    assert same_act(month, day) and not same_act(month, other_month)
    merged = merge_events([month, day])
    assert len(merged) == 1 and merged[0].date == "2026-01-03"  # the finer stated date is kept


def test_a_month_inside_a_stated_quarter_is_compatible():
    quarter = event("SANCTION", [TRUMP], [MADURO], 0, date="2025-07-01", date_text="the third quarter", precision="quarter")
    august = event("SANCTION", [TRUMP], [MADURO], 100, date="2025-08-01", date_text="August", precision="month")
    october = event("SANCTION", [TRUMP], [MADURO], 200, date="2025-10-01", date_text="October", precision="month")
    assert same_act(quarter, august) and not same_act(quarter, october)
    merged = merge_events([quarter, august])
    assert len(merged) == 1 and merged[0].date_precision == "month"  # the finer stated date is kept


@pytest.mark.parametrize("precision, date, inside, outside", [
    ("season", "2025-12-01", "2026-02-10", "2026-03-02"),  # a winter runs into the next year
    ("half", "2025-07-01", "2025-12-31", "2025-06-30"),
    ("decade", "1990-01-01", "1999-06-01", "2000-01-01"),
    ("century", "1900-01-01", "1999-12-31", "2000-01-01"),
])
def test_a_day_inside_a_stated_season_half_decade_or_century_is_compatible(precision, date, inside, outside):
    period = event("ASSAULT", [TRUMP], [MADURO], 0, date=date, date_text="that period", precision=precision)
    day_in = event("ASSAULT", [TRUMP], [MADURO], 100, date=inside, date_text="that day", precision="day")
    day_out = event("ASSAULT", [TRUMP], [MADURO], 200, date=outside, date_text="another day", precision="day")
    assert same_act(period, day_in) and not same_act(period, day_out)
    assert merge_events([period, day_in])[0].date == inside  # the finer stated date is kept


def test_article_mentions_are_counted_and_stored(tmp_path):
    analysis = analyse("On Tuesday, Donald Trump met Gustavo Petro in Washington.",
                       "Petro said the meeting with Trump was almost perfect.")
    consults = [e for e in analysis.events if e.type == "CONSULT"]
    assert len(consults) == 1, [(e.type, e.evidence.sentence) for e in analysis.events]
    meeting = consults[0]
    assert meeting.date_text == "Tuesday" and len(meeting.other_mentions) == 1
    second = meeting.other_mentions[0]
    assert analysis.text[second.trigger.start:second.trigger.end] == "meeting"

    article = Article(id="a0000000000000m1", url="https://news.example/m", title=None, published="2026-02-04",
                      published_inferred=False, authors=[], language="en", sections=[], captions=[],
                      paragraphs=[Paragraph(p.text, "en", p.start, p.end) for p in analysis.article.paragraphs])
    document = Document(article=article, actors=analysis.actors, events=analysis.events)
    path = tmp_path / "m.duckdb"
    with Store(path) as store:
        store.write([document])
        back = read_document(store.cursor(), article.id)
    assert back is not None and back.to_dict()["events"] == document.to_dict()["events"]
    out = tmp_path / "g.csv"
    result = CliRunner().invoke(main, ["export-events", "--format", "gdelt", "--db", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8") as handle:
        rows = {row["EventRootCode"]: row for row in csv.DictReader(handle)}
    assert rows["CONSULT"]["NumMentions"] == "2"


def test_a_store_written_before_other_mentions_still_exports(tmp_path):
    import duckdb

    from detente.store.database import schema_sql

    path = tmp_path / "old.duckdb"
    legacy = "\n".join(line for line in schema_sql().splitlines() if "other_mentions" not in line)
    legacy = re.sub(r",(\s*\))", r"\1", legacy)  # the column list may now end where other_mentions stood
    con = duckdb.connect(str(path))
    con.execute(legacy)
    con.execute("INSERT INTO events (id, doc_id, event_id, type, day) VALUES ('d-0', 'd', 0, 'CONSULT', DATE '2026-02-03')")
    con.close()
    out = tmp_path / "g.csv"
    result = CliRunner().invoke(main, ["export-events", "--format", "gdelt", "--db", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8") as handle:
        assert [row["NumMentions"] for row in csv.DictReader(handle)] == ["1"]


def test_a_joint_undertaking_after_a_meeting_is_aimed_at_the_partner():
    analysis = analyse("On Monday, Donald Trump met Nicolás Maduro in Caracas.",
                       "Trump said they would work together against drug trafficking.")
    agree = next(e for e in analysis.events if e.type == "AGREE")
    assert [a.name for a in agree.target] == ["Nicolás Maduro"] and agree.evidence.target is None
    alone = analyse("Trump said they would work together against drug trafficking.")
    assert [e.target for e in alone.events if e.type == "AGREE"] == [[]]  # no meeting, no partner
