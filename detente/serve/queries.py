"""Read queries of the REST API. Every value reaches SQL as a parameter; only fixed fragments are formatted in."""
from __future__ import annotations

from dataclasses import dataclass

from detente.relations.dyad_index import DYAD_PAIRS, DyadIndex, indexed_condition
from detente.relations.dyads import FLAG_FILTER, date_condition, dyad_condition
from detente.serve.db import rows_as_dicts
from detente.serve.params import EventFilter, is_code

EVENT_COLUMNS = """id, doc_id, event_id, type, mode, contexts, date, date_text, date_precision, day,
    location_name, location_country, location_lat, location_lon, location_geonameid,
    negated, hypothetical, future, historical, score, confidence, tone,
    sentence, sentence_start, sentence_end, trigger_start, trigger_end,
    source_span_start, source_span_end, target_span_start, target_span_end,
    source_actor_id, source_name, source_country, source_sector,
    target_actor_id, target_name, target_country, target_sector, source_url, published"""


def event_conditions(f: EventFilter, has_clusters: bool = False) -> tuple[list[str], list]:
    clauses: list[str] = []
    params: list = []
    if f.dyad:
        sql, values = dyad_condition(f.dyad)
        clauses.append(sql)
        params += values
    if f.actor:
        # A country code or part of a name ("usa", "Petro", "venez"): match either.
        name = "(contains(lower(source_name), ?) OR contains(lower(target_name), ?))"
        if is_code(f.actor.upper()):
            clauses.append(f"(list_contains(source_countries, ?) OR list_contains(target_countries, ?) OR {name})")
            params += [f.actor.upper()] * 2
        else:
            clauses.append(name)
        params += [f.actor.lower()] * 2
    if f.source:
        clauses.append("list_contains(source_countries, ?)")
        params.append(f.source)
    if f.target:
        clauses.append("list_contains(target_countries, ?)")
        params.append(f.target)
    if f.types:
        clauses.append(f"type IN ({', '.join('?' for _ in f.types)})")
        params += f.types
    dates, values = date_condition(f.start, f.end)
    clauses += dates
    params += values
    if f.bbox:
        clauses.append("location_lon BETWEEN ? AND ? AND location_lat BETWEEN ? AND ?")
        params += [f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]]
    if f.text:
        sql, value = text_condition(f.text)
        clauses.append(sql)
        params.append(value)
    if f.doc_id:
        clauses.append("doc_id = ?")
        params.append(f.doc_id)
    if not f.include_flagged:
        clauses.append(FLAG_FILTER)
    if f.min_confidence is not None:
        clauses.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.dedup and has_clusters:
        clauses.append("id IN (SELECT cluster_id FROM event_clusters)")
    return clauses, params


def text_condition(text: str, column: str = "sentence") -> tuple[str, str]:
    """Case-insensitive substring test: ILIKE folds case while it scans (~20% cheaper than lower() on every row);
    text with LIKE wildcards or backslashes uses contains(lower()) (an ESCAPE clause makes ILIKE twice as slow)."""
    if any(char in text for char in "%_\\"):
        return f"contains(lower({column}), ?)", text.lower()
    return f"{column} ILIKE ?", f"%{text}%"


def where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def event_source(f: EventFilter, indexed, has_clusters: bool = False) -> tuple[str, list[str], list]:
    """Table and conditions for a filter: the dyad-sorted copy when it can answer, else the events table.

    ``indexed``: False, True (dyad_events is current) or a DyadIndex (current, with each dyad's rowid run).
    """
    if indexed and f.dyad and not (f.actor or f.source or f.target or f.doc_id or f.dedup):
        dyad_sql, params, _ = indexed_condition(f.dyad.a, f.dyad.b, f.dyad.directed, indexed)
        clauses = [dyad_sql]
        if f.types:
            clauses.append(f"type IN ({_in_list(f.types)})")
            params = [*params, *f.types]
        dates, values = date_condition(f.start, f.end)
        clauses += dates
        params = [*params, *values]
        if f.bbox:
            clauses.append("location_lon BETWEEN ? AND ? AND location_lat BETWEEN ? AND ?")
            params = [*params, f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]]
        if f.text:  # the text search scans the dyad's run only
            sql, value = text_condition(f.text)
            clauses.append(sql)
            params = [*params, value]
        if not f.include_flagged:
            clauses.append("NOT flagged")
        return "dyad_events", clauses, params
    clauses, params = event_conditions(f, has_clusters)
    return "events", clauses, params


