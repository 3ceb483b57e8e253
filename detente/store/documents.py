"""Tables → Documents: rebuild the exact JSON document of each stored article (for exports and the API)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Iterator

import duckdb

from detente.model import (
    Actor, ActorRef, Article, Document, Event, Evidence, Mention, Paragraph, Place, Quote, SentenceTone, Span,
    Speaker, Tone,
)

CHUNK = 256


def read_documents(con: duckdb.DuckDBPyConnection, ids: Iterable[str] | None = None) -> Iterator[Document]:
    """Stored documents (all, in ingest order, or the given ids in that order), rebuilt from the tables."""
    if ids is None:
        ids = [row[0] for row in con.execute("SELECT id FROM documents ORDER BY ingested_at, source, id").fetchall()]
    ids = list(ids)
    for begin in range(0, len(ids), CHUNK):
        chunk = ids[begin : begin + CHUNK]
        yield from _read_chunk(con, chunk)


def read_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Document | None:
    return next(iter(_read_chunk(con, [doc_id])), None)


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, [ids])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _grouped(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["doc_id"]].append(row)
    return groups


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _read_chunk(con: duckdb.DuckDBPyConnection, ids: list[str]) -> Iterator[Document]:
    where = "WHERE doc_id IN (SELECT unnest(?))"
    docs = {row["id"]: row for row in _fetch(con, "SELECT * FROM documents WHERE id IN (SELECT unnest(?))", ids)}
    paragraphs = _grouped(_fetch(con, f"SELECT * FROM paragraphs {where} ORDER BY doc_id, paragraph", ids))
    actors = _grouped(_fetch(con, f"SELECT * FROM actors {where} ORDER BY doc_id, rowid", ids))
    mentions = _grouped(_fetch(con, f"SELECT * FROM actor_mentions {where} ORDER BY doc_id, actor_id, mention", ids))
    events = _grouped(_fetch(con, f"SELECT * FROM events {where} ORDER BY doc_id, event_id", ids))
    event_actors = _grouped(_fetch(con, f"SELECT * FROM event_actors {where} ORDER BY doc_id, event_id, role, position", ids))
    quotes = _grouped(_fetch(con, f"SELECT * FROM quotes {where} ORDER BY doc_id, quote_id", ids))
    tones = {row["doc_id"]: row for row in _fetch(con, f"SELECT * FROM tone {where}", ids)}
    for doc_id in ids:
        row = docs.get(doc_id)
        if row is None:
            continue
        article = Article(
            id=row["id"], url=row["url"], title=row["title"], published=_iso(row["published"]),
            published_inferred=bool(row["published_inferred"]), authors=list(row["authors"] or []),
            language=row["language"], sections=list(row["sections"] or []), captions=list(row["captions"] or []),
            paragraphs=[
                Paragraph(text=p["text"], lang=p["lang"], start=p["start"], end=p["end"], kind=p["kind"])
                for p in paragraphs.get(doc_id, [])
            ],
            site=row["site"], source=row["source"], updated=_iso(row.get("updated")),
        )
        yield Document(
            article=article,
            actors=_actors(actors.get(doc_id, []), mentions.get(doc_id, [])),
            events=_events(events.get(doc_id, []), event_actors.get(doc_id, [])),
            quotes=[_quote(q) for q in quotes.get(doc_id, [])],
            tone=_tone(tones.get(doc_id)),
            warnings=list(row.get("warnings") or []),
        )


def _actors(rows: list[dict[str, Any]], mention_rows: list[dict[str, Any]]) -> list[Actor]:
    by_actor: dict[str, list[Mention]] = defaultdict(list)
    for m in mention_rows:
        by_actor[m["actor_id"]].append(Mention(text=m["text"], start=m["start"], end=m["end"]))
    return [
        Actor(id=a["actor_id"], text=a["text"], name=a["name"], country=a["country"], sector=a["sector"],
              role=a["role"], mentions=by_actor.get(a["actor_id"], []),
              country_inferred=bool(a.get("country_inferred")))
        for a in rows
    ]


def _span(start: int | None, end: int | None) -> Span | None:
    return Span(start=start, end=end) if start is not None and end is not None else None


def _events(rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]) -> list[Event]:
    refs: dict[tuple[int, str], list[ActorRef]] = defaultdict(list)
    for a in actor_rows:
        refs[(a["event_id"], a["role"])].append(ActorRef(id=a["actor_id"], name=a["name"], country=a["country"], sector=a["sector"]))
    events = []
    for e in rows:
        place = None
        if e["location_name"] is not None:
            place = Place(name=e["location_name"], country=e["location_country"], lat=e["location_lat"],
                          lon=e["location_lon"], geonameid=e["location_geonameid"])
        events.append(Event(
            type=e["type"], mode=e["mode"], contexts=list(e["contexts"] or []),
            source=refs.get((e["event_id"], "source"), []), target=refs.get((e["event_id"], "target"), []),
            date=_iso(e["date"]), date_text=e["date_text"], date_precision=e["date_precision"], location=place,
            negated=bool(e["negated"]), hypothetical=bool(e["hypothetical"]), future=bool(e["future"]),
            historical=bool(e["historical"]), score=e["score"], confidence=e["confidence"],
            evidence=Evidence(
                sentence=e["sentence"], start=e["sentence_start"], end=e["sentence_end"],
                trigger=Span(start=e["trigger_start"], end=e["trigger_end"]),
                source=_span(e["source_span_start"], e["source_span_end"]),
                target=_span(e["target_span_start"], e["target_span_end"]),
            ),
            tone=e["tone"],
            other_mentions=[_evidence(m) for m in e.get("other_mentions") or []],
        ))
    return events


def _evidence(m: dict[str, Any]) -> Evidence:
    return Evidence(sentence=m["sentence"], start=m["start"], end=m["end"],
                    trigger=Span(start=m["trigger_start"], end=m["trigger_end"]),
                    source=_span(m["source_span_start"], m["source_span_end"]),
                    target=_span(m["target_span_start"], m["target_span_end"]))


def _quote(q: dict[str, Any]) -> Quote:
    speaker = None
    if q["speaker_text"] is not None or q["speaker_name"] is not None:
        speaker = Speaker(text=q["speaker_text"], name=q["speaker_name"], country=q["speaker_country"],
                          sector=q["speaker_sector"], actor_id=q["speaker_actor_id"])
    return Quote(text=q["text"], start=q["start"], end=q["end"], direct=bool(q["direct"]), cue=q["cue"],
                 speaker=speaker, about=q["about"], tone=q["tone"])


def _tone(row: dict[str, Any] | None) -> Tone:
    if row is None:
        return Tone()
    return Tone(
        article=row["article"], paragraphs=list(row["paragraphs"] or []),
        sentences=[SentenceTone(start=s["start"], end=s["end"], score=s["score"]) for s in row["sentences"] or []],
    )
