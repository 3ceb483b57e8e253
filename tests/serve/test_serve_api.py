"""The REST API through a real uvicorn server over a real (clustered) DuckDB store."""
from __future__ import annotations

import duckdb
import pytest


def test_health_and_openapi(api):
    health = api.get("/api/health").json()
    assert health == {"status": "ok", "version": health["version"], "documents": 19, "events": 19, "clusters": True,
                      "dyad_index": True, "analyze": False}
    paths = api.get("/openapi.json").json()["paths"]
    for path in ["/api/articles", "/api/articles/{doc_id}", "/api/events", "/api/quotes", "/api/actors",
                 "/api/dyads/{dyad}/series", "/api/dyads/{dyad}/turning-points", "/api/analyze"]:
        assert path in paths


def test_docs_page_uses_shipped_assets_only(api):
    html = api.get("/docs").text
    assert "/static/vendor/swagger-ui-5.35.0-bundle.js" in html and "cdn" not in html.lower()
    assert api.get("/static/vendor/swagger-ui-5.35.0-bundle.js").status_code == 200
    assert api.get("/static/vendor/chart-4.6.1.umd.min.js").status_code == 200


def test_articles_pagination(api):
    first = api.get("/api/articles", params={"limit": 5}).json()
    second = api.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == 19
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    assert first["items"][0]["published"] >= first["items"][-1]["published"] >= second["items"][0]["published"]
    last = api.get("/api/articles", params={"limit": 5, "offset": 15}).json()
    assert len(last["items"]) == 4


@pytest.mark.parametrize("query, word", [({"limit": 501}, "limit"), ({"limit": 0}, "limit"), ({"offset": -1}, "offset"),
                                         ({"from": "2026-02-30"}, "2026-02-30"), ({"from": "2026", "to": "2025"}, "after")])
def test_article_list_validation(api, query, word):
    response = api.get("/api/articles", params=query)
    assert response.status_code == 422 and word in response.json()["detail"]


def test_article_with_events_quotes_and_tone(api):
    doc = api.get("/api/articles/doc13").json()
    assert doc["article"]["title"].startswith("The United States agreed")
    assert [e["type"] for e in doc["events"]] == ["AGREE"] and len(doc["quotes"]) == 1
    text = doc["article"]["text"]
    event = doc["events"][0]
    assert text[event["evidence"]["trigger"]["start"]:event["evidence"]["trigger"]["end"]] == "agreed"
    quote = doc["quotes"][0]
    assert text[quote["start"]:quote["end"]] == quote["text"]
    assert doc["actors"][0]["mentions"] and doc["article"]["paragraphs"][0]["start"] == 0
    assert api.get("/api/articles/nope").status_code == 404
    assert api.get("/api/articles/bad id!").status_code == 422


@pytest.mark.parametrize("query, total", [
    ({"dyad": "USA-COL"}, 18), ({"dyad": "COL-USA"}, 18), ({"dyad": "COL>USA"}, 0), ({"dyad": "USA-COL", "directed": "true"}, 18),
    ({"actor": "RUS"}, 1), ({"actor": "venez"}, 1), ({"type": "AGREE"}, 5), ({"type": "agree,threaten"}, 19),
    ({"from": "2026-02-01", "to": "2026-02-28"}, 2), ({"bbox": "-75,4,-73,5"}, 13), ({"q": "TARIFFS"}, 13),
    ({"dyad": "USA-COL", "dedup": "true"}, 17), ({"doc_id": "ruven"}, 1), ({"q": "' OR 1=1 --"}, 0),
    ({"dyad": "USA-COL", "min_confidence": "0.5"}, 18), ({"min_confidence": "0.9"}, 0),
])
def test_event_filters(api, query, total):
    page = api.get("/api/events", params={**query, "limit": 100}).json()
    assert page["total"] == total and len(page["items"]) == total


@pytest.mark.parametrize("query, word", [
    ({"dyad": "USA"}, "dyad"), ({"dyad": "USA-COL' OR 1=1--"}, "invalid"), ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "10,0,-10,5"}, "bbox"), ({"type": "sanction;drop"}, "type"), ({"sort": "title"}, "sort"),
    ({"limit": 1000}, "limit"), ({"source": "U"}, "source"), ({"to": "yesterday"}, "yesterday"), ({"actor": " "}, "actor"),
    ({"min_confidence": "2"}, "min_confidence"),
])
def test_event_validation_errors_name_the_input(api, query, word):
    response = api.get("/api/events", params=query)
    assert response.status_code == 422
    assert word in response.json()["detail"]


def test_events_carry_evidence_provenance_and_clusters(api):
    page = api.get("/api/events", params={"dyad": "USA-COL", "from": "2026-02-01", "to": "2026-02-28"}).json()
    event = page["items"][0]
    evidence = event["evidence"]
    sentence = evidence["sentence"]
    trigger = evidence["trigger"]
    assert sentence[trigger["start"] - evidence["start"]:trigger["end"] - evidence["start"]] == "agreed"
    assert event["cluster"]["num_sources"] == 2 and event["cluster"]["num_mentions"] == 2
    assert event["source_url"].startswith("https://") and event["title"]
    assert api.get(f"/api/events/{event['id']}").json()["id"] == event["id"]
    assert api.get("/api/events/none-0").status_code == 404