NEWEST_FIRST = "{t}day DESC NULLS LAST, {t}id"  # params.SORTS["-day"]: dyad_events read backwards (rowid DESC)


def list_events(cur, f: EventFilter, limit: int, offset: int, order: str, has_clusters: bool,
                indexed=False, day_counts: "DayCounts | None" = None) -> dict:
    """One page of events. Dyad pages come from the dyad-sorted copy; other pages select ids, then rows."""
    table, clauses, params = event_source(f, indexed, has_clusters)
    if table == "dyad_events":
        total, rows = _dyad_page(cur, f, clauses, params, order, limit, offset, indexed)
    elif not clauses and day_counts is not None:  # no filter: the day histogram bounds the newest pages
        total = day_counts.total
        rows = _page_rows(cur, *day_counts.newest_bound(order, limit + offset), order, limit, offset)
        _attach_titles_and_clusters(cur, rows, has_clusters)
    else:
        total = cur.execute(f"SELECT count(*) FROM events {where(clauses)}", params).fetchone()[0]
        rows = _page_rows(cur, clauses, params, order, limit, offset) if offset < total else []
        _attach_titles_and_clusters(cur, rows, has_clusters)
    return {"total": total, "limit": limit, "offset": offset, "items": [event_json(r) for r in rows]}


DYAD_PAGE_COLUMNS = f"{EVENT_COLUMNS}, title, cluster_id, num_mentions, num_articles, num_sources"


