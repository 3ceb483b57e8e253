"""Story clustering across outlets, so a story reported by 50 outlets counts as one event (GDELT-style).

1. Stories: near-duplicate articles via MinHash LSH (datasketch) on word shingles of the article text;
   candidate pairs from LSH are confirmed by their estimated Jaccard similarity and must be published within
   ``STORY_WINDOW_DAYS`` of each other (recurring boilerplate months apart is not one story).
2. Event clusters: events with the same key (PLOVER type, source and target country, else actor name)
   are merged when they come from the same story, or when their days fall within ``window_days`` of the
   cluster's first day. Each cluster counts mentions (events), articles and sources (outlets).
Run after ingest: ``detente cluster --db FILE`` rebuilds the tables of detente/relations/schema.sql,
including the dyad-sorted ``dyad_events`` (detente/relations/dyad_index.py) that makes dyad queries fast.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pyarrow as pa

from detente.relations.ddl import relations_schema_sql
from detente.relations.dyad_index import build_dyad_index

WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.6  # estimated Jaccard similarity of shingle sets above which two articles are one story
WINDOW_DAYS = 2
STORY_WINDOW_DAYS = 7  # near-duplicates published further apart are separate stories (recurring boilerplate)


@dataclass
class ClusterStats:
    documents: int = 0
    stories: int = 0
    multi_article_stories: int = 0
    events: int = 0
    event_clusters: int = 0
    largest_cluster: int = 0
    dyad_index_rows: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Word k-shingles of lower-cased text (the word set itself for texts shorter than k words)."""
    words = WORD.findall((text or "").lower())
    if len(words) < k:
        return set(words)
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def story_groups(texts: dict[str, str], threshold: float = THRESHOLD, published: dict[str, dt.date | None] | None = None,
                 window_days: int = STORY_WINDOW_DAYS) -> dict[str, str]:
    """doc_id → story root doc_id, grouping near-duplicate texts published within ``window_days`` of each other."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    groups = _UnionFind()
    for doc_id, text in texts.items():
        tokens = shingles(text)
        groups.find(doc_id)
        if not tokens:
            continue
        minhash = MinHash(num_perm=NUM_PERM)
        minhash.update_batch([t.encode("utf-8") for t in tokens])
        for other in lsh.query(minhash):
            if hashes[other].jaccard(minhash) >= threshold and _close(published, doc_id, other, window_days):
                groups.union(doc_id, other)
        lsh.insert(doc_id, minhash)
        hashes[doc_id] = minhash
    return {doc_id: groups.find(doc_id) for doc_id in texts}


def _close(published: dict[str, dt.date | None] | None, a: str, b: str, window_days: int) -> bool:
    if not published or published.get(a) is None or published.get(b) is None:
        return True
    return abs((published[a] - published[b]).days) <= window_days


def outlet(site: str | None, url: str | None, source: str | None) -> str:
    """The outlet that published an article: its site name, else the URL host, else where it was read."""
    if site:
        return site.strip().lower()
    if url:
        host = urlparse(url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return (source or "").split(":")[0] or "unknown"


def _event_key(row: dict) -> tuple | None:
    source = row["source_country"] or (row["source_name"] or "").lower() or None
    target = row["target_country"] or (row["target_name"] or "").lower() or None
    if source is None and target is None:
        return None
    return (row["type"], source, target)


def event_groups(events: list[dict], story_of: dict[str, str], window_days: int = WINDOW_DAYS) -> dict[str, str]:
    """event id → cluster root id: same key and (same story, or day within the window of the cluster start)."""
    groups = _UnionFind()
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in events:
        groups.find(row["id"])
        key = _event_key(row)
        if key is not None:
            by_key[key].append(row)
    window = dt.timedelta(days=window_days)
    for rows in by_key.values():
        first_in_story: dict[str, str] = {}
        for row in rows:
            story = story_of.get(row["doc_id"], row["doc_id"])
            if story in first_in_story:
                groups.union(first_in_story[story], row["id"])
            else:
                first_in_story[story] = row["id"]
        dated = sorted((r for r in rows if r["day"] is not None), key=lambda r: (r["day"], r["id"]))
        anchor = None
        for row in dated:
            if anchor is None or row["day"] - anchor["day"] > window:
                anchor = row
            else:
                groups.union(anchor["id"], row["id"])
    return {row["id"]: groups.find(row["id"]) for row in events}


def cluster_store(con, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS) -> ClusterStats:
    """Rebuild story_clusters, event_clusters and event_cluster_members from a writable connection."""
    import time

    started = time.perf_counter()
    stats = ClusterStats()
    con.execute(relations_schema_sql())
    docs = con.execute("SELECT id, text, site, url, source, published FROM documents ORDER BY published NULLS LAST, id").fetchall()
    stats.documents = len(docs)
    story_of = story_groups({d[0]: d[1] or "" for d in docs}, threshold, {d[0]: d[5] for d in docs})
    outlet_of = {d[0]: outlet(d[2], d[3], d[4]) for d in docs}
    story_sizes: dict[str, int] = defaultdict(int)
    for root in story_of.values():
        story_sizes[root] += 1
    stats.stories = len(story_sizes)
    stats.multi_article_stories = sum(1 for n in story_sizes.values() if n > 1)

    columns = ["id", "doc_id", "type", "source_country", "target_country", "source_name", "target_name", "day",
               "score", "confidence", "sentence"]
    events = [dict(zip(columns, row)) for row in con.execute(f"SELECT {', '.join(columns)} FROM events").fetchall()]
    stats.events = len(events)
    cluster_of = event_groups(events, story_of, window_days)
    members: dict[str, list[dict]] = defaultdict(list)
    for row in events:
        members[cluster_of[row["id"]]].append(row)

    cluster_rows = []
    member_rows = []
    for rows in members.values():
        best = max(rows, key=lambda r: (r["confidence"] or 0.0, -(r["day"].toordinal() if r["day"] else 0), r["id"]))
        days = [r["day"] for r in rows if r["day"] is not None]
        scores = [r["score"] for r in rows if r["score"] is not None]
        cluster_rows.append({
            "cluster_id": best["id"], "type": best["type"], "source_country": best["source_country"],
            "target_country": best["target_country"], "source_name": best["source_name"], "target_name": best["target_name"],
            "first_day": min(days) if days else None, "last_day": max(days) if days else None,
            "num_mentions": len(rows), "num_articles": len({r["doc_id"] for r in rows}),
            "num_sources": len({outlet_of.get(r["doc_id"], r["doc_id"]) for r in rows}),
            "mean_score": sum(scores) / len(scores) if scores else None, "sentence": best["sentence"],
        })
        member_rows.extend({"event_id": r["id"], "cluster_id": best["id"]} for r in rows)
    stats.event_clusters = len(cluster_rows)
    stats.largest_cluster = max((c["num_mentions"] for c in cluster_rows), default=0)

    story_rows = [{"doc_id": doc_id, "story_id": root, "size": story_sizes[root]} for doc_id, root in story_of.items()]
    con.begin()
    try:
        for table, rows in (("story_clusters", story_rows), ("event_clusters", cluster_rows),
                            ("event_cluster_members", member_rows)):
            con.execute(f"DELETE FROM {table}")
            if rows:
                schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
                con.register("_relations_batch", pa.Table.from_pylist(rows, schema=schema))
                try:
                    con.execute(f"INSERT INTO {table} SELECT * FROM _relations_batch")
                finally:
                    con.unregister("_relations_batch")
        con.commit()
    except Exception:
        con.rollback()
        raise
    stats.dyad_index_rows = build_dyad_index(con)
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats
