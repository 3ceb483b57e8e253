"""Fixtures for ingest tests: small realistic articles, WARC files written with warcio, a real local HTTP server."""
from __future__ import annotations

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_TEXT = (
    "Ministers agree to resume border talks\n\n"
    "GENEVA (Wire) — The foreign ministers of Colombia and Venezuela agreed on Monday to resume talks on "
    "border security, officials said after a three-hour meeting in Geneva.\n\n"
    "\u201cWe have found common ground,\u201d the Colombian minister told reporters, adding that a second round "
    "would take place next month.\n"
)
ARTICLE_HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Talks resume in Geneva</title></head><body>"
    "<article><h1>Talks resume in Geneva</h1>"
    "<p>The foreign ministers of Colombia and Venezuela agreed on Monday to resume talks on border security, "
    "officials said after a three-hour meeting in Geneva.</p>"
    "<p>\u201cWe have found common ground,\u201d the Colombian minister told reporters, adding that a second "
    "round would take place next month in Caracas.</p></article></body></html>"
)


@pytest.fixture(autouse=True)
def two_languages(monkeypatch):
    """Detect English and Spanish only: loads a third of lingua's models (seconds per process, workers included)."""
    monkeypatch.setenv("DETENTE_LANGUAGES", "en,es")


def article_html(n: int) -> str:
    """A distinct small article (different content, so a different id)."""
    return ARTICLE_HTML.replace("three-hour", f"{n + 2}-hour")


def write_warc(path, records, gzip: bool) -> None:
    """records: (url, content type, body bytes, HTTP status)."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, content_type, body, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


class Site:
    """Pages served by the local server, and the User-Agent headers it saw."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.user_agents: list[str] = []
        self.requested: list[str] = []  # paths, in order
        self.base = ""
        self.stalled = threading.Event()  # set when a client reaches a stalling page
        self.stall_paths: set[str] = set()

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.pages[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base + path


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            state.user_agents.append(self.headers.get("User-Agent", ""))
            state.requested.append(self.path)
            if self.path == "/slow":  # never answers in time
                time.sleep(3)
            if self.path in state.stall_paths:  # hold the client until the test is done with it
                state.stalled.set()
                time.sleep(20)
            if self.path == "/drip":  # answers, then trickles bytes forever
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    for _ in range(30):
                        self.wfile.write(b"<p>x</p>")
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:
                    pass
                return
            status, content_type, body = state.pages.get(self.path, (404, "text/plain", b"not found"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
