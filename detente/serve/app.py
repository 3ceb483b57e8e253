"""The REST API and the dashboard in one FastAPI app, reading a store read-only.

``create_app(db)`` builds it; ``detente serve`` runs it with uvicorn. OpenAPI: /openapi.json, browsable at /docs.
"""
from __future__ import annotations

import dataclasses
import hmac
from contextlib import contextmanager
from importlib import resources
from typing import Iterator

from fastapi import FastAPI, Header, HTTPException, Path, Query
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from pydantic_core import to_json
from starlette.datastructures import MutableHeaders

from detente import __version__
from detente.relations.dyad_index import load_dyad_index
from detente.relations.dyads import parse_code, parse_dyad
from detente.relations.series import dyad_series, turning_points
from detente.serve import params, queries
from detente.serve.db import ReadOnlyStore

STATIC = resources.files("detente.serve").joinpath("static")
MAX_ANALYZE_CHARS = 500_000
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """nosniff and the CSP on every response (plain ASGI: Starlette's BaseHTTPMiddleware costs ~1 ms a request)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = scope["path"] != "/docs"

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if csp:
                    headers["Content-Security-Policy"] = CSP
            await send(message)

        await self.app(scope, receive, send_with_headers)


def json_response(body) -> Response:
    """JSON rendered in one pass by pydantic-core: FastAPI's per-value encoding of a returned dict costs ~10 ms a page."""
    return Response(to_json(body, inf_nan_mode="null"), media_type="application/json")


@contextmanager
def bad_input() -> Iterator[None]:
    """Turn validation ValueErrors into 422 responses that name the bad value."""
    try:
        yield
    except ValueError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None


class AnalyzeRequest(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_ANALYZE_CHARS, description="article as plain text or HTML")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD", max_length=32)
    url: str | None = Field(None, max_length=2000)


