"""Document → table rows: the flattening that the writer loads in batches (pure functions)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from detente.model import Document, Event, Evidence

Row = dict[str, Any]


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or YYYY-MM / YYYY, taken as the period's first day) as a date; None when unusable."""
    if not value:
        return None
    text = str(value).strip()[:10]
    for candidate in (text, text[:7] + "-01", text[:4] + "-01-01"):
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def document_rows(doc: Document, ingested_at: dt.datetime) -> dict[str, list[Row]]:
    """Every row that one document contributes, keyed by table name."""
    article = doc.article
    doc_id = article.id
    published = parse_date(article.published)
    rows: dict[str, list[Row]] = {
        "documents": [
            {
                "id": doc_id,
                "url": article.url,
                "title": article.title,
                "published": published,
                "published_inferred": article.published_inferred,
                "authors": list(article.authors),
                "language": article.language,
                "site": article.site,
                "source": article.source,
                "sections": list(article.sections),
                "captions": list(article.captions),
                "text": article.text,
                "ingested_at": ingested_at,
                "warnings": list(doc.warnings),
                "updated": parse_date(article.updated),
            }
        ],
        "paragraphs": [
            {"doc_id": doc_id, "paragraph": i, "text": p.text, "lang": p.lang, "kind": p.kind, "start": p.start, "end": p.end}
            for i, p in enumerate(article.paragraphs)
        ],
        "actors": [
            {"doc_id": doc_id, "actor_id": a.id, "text": a.text, "name": a.name, "country": a.country, "sector": a.sector, "role": a.role,
             "country_inferred": a.country_inferred}
            for a in doc.actors
        ],
        "actor_mentions": [
            {"doc_id": doc_id, "actor_id": a.id, "mention": i, "text": m.text, "start": m.start, "end": m.end}
            for a in doc.actors
            for i, m in enumerate(a.mentions)
        ],
        "events": [event_row(doc, i, event, published) for i, event in enumerate(doc.events)],
        "event_actors": [
            {"doc_id": doc_id, "event_id": i, "role": role, "position": position, "actor_id": ref.id,
             "name": ref.name, "country": ref.country, "sector": ref.sector}
            for i, event in enumerate(doc.events)
            for role, refs in (("source", event.source), ("target", event.target))
            for position, ref in enumerate(refs)
        ],
        "quotes": [
            {
                "id": f"{doc_id}-{i}", "doc_id": doc_id, "quote_id": i, "text": q.text, "start": q.start, "end": q.end,
                "direct": q.direct, "cue": q.cue,
                "speaker_text": q.speaker.text if q.speaker else None,
                "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_country": q.speaker.country if q.speaker else None,
                "speaker_sector": q.speaker.sector if q.speaker else None,
                "speaker_actor_id": q.speaker.actor_id if q.speaker else None,
                "about": q.about, "tone": q.tone,
            }
            for i, q in enumerate(doc.quotes)
        ],
        "tone": [
            {
                "doc_id": doc_id,
                "article": doc.tone.article,
                "paragraphs": list(doc.tone.paragraphs),
                "sentences": [{"start": s.start, "end": s.end, "score": s.score} for s in doc.tone.sentences],
            }
        ],
    }
    return rows


def event_row(doc: Document, index: int, event: Event, published: dt.date | None) -> Row:
    """One events row: the event with its first source/target actor and provenance denormalised."""
    source = event.source[0] if event.source else None
    target = event.target[0] if event.target else None
    evidence = event.evidence
    place = event.location
    date = parse_date(event.date)
    return {
        "id": f"{doc.article.id}-{index}",
        "doc_id": doc.article.id,
        "event_id": index,
        "type": event.type,
        "mode": event.mode,
        "contexts": list(event.contexts),
        "date": date,
        "date_text": event.date_text,
        "date_precision": event.date_precision,
        "day": date or published,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None,
        "location_geonameid": place.geonameid if place else None,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "future": event.future,
        "historical": event.historical,
        "score": event.score,
        "confidence": event.confidence,
        "tone": event.tone,
        "sentence": evidence.sentence,
        "sentence_start": evidence.start,
        "sentence_end": evidence.end,
        "trigger_start": evidence.trigger.start,
        "trigger_end": evidence.trigger.end,
        "source_span_start": evidence.source.start if evidence.source else None,
        "source_span_end": evidence.source.end if evidence.source else None,
        "target_span_start": evidence.target.start if evidence.target else None,
        "target_span_end": evidence.target.end if evidence.target else None,
        "source_actor_id": source.id if source else None,
        "source_name": source.name if source else None,
        "source_country": source.country if source else None,
        "source_sector": source.sector if source else None,
        "target_actor_id": target.id if target else None,
        "target_name": target.name if target else None,
        "target_country": target.country if target else None,
        "target_sector": target.sector if target else None,
        "source_countries": countries_of(event.source),
        "target_countries": countries_of(event.target),
        "source_url": doc.article.url,
        "published": published,
        "other_mentions": [mention_row(m) for m in event.other_mentions],
    }


def countries_of(actors) -> list[str]:
    """The distinct countries of one side of an event, in the order of its actors."""
    return list(dict.fromkeys(a.country for a in actors if a.country))


def mention_row(evidence: Evidence) -> Row:
    """One further mention of an event (Evidence) as an events.other_mentions struct."""
    return {
        "sentence": evidence.sentence, "start": evidence.start, "end": evidence.end,
        "trigger_start": evidence.trigger.start, "trigger_end": evidence.trigger.end,
        "source_span_start": evidence.source.start if evidence.source else None,
        "source_span_end": evidence.source.end if evidence.source else None,
        "target_span_start": evidence.target.start if evidence.target else None,
        "target_span_end": evidence.target.end if evidence.target else None,
    }

