"""A real store (Documents through detente.store, clustered) served by a real uvicorn server on a free port."""
from __future__ import annotations

import importlib.util
import socket
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import duckdb
import httpx
import pytest
import uvicorn

from detente.relations.clusters import cluster_store
from detente.serve.app import create_app

MONTHS = [f"2025-{m:02d}" for m in range(1, 13)] + ["2026-01", "2026-02", "2026-03", "2026-04"]
MALICIOUS = ('The United States warned Colombia <script>window.__pwned = 1</script> and '
             '<img src=x onerror="window.__pwned = 2"> about the deal.')


def _docbuilder():
    path = Path(__file__).parents[1] / "relations" / "docbuilder.py"
    spec = importlib.util.spec_from_file_location("detente_test_docbuilder", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve_documents(b) -> list:
    """USA–COL: conflict through January 2026, cooperation from February 2026; quotes; places; RUS–VEN; one hostile text."""
    bogota = b.Place(name="Bogotá", country="COL", lat=4.61, lon=-74.08)
    washington = b.Place(name="Washington", country="USA", lat=38.9, lon=-77.04)
    docs = []
    for i, month in enumerate(MONTHS):
        if month >= "2026-02":
            sentence = "The United States agreed with Colombia on a new aid package."
            etype, trigger, score, place = "AGREE", "agreed", 4.0 + (i % 3) * 0.5, washington
            said = "This is a new chapter for our two nations"
        else:
            sentence = "The United States threatened Colombia with tariffs over drugs."
            etype, trigger, score, place = "THREATEN", "threatened", -5.0 + (i % 3) * 0.5, bogota
            said = "We will not accept these threats"
        text = f"{sentence}\n\n\"{said},\" the minister said."
        event = b.make_event(text, sentence, trigger, "USA", "COL", etype, score, date=f"{month}-10", location=place)
        quote = b.make_quote(text, said, "Luis Gilberto Murillo", "COL", tone=2.0 if month >= "2026-02" else -3.0)
        docs.append(b.make_document(f"doc{i:02d}", text, f"{month}-12", [event], site=f"outlet{i % 3}",
                                    url=f"https://outlet{i % 3}.example/news/{i}", quotes=[quote]))
    # The same February story from another outlet: one event cluster, two sources.
    first = docs[13]
    docs.append(b.make_document("dup13", first.article.text + " More soon.", "2026-02-12",
                                [b.make_event(first.article.text, first.events[0].evidence.sentence, "agreed", "USA", "COL",
                                              "AGREE", 4.0, date="2026-02-10")],
                                site="wire", url="https://wire.example/a"))
    text = "Russia signed an agreement with Venezuela on oil exploration."
    docs.append(b.make_document("ruven", text, "2026-01-20",
                                [b.make_event(text, text, "signed", "RUS", "VEN", "AGREE", 5.0, date="2026-01-20",
                                              location=b.Place(name="Caracas", country="VEN", lat=10.49, lon=-66.88))]))
    docs.append(b.make_document("evil", MALICIOUS, "2026-03-15",
                                [b.make_event(MALICIOUS, MALICIOUS, "warned", "USA", "COL", "THREATEN", -2.0, date="2026-03-15")],
                                site="<b>evil</b>", url="javascript:window.__pwned=3", title="<script>window.__pwned=4</script>"))
    return docs


@pytest.fixture(scope="session")
def store_file(tmp_path_factory) -> str:
    b = _docbuilder()
    path = b.write_store(tmp_path_factory.mktemp("serve") / "serve.duckdb", serve_documents(b))
    con = duckdb.connect(path)
    cluster_store(con)
    con.close()
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn in a thread, as `detente serve` runs it."""

    def __init__(self, app) -> None:
        self.app = app
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(store_file):
    app = create_app(store_file)
    with LiveServer(app) as live:
        yield live
    app.state.store.close()


@pytest.fixture(scope="session")
def live_server():
    """The LiveServer class and free_port, for tests that start their own server or process."""
    return SimpleNamespace(LiveServer=LiveServer, free_port=free_port)


@pytest.fixture(scope="session")
def api(server):
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client