def test_event_sorting_and_paging(api):
    by_score = api.get("/api/events", params={"sort": "score", "limit": 3}).json()["items"]
    assert [e["score"] for e in by_score] == sorted(e["score"] for e in by_score)
    newest = api.get("/api/events", params={"limit": 2}).json()["items"]
    older = api.get("/api/events", params={"limit": 2, "offset": 2}).json()["items"]
    assert newest[0]["day"] >= newest[1]["day"] >= older[0]["day"]


def test_quotes_and_actors(api):
    quotes = api.get("/api/quotes", params={"dyad": "USA-COL", "from": "2026-02-01", "to": "2026-04-30"}).json()
    assert quotes["total"] == 3 and all(q["speaker"]["country"] == "COL" for q in quotes["items"])
    assert api.get("/api/quotes", params={"speaker": "murillo", "limit": 2}).json()["total"] == 16
    assert api.get("/api/quotes", params={"q": "threats"}).json()["total"] == 13
    assert api.get("/api/quotes", params={"country": "C0L!"}).status_code == 422
    actors = api.get("/api/actors", params={"q": "colom"}).json()
    assert actors["items"][0] == {"name": "Colombia", "country": "COL", "sector": "GOV", "documents": 18, "role": None}
    assert api.get("/api/countries").json()[0]["country"] in {"USA", "COL"}


def test_dyad_series_and_turning_points(api):
    series = api.get("/api/dyads/USA-COL/series", params={"freq": "month", "turning": "true"}).json()
    assert len(series["periods"]) == 16 and series["total"] == 18
    assert series["turning_points"]["points"][0]["period"] == "2026-02-01"
    turning = api.get("/api/dyads/COL-USA/turning-points").json()
    assert turning["points"][0]["direction"] == "toward cooperation"
    assert "then cooperation" in turning["summary"]
    assert api.get("/api/dyads/USA-COL/series", params={"freq": "hour"}).json()["detail"].startswith("invalid freq")
    assert api.get("/api/dyads/USA/series").status_code == 422
    assert api.get("/api/dyads/USA-COL/series", params={"freq": "day", "from": "1900-01-01"}).status_code == 422


def test_network_map_and_clusters(api):
    network = api.get("/api/network").json()
    assert network["edges"][0] == {"a": "COL", "b": "USA", "events": 18, "mean_score": network["edges"][0]["mean_score"]}
    assert {n["id"] for n in network["nodes"]} == {"USA", "COL", "RUS", "VEN"}
    places = api.get("/api/map", params={"dyad": "USA-COL"}).json()
    assert [(p["name"], p["events"]) for p in places] == [("Bogotá", 13), ("Washington", 3)]
    clusters = api.get("/api/clusters", params={"dyad": "USA-COL", "limit": 1}).json()
    assert clusters["items"][0]["num_sources"] == 2


def test_analyze_is_off_by_default(api):
    response = api.post("/api/analyze", json={"text": "Petro met Trump."})
    assert response.status_code == 403 and "--enable-analyze-token" in response.json()["detail"]


def test_server_store_is_read_only(server, store_file):
    from detente.serve.app import create_app  # noqa: F401  (the app under test holds the file read-only)

    con = duckdb.connect(store_file, read_only=True)
    with pytest.raises(duckdb.Error):
        con.execute("CREATE TABLE intruder (a INTEGER)")
    con.close()


@pytest.mark.parametrize("query", [{"dyad": "USA-COL"}, {"dyad": "COL>USA"}, {"dyad": "USA>COL", "type": "AGREE"},
                                   {"dyad": "COL-USA", "start": "2026-01-01", "include_flagged": False}])
def test_dyad_index_and_scan_list_the_same_events(server, query):
    from detente.serve import queries
    from detente.serve.params import EventFilter, sort

    f = EventFilter.parse(**query)
    with server.app.state.store.cursor() as cur:
        for order in ("-day", "score"):
            scanned = queries.list_events(cur, f, 7, 2, sort(order), True, indexed=False)
            indexed = queries.list_events(cur, f, 7, 2, sort(order), True, indexed=True)
            assert indexed == scanned


def test_dyad_index_and_scan_map_the_same_places(server):
    from detente.serve import queries
    from detente.serve.params import EventFilter

    f = EventFilter.parse(dyad="COL-USA")
    with server.app.state.store.cursor() as cur:
        assert queries.map_points(cur, f, 10, indexed=True) == queries.map_points(cur, f, 10, indexed=False)


def test_dedup_series_counts_a_story_once(api, server):
    plain = api.get("/api/dyads/USA-COL/series").json()
    dedup = api.get("/api/dyads/USA-COL/series", params={"dedup": "true"}).json()
    february = [p for p in plain["periods"] if p["period"] == "2026-02-01"][0]
    february_dedup = [p for p in dedup["periods"] if p["period"] == "2026-02-01"][0]
    assert (february["count"], february_dedup["count"]) == (2, 1)
    assert dedup["total"] == plain["total"] - 1 and dedup["dedup"] is True

    from detente.relations import dyad_series, parse_dyad

    with server.app.state.store.cursor() as cur:
        for freq in ("week", "month"):
            indexed = dyad_series(cur, parse_dyad("COL-USA"), freq, indexed=True, dedup=True)
            assert indexed == dyad_series(cur, parse_dyad("COL-USA"), freq, indexed=False, dedup=True)
