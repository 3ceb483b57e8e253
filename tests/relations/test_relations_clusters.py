"""Story clustering: near-duplicate articles and one event reported by many outlets count once."""
from __future__ import annotations

import duckdb
import pytest

from detente.relations.clusters import cluster_store, outlet, shingles, story_groups

STORY = ("The United States imposed sanctions on Colombia on Monday, freezing the assets of three officials "
         "accused of links to drug trafficking networks. The Treasury said the measures were a response to "
         "the collapse of joint counternarcotics operations and warned that more could follow within weeks. "
         "Colombian ministers called the decision unfair and said they would seek talks in Washington.")
SENTENCE = "The United States imposed sanctions on Colombia on Monday, freezing the assets of three officials accused of links to drug trafficking networks."


@pytest.fixture
def clustered(build, tmp_path):
    docs = []
    # The same wire story in three outlets (small edits), one independent report the next day, and a later
    # unrelated sanction that must stay a separate event.
    variants = [STORY, STORY.replace("on Monday", "this Monday"), STORY + " Markets in Bogotá fell slightly."]
    for i, text in enumerate(variants):
        sentence = text.split(". ")[0] + "."
        docs.append(build.document(f"wire{i}", text, "2026-01-12",
                                   [build.event(text, sentence, "sanctions", "USA", "COL", "SANCTION", -6.0, date="2026-01-12")],
                                   url=f"https://www.outlet{i}.example/story"))
    own = "Officials in Washington said the United States sanctioned Colombia after talks broke down, a move Bogotá rejected."
    docs.append(build.document("own", own, "2026-01-13",
                               [build.event(own, own, "sanctioned", "USA", "COL", "SANCTION", -5.0, date="2026-01-13")],
                               site="El Diario"))
    later = "Weeks later the United States sanctioned Colombia again, targeting two banks."
    docs.append(build.document("later", later, "2026-02-20",
                               [build.event(later, later, "sanctioned", "USA", "COL", "SANCTION", -6.0, date="2026-02-20")],
                               site="El Diario"))
    other = "Russia signed an agreement with Venezuela on oil exploration."
    docs.append(build.document("other", other, "2026-01-12",
                               [build.event(other, other, "signed", "RUS", "VEN", "AGREE", 5.0, date="2026-01-12")]))
    path = build.write(tmp_path / "clusters.duckdb", docs)
    con = duckdb.connect(path)
    stats = cluster_store(con)
    yield con, stats
    con.close()


def test_near_duplicates_form_one_story(clustered):
    con, stats = clustered
    stories = dict(con.execute("SELECT doc_id, story_id FROM story_clusters").fetchall())
    assert stories["wire0"] == stories["wire1"] == stories["wire2"]
    assert len({stories["own"], stories["later"], stories["other"], stories["wire0"]}) == 4
    assert stats.documents == 6 and stats.stories == 4 and stats.multi_article_stories == 1


def test_event_reported_by_many_outlets_counts_once(clustered):
    con, stats = clustered
    rows = con.execute("""SELECT num_mentions, num_articles, num_sources, first_day::VARCHAR, last_day::VARCHAR, type
                          FROM event_clusters ORDER BY num_mentions DESC, first_day""").fetchall()
    assert rows[0] == (4, 4, 4, "2026-01-12", "2026-01-13", "SANCTION")
    assert sorted(r[:3] for r in rows[1:]) == [(1, 1, 1), (1, 1, 1)]
    assert stats.events == 6 and stats.event_clusters == 3 and stats.largest_cluster == 4
    members = con.execute("SELECT count(*) FROM event_cluster_members").fetchone()[0]
    assert members == 6


def test_rerun_rebuilds_instead_of_appending(clustered):
    con, _ = clustered
    cluster_store(con)
    assert con.execute("SELECT count(*) FROM event_clusters").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM story_clusters").fetchone()[0] == 6


def test_store_without_documents(build, tmp_path):
    con = duckdb.connect(build.write(tmp_path / "empty.duckdb", []))
    stats = cluster_store(con)
    assert (stats.documents, stats.events, stats.event_clusters) == (0, 0, 0)
    con.close()


def test_helpers():
    assert shingles("One two three", k=5) == {"one", "two", "three"}
    assert len(shingles(STORY)) > 40
    groups = story_groups({"a": STORY, "b": STORY.upper(), "c": "Something else entirely about Peru and Chile."})
    assert groups["a"] == groups["b"] != groups["c"]
    assert outlet(None, "https://www.reuters.com/world/x", None) == "reuters.com"
    assert outlet("El Tiempo", "https://eltiempo.com", None) == "el tiempo"
    assert outlet(None, None, "feeds/a.jsonl:3") == "feeds/a.jsonl"