def _dyad_page(cur, f: EventFilter, clauses: list[str], params: list, order: str, limit: int, offset: int,
               indexed) -> tuple[int, list[dict]]:
    """Total and rows of a dyad page: row ids first (narrow columns), then the wide rows of those ids only.

    dyad_events is sorted by (a, b, day, id DESC): with the dyads' rowid runs, a dyad's events in a date range are
    one run too (found by one scan of ``day``), and reading a run backwards is the "-day" order, so the page's row
    ids follow from the run without sorting. Other filters: one query gives the page's row ids and the total.
    """
    run = indexed.run(f.dyad.a, f.dyad.b) if isinstance(indexed, DyadIndex) else None
    backwards = run is not None and order == NEWEST_FIRST
    if run is not None and not (f.dyad.directed or f.types or f.bbox or f.text or not f.include_flagged):
        if f.start or f.end:  # only dates besides the dyad: the matching rows are a sub-run
            first, last, total = cur.execute(f"SELECT min(rowid), max(rowid), count(*) FROM dyad_events {where(clauses)}",
                                             params).fetchone()
            run = (first, last) if total else (1, 0)
        total = max(0, run[1] - run[0] + 1)
        if offset >= total:
            return total, []
        if backwards:
            top = run[1] - offset
            rowids = list(range(top, max(run[0], top - limit + 1) - 1, -1))
        else:
            rowids = [row[0] for row in cur.execute(
                f"SELECT rowid FROM dyad_events WHERE rowid BETWEEN ? AND ? ORDER BY {order.format(t='')} LIMIT ? OFFSET ?",
                [*run, limit, offset]).fetchall()]
    else:
        sql_order = "rowid DESC" if backwards else order.format(t="")
        page = cur.execute(f"SELECT rowid, count(*) OVER () FROM dyad_events {where(clauses)} "
                           f"ORDER BY {sql_order} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        rowids = [row[0] for row in page]
        total = page[0][1] if page else cur.execute(f"SELECT count(*) FROM dyad_events {where(clauses)}",
                                                    params).fetchone()[0]
    return total, _dyad_rows(cur, rowids)


def _dyad_rows(cur, rowids: list[int]) -> list[dict]:
    """The wide rows of dyad_events with these row ids, in this order (one contiguous range read)."""
    if not rowids:
        return []
    first, last = min(rowids), max(rowids)
    pick = "" if last - first + 1 == len(rowids) else f" AND rowid IN ({_in_list(rowids)})"
    cur.execute(f"SELECT rowid AS _row, {DYAD_PAGE_COLUMNS} FROM dyad_events WHERE rowid BETWEEN ? AND ?{pick}",
                [first, last, *(rowids if pick else [])])
    by_row = {row["_row"]: row for row in rows_as_dicts(cur)}
    return [by_row[r] for r in rowids if r in by_row]


@dataclass(frozen=True)
class DayCounts:
    """Events per day of a read-only store (read once at startup): bounds the day range of unfiltered pages."""

    newest: list[tuple]  # (day, events) newest first, days without NULL
    total: int

    @classmethod
    def read(cls, cur) -> "DayCounts":
        rows = cur.execute("SELECT day, count(*) FROM events WHERE day IS NOT NULL GROUP BY day ORDER BY day DESC").fetchall()
        total = cur.execute("SELECT count(*) FROM events").fetchone()[0]
        return cls(rows, total)

    def newest_bound(self, order: str, needed: int) -> tuple[list[str], list]:
        """A condition every row of the first ``needed`` rows in ``order`` meets (none when it cannot say)."""
        if order != NEWEST_FIRST:
            return [], []
        seen = 0
        for day, events in self.newest:
            seen += events
            if seen >= needed:
                return ["day >= ?"], [day]
        return [], []


def _page_rows(cur, clauses: list[str], params: list, order: str, limit: int, offset: int) -> list[dict]:
    """Sort on (id, day) only, then read the wide rows of the page, pruned by the page's day range."""
    page = cur.execute(f"SELECT id, day FROM events {where(clauses)} ORDER BY {order.format(t='')} LIMIT ? OFFSET ?",
                       [*params, limit, offset]).fetchall()
    if not page:
        return []
    ids = [row[0] for row in page]
    days = [row[1] for row in page if row[1] is not None]
    day_clause, day_params = "", []
    if len(days) == len(page):
        day_clause, day_params = "day BETWEEN ? AND ? AND ", [min(days), max(days)]
    cur.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE {day_clause}id IN ({_in_list(ids)})", [*day_params, *ids])
    by_id = {row["id"]: row for row in rows_as_dicts(cur)}
    return [by_id[i] for i in ids if i in by_id]


def _in_list(values: list) -> str:
    return ", ".join("?" for _ in values)


def _attach_titles_and_clusters(cur, rows: list[dict], has_clusters: bool) -> None:
    """Titles and cluster counts of one page, by key lookups (a join would hash whole tables per request)."""
    if not rows:
        return
    doc_ids = sorted({r["doc_id"] for r in rows})
    published = [r["published"] for r in rows if r["published"] is not None]
    date_clause, date_params = "", []
    if len(published) == len(rows):  # documents arrive roughly by date: zone maps skip the other row groups
        date_clause, date_params = "published BETWEEN ? AND ? AND ", [min(published), max(published)]
    titles = dict(cur.execute(f"SELECT id, title FROM documents WHERE {date_clause}id IN ({_in_list(doc_ids)})",
                              [*date_params, *doc_ids]).fetchall())
    clusters: dict[str, tuple] = {}
    if has_clusters:
        ids = [r["id"] for r in rows]
        member_of = dict(cur.execute(f"SELECT event_id, cluster_id FROM event_cluster_members WHERE event_id IN ({_in_list(ids)})",
                                     ids).fetchall())
        cluster_ids = sorted(set(member_of.values()))
        counts = {row[0]: row for row in cur.execute(
            f"SELECT cluster_id, num_mentions, num_articles, num_sources FROM event_clusters WHERE cluster_id IN ({_in_list(cluster_ids)})",
            cluster_ids).fetchall()} if cluster_ids else {}
        clusters = {event_id: counts[cid] for event_id, cid in member_of.items() if cid in counts}
    for row in rows:
        row["title"] = titles.get(row["doc_id"])
        if row["id"] in clusters:
            row["cluster_id"], row["num_mentions"], row["num_articles"], row["num_sources"] = clusters[row["id"]]


def get_event(cur, event_id: str) -> dict | None:
    cur.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", [event_id])
    rows = rows_as_dicts(cur)
    return event_json(rows[0]) if rows else None


def _span(start, end) -> dict | None:
    return None if start is None or end is None else {"start": start, "end": end}


def _actor(row: dict, side: str) -> dict | None:
    if row.get(f"{side}_name") is None and row.get(f"{side}_country") is None:
        return None
    return {"id": row.get(f"{side}_actor_id"), "name": row.get(f"{side}_name"),
            "country": row.get(f"{side}_country"), "sector": row.get(f"{side}_sector")}


def event_json(row: dict) -> dict:
    """A stored event in the JSON contract's shape (first source/target actor), plus store identity and provenance."""
    location = None
    if row.get("location_name") is not None or row.get("location_lat") is not None:
        location = {"name": row["location_name"], "country": row["location_country"], "lat": row["location_lat"],
                    "lon": row["location_lon"], "geonameid": row["location_geonameid"]}
    result = {
        "id": row["id"], "doc_id": row["doc_id"], "event_id": row["event_id"], "type": row["type"], "mode": row["mode"],
        "contexts": row["contexts"] or [], "date": row["date"], "date_text": row["date_text"],
        "date_precision": row["date_precision"], "day": row["day"],
        "source": _actor(row, "source"), "target": _actor(row, "target"), "location": location,
        "negated": row["negated"], "hypothetical": row["hypothetical"], "future": row["future"],
        "historical": row["historical"], "score": row["score"], "confidence": row["confidence"], "tone": row["tone"],
        "evidence": {"sentence": row["sentence"], "start": row["sentence_start"], "end": row["sentence_end"],
                     "trigger": _span(row["trigger_start"], row["trigger_end"]),
                     "source": _span(row["source_span_start"], row["source_span_end"]),
                     "target": _span(row["target_span_start"], row["target_span_end"])},
        "source_url": row["source_url"], "published": row["published"],
    }
    if "title" in row:
        result["title"] = row["title"]
    if row.get("cluster_id") is not None:
        result["cluster"] = {"id": row["cluster_id"], "num_mentions": row["num_mentions"],
                             "num_articles": row["num_articles"], "num_sources": row["num_sources"]}
    return result


ARTICLE_COLUMNS = "id, url, title, published, published_inferred, authors, language, site, source, sections, captions"


def list_articles(cur, limit: int, offset: int, q: str | None, site: str | None, start, end) -> dict:
    clauses, params = [], []
    if q:
        clauses.append("contains(lower(coalesce(title, '')), ?)")
        params.append(q.lower())
    if site:
        clauses.append("lower(site) = ?")
        params.append(site.lower())
    dates, values = date_condition(start, end, "published")
    clauses += dates
    params += values
    total = cur.execute(f"SELECT count(*) FROM documents {where(clauses)}", params).fetchone()[0]
    cur.execute(f"""SELECT p.*, (SELECT count(*) FROM events e WHERE e.doc_id = p.id) AS events,
                           (SELECT count(*) FROM quotes q WHERE q.doc_id = p.id) AS quotes
                    FROM (SELECT {ARTICLE_COLUMNS} FROM documents {where(clauses)}
                          ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?) p
                    ORDER BY published DESC NULLS LAST, id""", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": rows_as_dicts(cur)}


def get_article(cur, doc_id: str) -> dict | None:
    cur.execute(f"SELECT {ARTICLE_COLUMNS}, text FROM documents WHERE id = ?", [doc_id])
    rows = rows_as_dicts(cur)
    if not rows:
        return None
    article = rows[0]
    cur.execute('SELECT text, lang, kind, "start", "end" FROM paragraphs WHERE doc_id = ? ORDER BY paragraph', [doc_id])
    article["paragraphs"] = rows_as_dicts(cur)
    cur.execute("SELECT actor_id AS id, text, name, country, sector, role FROM actors WHERE doc_id = ? ORDER BY actor_id", [doc_id])
    actors = rows_as_dicts(cur)
    cur.execute('SELECT actor_id, text, "start", "end" FROM actor_mentions WHERE doc_id = ? ORDER BY actor_id, mention', [doc_id])
    mentions: dict[str, list] = {}
    for actor_id, text, start, end in cur.fetchall():
        mentions.setdefault(actor_id, []).append({"text": text, "start": start, "end": end})
    for actor in actors:
        actor["mentions"] = mentions.get(actor["id"], [])
    cur.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE doc_id = ? ORDER BY event_id", [doc_id])
    events = [event_json(r) for r in rows_as_dicts(cur)]
    cur.execute(f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE doc_id = ? ORDER BY quote_id", [doc_id])
    quotes = [quote_json(r) for r in rows_as_dicts(cur)]
    cur.execute("SELECT article, paragraphs, sentences FROM tone WHERE doc_id = ?", [doc_id])
    tone = rows_as_dicts(cur)
    return {"article": article, "actors": actors, "events": events, "quotes": quotes,
            "tone": tone[0] if tone else None}


QUOTE_COLUMNS = ('id, doc_id, quote_id, text, "start", "end", direct, cue, speaker_text, speaker_name, '
                 "speaker_country, speaker_sector, speaker_actor_id, about, tone")


def quote_json(row: dict) -> dict:
    speaker = None
    if row.get("speaker_text") is not None or row.get("speaker_name") is not None:
        speaker = {"text": row["speaker_text"], "name": row["speaker_name"], "country": row["speaker_country"],
                   "sector": row["speaker_sector"], "actor_id": row["speaker_actor_id"]}
    result = {"id": row["id"], "doc_id": row["doc_id"], "text": row["text"], "start": row["start"], "end": row["end"],
              "direct": row["direct"], "cue": row["cue"], "speaker": speaker, "about": row["about"], "tone": row["tone"]}
    for key in ("title", "url", "published"):
        if key in row:
            result[key] = row[key]
    return result


def list_quotes(cur, f: EventFilter, speaker: str | None, country: str | None, limit: int, offset: int) -> dict:
    """Quotes; ``f`` supplies doc_id, text, date range (publication) and dyad (documents reporting dyad events)."""
    clauses, params = [], []
    if speaker:
        clauses.append("contains(lower(coalesce(q.speaker_name, q.speaker_text, '')), ?)")
        params.append(speaker.lower())
    if country:
        clauses.append("q.speaker_country = ?")
        params.append(country)
    if f.doc_id:
        clauses.append("q.doc_id = ?")
        params.append(f.doc_id)
    if f.text:
        clauses.append("contains(lower(q.text), ?)")
        params.append(f.text.lower())
    if f.dyad:
        dyad_sql, dyad_params = dyad_condition(f.dyad)
        dates, date_params = date_condition(f.start, f.end)
        clauses.append(f"q.doc_id IN (SELECT doc_id FROM events WHERE {' AND '.join([dyad_sql, *dates])})")
        params += dyad_params + date_params
    else:
        dates, date_params = date_condition(f.start, f.end, "d.published")
        clauses += dates
        params += date_params
    base = f"FROM quotes q JOIN documents d ON d.id = q.doc_id {where(clauses)}"
    total = cur.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    columns = ", ".join(f"q.{c.strip()}" for c in QUOTE_COLUMNS.split(","))
    cur.execute(f"SELECT {columns}, d.title, d.url, d.published {base} "
                "ORDER BY d.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": [quote_json(r) for r in rows_as_dicts(cur)]}


def list_actors(cur, q: str | None, country: str | None, sector: str | None, limit: int, offset: int) -> dict:
    clauses, params = [], []
    if q:
        clauses.append("contains(lower(name), ?)")
        params.append(q.lower())
    if country:
        clauses.append("country = ?")
        params.append(country)
    if sector:
        clauses.append("sector = ?")
        params.append(sector)
    base = f"FROM actors {where(clauses)} GROUP BY name, country, sector"
    total = cur.execute(f"SELECT count(*) FROM (SELECT 1 {base})", params).fetchone()[0]
    cur.execute(f"""SELECT name, country, sector, count(DISTINCT doc_id) AS documents, any_value(role) AS role {base}
                    ORDER BY documents DESC, name LIMIT ? OFFSET ?""", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": rows_as_dicts(cur)}


def countries(cur) -> list[dict]:
    cur.execute("""SELECT country, count(*) AS events FROM (
                       SELECT unnest(list_distinct(list_concat(source_countries, target_countries))) AS country FROM events)
                   GROUP BY 1 ORDER BY 2 DESC, 1""")
    return rows_as_dicts(cur)


def dyad_edges(cur, start, end, limit: int, include_flagged: bool = False) -> list[dict]:
    """Undirected country pairs with event counts and mean score (the network and the dyad picker)."""
    clauses = ["p.a <> p.b"]
    dates, params = date_condition(start, end, "e.day")
    clauses += dates
    if not include_flagged:
        clauses.append(FLAG_FILTER)
    cur.execute(f"""SELECT p.a, p.b, count(*) AS events, round(avg(e.score), 3) AS mean_score
                    FROM events e JOIN ({DYAD_PAIRS}) p ON p.id = e.id {where(clauses)}
                    GROUP BY 1, 2 ORDER BY events DESC, p.a, p.b LIMIT ?""", [*params, limit])
    return rows_as_dicts(cur)


def network(cur, start, end, limit: int) -> dict:
    edges = dyad_edges(cur, start, end, limit)
    nodes: dict[str, dict] = {}
    for edge in edges:
        for code in (edge["a"], edge["b"]):
            node = nodes.setdefault(code, {"id": code, "events": 0, "degree": 0})
            node["events"] += edge["events"]
            node["degree"] += 1
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), "edges": edges}


def map_points(cur, f: EventFilter, limit: int, indexed: bool = False) -> list[dict]:
    table, clauses, params = event_source(f, indexed)
    clauses = [*clauses, "location_lat IS NOT NULL AND location_lon IS NOT NULL"]
    cur.execute(f"""SELECT location_name AS name, location_country AS country, round(location_lat, 3) AS lat,
                           round(location_lon, 3) AS lon, count(*) AS events, round(avg(score), 3) AS mean_score,
                           mode(type) AS top_type
                    FROM {table} {where(clauses)} GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?""", [*params, limit])
    return rows_as_dicts(cur)


def list_clusters(cur, f: EventFilter, limit: int, offset: int) -> dict:
    clauses, params = [], []
    if f.dyad:  # clusters whose representative event belongs to the dyad
        sql, values = dyad_condition(f.dyad)
        clauses.append(f"cluster_id IN (SELECT id FROM events WHERE {sql})")
        params += values
    if f.types:
        clauses.append(f"type IN ({', '.join('?' for _ in f.types)})")
        params += f.types
    dates, values = date_condition(f.start, f.end, "first_day")
    clauses += dates
    params += values
    total = cur.execute(f"SELECT count(*) FROM event_clusters {where(clauses)}", params).fetchone()[0]
    cur.execute(f"""SELECT * FROM event_clusters {where(clauses)}
                    ORDER BY num_sources DESC, num_mentions DESC, first_day DESC, cluster_id LIMIT ? OFFSET ?""",
                [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": rows_as_dicts(cur)}