def create_app(db: str, analyze_token: str | None = None, read_only: bool = True) -> FastAPI:
    """The app for one store; POST /api/analyze answers only when ``analyze_token`` is set and presented."""
    store = ReadOnlyStore(db, read_only=read_only)
    app = FastAPI(title="Détente API", version=__version__, docs_url=None, redoc_url=None,
                  description="Political events, quotes, actors and dyad relations from a Détente store (read-only).")
    app.state.store = store
    with store.cursor() as cur:  # the store is read-only while served: decide once
        indexed = load_dyad_index(cur)  # None, or the dyads' rowid runs in dyad_events
        day_counts = queries.DayCounts.read(cur)
    cache: dict[str, object] = {}

    app.add_middleware(SecurityHeaders)

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(STATIC.joinpath("index.html")))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Détente API",
                                   swagger_js_url="/static/vendor/swagger-ui-5.35.0-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui-5.35.0.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/api/health", tags=["meta"])
    def health() -> dict:
        with store.cursor() as cur:
            documents = cur.execute("SELECT count(*) FROM documents").fetchone()[0]
            events = cur.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"status": "ok", "version": __version__, "documents": documents, "events": events,
                "clusters": store.has("event_clusters"), "dyad_index": indexed is not None, "analyze": analyze_token is not None}

    # ---- articles ------------------------------------------------------------------------------
    @app.get("/api/articles", tags=["articles"])
    def articles(limit: int = Query(50, description=f"1..{params.MAX_LIMIT}"), offset: int = 0,
                 q: str | None = Query(None, max_length=200, description="words in the title"),
                 site: str | None = Query(None, max_length=200),
                 start: str | None = Query(None, alias="from", description="published on or after YYYY-MM-DD"),
                 end: str | None = Query(None, alias="to", description="published on or before YYYY-MM-DD")) -> dict:
        with bad_input():
            limit, offset = params.page(limit, offset)
            first, last = params.date_range(start, end)
        with store.cursor() as cur:
            return queries.list_articles(cur, limit, offset, q, site, first, last)

    @app.get("/api/articles/{doc_id}", tags=["articles"])
    def article(doc_id: str = Path(..., max_length=80)) -> dict:
        """The article with its paragraphs, actors, events, quotes and tone."""
        with bad_input():
            params.identifier(doc_id, "article id")
        with store.cursor() as cur:
            found = queries.get_article(cur, doc_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no article {doc_id!r}")
        return found

    # ---- events --------------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"])
    def events(dyad: str | None = Query(None, description="two codes, e.g. USA-COL (USA>COL: directed)"),
               directed: bool = False,
               actor: str | None = Query(None, max_length=100, description="country code or part of an actor name"),
               source: str | None = Query(None, description="source country code"),
               target: str | None = Query(None, description="target country code"),
               type: str | None = Query(None, description="PLOVER types, comma-separated"),
               start: str | None = Query(None, alias="from", description="event day on or after YYYY-MM-DD"),
               end: str | None = Query(None, alias="to", description="event day on or before YYYY-MM-DD"),
               bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
               q: str | None = Query(None, description="words in the evidence sentence"),
               doc_id: str | None = None,
               include_flagged: bool = Query(True, description="include negated/hypothetical/future events"),
               dedup: bool = Query(False, description="one event per story cluster (after `detente cluster`)"),
               min_confidence: float | None = Query(None, description="calibrated chance of being right, 0..1"),
               sort: str = Query("-day", description="-day, day, -score or score"),
               limit: int = Query(50, description=f"1..{params.MAX_LIMIT}"), offset: int = 0) -> dict:
        with bad_input():
            limit, offset = params.page(limit, offset)
            order = params.sort(sort)
            f = params.EventFilter.parse(dyad, directed, actor, source, target, type, start, end, bbox, q, doc_id,
                                         include_flagged, dedup, min_confidence)
        with store.cursor() as cur:
            return json_response(queries.list_events(cur, f, limit, offset, order, store.has("event_clusters"),
                                                     indexed, day_counts))

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str = Path(..., max_length=100)) -> dict:
        with bad_input():
            params.identifier(event_id, "event id")
        with store.cursor() as cur:
            found = queries.get_event(cur, event_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
        return json_response(found)

    @app.get("/api/clusters", tags=["events"])
    def clusters(dyad: str | None = None, directed: bool = False, type: str | None = None,
                 start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
                 limit: int = 50, offset: int = 0) -> dict:
        """Events as stories: one row per event cluster with NumMentions/NumArticles/NumSources."""
        if not store.has("event_clusters"):
            raise HTTPException(status_code=404, detail="no event clusters in this store: run `detente cluster --db FILE`")
        with bad_input():
            limit, offset = params.page(limit, offset)
            f = params.EventFilter.parse(dyad=dyad, directed=directed, type=type, start=start, end=end)
        with store.cursor() as cur:
            return queries.list_clusters(cur, f, limit, offset)

    # ---- quotes and actors ---------------------------------------------------------------------
    @app.get("/api/quotes", tags=["quotes"])
    def quotes(speaker: str | None = Query(None, max_length=100, description="part of the speaker's name"),
               country: str | None = Query(None, description="speaker country code"),
               dyad: str | None = Query(None, description="quotes in articles reporting events of this dyad"),
               directed: bool = False, doc_id: str | None = None,
               q: str | None = Query(None, description="words in the quote"),
               start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
               limit: int = 50, offset: int = 0) -> dict:
        with bad_input():
            limit, offset = params.page(limit, offset)
            f = params.EventFilter.parse(dyad=dyad, directed=directed, start=start, end=end, q=q, doc_id=doc_id)
            code = parse_code(country, "country") if country else None
        with store.cursor() as cur:
            return queries.list_quotes(cur, f, speaker, code, limit, offset)

    @app.get("/api/actors", tags=["actors"])
    def actors(q: str | None = Query(None, max_length=100, description="part of the actor name"),
               country: str | None = None, sector: str | None = None, limit: int = 50, offset: int = 0) -> dict:
        with bad_input():
            limit, offset = params.page(limit, offset)
            code = parse_code(country, "country") if country else None
            sector_code = parse_code(sector, "sector") if sector else None
        with store.cursor() as cur:
            return queries.list_actors(cur, q, code, sector_code, limit, offset)

    @app.get("/api/countries", tags=["actors"])
    def countries() -> list[dict]:
        """Country/IGO codes that take part in events, most active first (cached: the store is read-only)."""
        if "countries" not in cache:
            with store.cursor() as cur:
                cache["countries"] = queries.countries(cur)
        return cache["countries"]

    # ---- relations -----------------------------------------------------------------------------
    @app.get("/api/dyads", tags=["relations"])
    def dyads(start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
              limit: int = Query(20, description=f"1..{params.MAX_LIMIT}")) -> list[dict]:
        """The most active country pairs (undirected)."""
        with bad_input():
            limit, _ = params.page(limit, 0)
            first, last = params.date_range(start, end)
        with store.cursor() as cur:
            return queries.dyad_edges(cur, first, last, limit)

    def _series(dyad: str, directed: bool, freq: str, start: str | None, end: str | None, include_flagged: bool,
                dedup: bool = False):
        if dedup and not store.has("event_clusters"):
            raise HTTPException(status_code=422, detail="dedup needs event clusters: run `detente cluster --db FILE`")
        with bad_input():
            pair = parse_dyad(dyad, directed)
            first, last = params.date_range(start, end)
            with store.cursor() as cur:
                return dyad_series(cur, pair, freq, first, last, include_flagged, indexed or False, dedup)

    @app.get("/api/dyads/{dyad}/series", tags=["relations"])
    def series(dyad: str = Path(..., description="e.g. USA-COL"), directed: bool = False,
               freq: str = Query("month", description="day, week, month, quarter or year"),
               start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
               include_flagged: bool = False, turning: bool = Query(False, description="add turning points"),
               dedup: bool = Query(False, description="one event per story cluster (after `detente cluster`)")) -> dict:
        """Per period: event counts by PLOVER type, sum and mean score (cooperation–conflict index), tone."""
        result = _series(dyad, directed, freq, start, end, include_flagged, dedup)
        body = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}  # to_json renders dataclasses
        if turning:
            body["turning_points"] = turning_points(result)
        return json_response(body)

    @app.get("/api/dyads/{dyad}/turning-points", tags=["relations"])
    def turning(dyad: str = Path(..., description="e.g. USA-COL"), directed: bool = False,
                freq: str = "month", start: str | None = Query(None, alias="from"),
                end: str | None = Query(None, alias="to"), include_flagged: bool = False, dedup: bool = False) -> dict:
        """Where the dyad's cooperation–conflict index changes level (ruptures Pelt; CUSUM for short series)."""
        result = _series(dyad, directed, freq, start, end, include_flagged, dedup)
        points = turning_points(result)
        return json_response({"dyad": result.dyad, "freq": freq,
                              **{f.name: getattr(points, f.name) for f in dataclasses.fields(points)}})

    @app.get("/api/network", tags=["relations"])
    def network(start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
                limit: int = Query(60, description="most active edges, 1..500")) -> dict:
        with bad_input():
            limit, _ = params.page(limit, 0)
            first, last = params.date_range(start, end)
        with store.cursor() as cur:
            return queries.network(cur, first, last, limit)

    @app.get("/api/map", tags=["events"])
    def map_points(dyad: str | None = None, directed: bool = False, type: str | None = None,
                   start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
                   bbox: str | None = None, limit: int = Query(500, description="1..500")) -> list[dict]:
        """Event locations aggregated by place."""
        with bad_input():
            limit, _ = params.page(limit, 0)
            f = params.EventFilter.parse(dyad=dyad, directed=directed, type=type, start=start, end=end, bbox_text=bbox)
        with store.cursor() as cur:
            return queries.map_points(cur, f, limit, indexed)

    # ---- analysis of one article (off unless a token was configured) ---------------------------------
    @app.post("/api/analyze", tags=["analyze"])
    def analyze(body: AnalyzeRequest, authorization: str | None = Header(None),
                x_detente_token: str | None = Header(None)) -> dict:
        """Analyse one article (nothing is stored). Send ``Authorization: Bearer TOKEN`` or ``X-Detente-Token``."""
        if analyze_token is None:
            raise HTTPException(status_code=403, detail="POST /api/analyze is disabled: start the server with "
                                                        "--enable-analyze-token TOKEN (or DETENTE_ANALYZE_TOKEN)")
        presented = x_detente_token or (authorization[7:] if authorization and authorization.startswith("Bearer ") else "")
        if not hmac.compare_digest(presented.encode(), analyze_token.encode()):
            raise HTTPException(status_code=401, detail="missing or wrong analyze token",
                                headers={"WWW-Authenticate": "Bearer"})
        # detente.process directly: the name `detente.analyze` is shadowed by the subpackage once it is imported.
        from detente.process import document_from_input

        with bad_input():
            if body.published:
                params.date_range(body.published, None)
            document = document_from_input(body.text, published=body.published, url=body.url)
        return document.to_dict()

    return app
