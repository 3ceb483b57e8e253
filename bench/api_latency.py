"""API latency on a synthetic store: p50/p95 of the dyad-series and event-list endpoints through the real server.

Usage:  .venv/bin/python bench/api_latency.py [--events 1000000] [--requests 200] [--keep FILE]

The store is generated with DuckDB SQL (no NLP): documents, events with skewed country pairs over three years,
PLOVER types and scores, places and evidence sentences; then `detente serve` runs in a subprocess and this
script times sequential HTTP requests with httpx (goal: p95 < 50 ms).
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detente.relations.ddl import relations_schema_sql  # noqa: E402
from detente.relations.dyad_index import build_dyad_index  # noqa: E402
from detente.store.database import schema_sql  # noqa: E402

COUNTRIES = ["USA", "COL", "VEN", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "MEX", "BRA", "ARG", "FRA", "DEU", "GBR",
             "TUR", "SYR", "IND", "PAK", "AFG", "ECU", "PER", "CHL", "CUB", "NIC", "JPN", "KOR", "PRK", "SAU", "EGY",
             "NGA", "ZAF", "ETH", "SDN", "YEM", "IRQ", "LBN", "POL", "ESP", "ITA"]
TYPES = [("AGREE", 5.0), ("CONSULT", 3.0), ("SUPPORT", 4.0), ("CONCEDE", 3.5), ("COOPERATE", 5.0), ("AID", 6.0),
         ("RETREAT", 2.0), ("REQUEST", 1.0), ("ACCUSE", -3.0), ("REJECT", -3.5), ("THREATEN", -5.0), ("PROTEST", -4.0),
         ("SANCTION", -6.0), ("MOBILIZE", -5.5), ("COERCE", -7.0), ("ASSAULT", -9.0)]


def build_store(path: str, events: int) -> float:
    """Generate the synthetic store with set-based SQL; returns seconds taken."""
    started = time.perf_counter()
    con = duckdb.connect(path)
    countries = ", ".join(f"'{c}'" for c in COUNTRIES)
    types = ", ".join(f"{{'t': '{t}', 's': {s}}}" for t, s in TYPES)
    documents = max(1, events // 4)
    con.execute(f"""
        CREATE TEMP TABLE gen AS
        WITH base AS (
            SELECT i AS drawn,
                   -- skewed country choice: low indexes (USA, COL, ...) are much more frequent
                   [{countries}][1 + least(39, floor(pow(random(), 2.2) * 40))::INT] AS a,
                   [{countries}][1 + least(39, floor(pow(random(), 1.6) * 40))::INT] AS b_drawn,
                   [{types}][1 + floor(random() * 16)::INT] AS t,
                   DATE '2024-01-01' + floor(random() * 1095)::INT AS day,
                   random() < 0.6 AS located, random() AS r
            FROM range({events}) r(i))
        -- numbered by day: article i // 4 (published on its events' day) reports events i..i+3, as in a real store
        SELECT row_number() OVER (ORDER BY day, drawn) - 1 AS i, *,
               CASE WHEN b_drawn <> a THEN b_drawn WHEN a = 'USA' THEN 'COL' ELSE 'USA' END AS b
        FROM base ORDER BY day""")
    con.execute(schema_sql())
    con.execute(relations_schema_sql())
    con.execute(f"""
        INSERT INTO documents (id, url, title, published, published_inferred, authors, language, site, source,
                               sections, captions, text, ingested_at)
        SELECT printf('%016x', i), 'https://outlet' || (i % 500) || '.example/' || i, 'Synthetic article ' || i,
               DATE '2024-01-01' + (i * 1095 // {documents})::INT, false, [], 'en', 'outlet' || (i % 500), 'synthetic',
               [], [], 'Synthetic article text ' || i, now()
        FROM range({documents}) r(i)""")
    con.execute(f"""
        INSERT INTO events (id, doc_id, event_id, type, mode, contexts, date, date_text, date_precision, day,
            location_name, location_country, location_lat, location_lon, location_geonameid,
            negated, hypothetical, future, historical, score, confidence, tone, sentence, sentence_start, sentence_end,
            trigger_start, trigger_end, source_span_start, source_span_end, target_span_start, target_span_end,
            source_actor_id, source_name, source_country, source_sector, target_actor_id, target_name, target_country,
            target_sector, source_url, published, source_countries, target_countries)
        SELECT printf('%016x', i // 4) || '-' || (i % 4), printf('%016x', i // 4), (i % 4)::INT, t.t, NULL, [], day, NULL, 'day', day,
               CASE WHEN located THEN 'Place ' || (i % 997) END, CASE WHEN located THEN b END,
               CASE WHEN located THEN -50 + r * 110 END, CASE WHEN located THEN -170 + ((i * 7919) % 3400) / 10.0 END, NULL,
               r < 0.03, r > 0.98, false, false, t.s + (r - 0.5) * 2, 0.5 + r / 2, (r - 0.5) * 8,
               a || ' ' || lower(t.t) || 's ' || b || ' over the matter number ' || i || '.', 0, 60, 4, 10, 0, 3, 12, 15,
               'A1', a || ' government', a, 'GOV', 'A2', b || ' government', b, 'GOV',
               'https://outlet' || ((i // 4) % 500) || '.example/' || (i // 4),
               DATE '2024-01-01' + ((i // 4) * 1095 // {documents})::INT,  -- the article's publication date
               [a], [b]
        FROM gen""")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc): load-independent cost of the requests it served."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_requests(client: httpx.Client, urls: list[str]) -> list[float]:
    timings = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
        timings.append(elapsed)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per endpoint")
    parser.add_argument("--keep", help="write the store here and keep it (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: time an existing store there instead of rebuilding it")
    parser.add_argument("--no-dyad-index", action="store_true", help="skip the dyad_events table `detente cluster` builds")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.keep or os.path.join(tmp.name, "bench.duckdb")
    reuse = bool(args.reuse and args.keep and os.path.exists(path))
    if reuse:
        print(f"reusing the store {path} ({os.path.getsize(path) / 1e6:.0f} MB)")
    else:
        if os.path.exists(path):
            os.remove(path)
        seconds = build_store(path, args.events)
        size_mb = os.path.getsize(path) / 1e6
        print(f"synthetic store: {args.events:,} events, {max(1, args.events // 4):,} documents, {size_mb:.0f} MB, built in {seconds:.1f} s")
    if not args.no_dyad_index and not reuse:
        started = time.perf_counter()
        con = duckdb.connect(path)
        rows = build_dyad_index(con)
        con.close()
        print(f"dyad index (as `detente cluster` builds it): {rows:,} rows in {time.perf_counter() - started:.1f} s")

    con = duckdb.connect(path, read_only=True)
    dyads = con.execute("""SELECT least(source_country, target_country) || '-' || greatest(source_country, target_country), count(*)
                           FROM events GROUP BY 1 ORDER BY 2 DESC""").fetchall()
    con.close()
    rng = random.Random(7)
    top = [d for d, _ in dyads[:20]]
    spread = [d for d, _ in dyads[:: max(1, len(dyads) // 50)]]
    print(f"dyads: {len(dyads)}; busiest {dyads[0][0]} with {dyads[0][1]:,} events, median {dyads[len(dyads) // 2][1]:,}")

    port = free_port()
    executable = Path(sys.executable).with_name("detente")
    server = subprocess.Popen([str(executable), "serve", "--db", path, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    client.get("/api/health")
                    break
                except httpx.HTTPError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit(f"server did not start: {server.stderr.read().decode()[-2000:]}")
                    time.sleep(0.2)
            n = args.requests
            suites = {
                "baseline: HTTP stack only (cached countries)": ["/api/countries" for _ in range(n)],
                "dyad series, monthly, busiest 20 dyads": [f"/api/dyads/{rng.choice(top)}/series?freq=month" for _ in range(n)],
                "dyad series, weekly + turning points, any dyad": [f"/api/dyads/{rng.choice(spread)}/series?freq=week&turning=true" for _ in range(n)],
                "events list, dyad filter, 50 newest": [f"/api/events?dyad={rng.choice(top)}&limit=50" for _ in range(n)],
                "events list, dyad + one month": [
                    f"/api/events?dyad={rng.choice(top)}&from=2025-{m:02d}-01&to=2025-{m:02d}-28&limit=50"
                    for m in (rng.randint(1, 12) for _ in range(n))],
                "events list, no filter, page 1..20": [f"/api/events?limit=50&offset={50 * rng.randint(0, 19)}" for _ in range(n)],
                "events list, type + bbox": ["/api/events?type=SANCTION,ASSAULT&bbox=-20,0,40,40&limit=50" for _ in range(n)],
                "events list, text search": [f"/api/events?q=matter+number+{rng.randint(1, 999)}&limit=50" for _ in range(n)],
            }
            for urls in suites.values():  # warm-up: first queries load column segments from disk
                time_requests(client, urls[:5])
            print(f"\nload average before timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            print(f"\n{'endpoint':<48}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'server CPU ms/req':>19}")
            goal = []
            for name, urls in suites.items():
                cpu_before = cpu_seconds(server.pid)
                timings = time_requests(client, urls)
                cpu_per_request = (cpu_seconds(server.pid) - cpu_before) * 1000 / len(urls)
                p95 = percentile(timings, 95)
                print(f"{name:<48}{len(timings):>5}{statistics.median(timings):>9.1f}{p95:>9.1f}"
                      f"{percentile(timings, 99):>9.1f}{max(timings):>9.1f}{cpu_per_request:>19.1f}")
                if not name.endswith("text search") and "type + bbox" not in name and not name.startswith("baseline"):
                    goal.append((name, p95))
            worst = max(goal, key=lambda item: item[1])
            verdict = "met" if worst[1] < 50 else "NOT met"
            print(f"\ngoal p95 < 50 ms for dyad-series and event-list endpoints: {verdict} (worst: {worst[0]}, {worst[1]:.1f} ms)")
            print(f"load average after timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
                  "(wall times on a busy machine include waiting for a core; server CPU ms/req does not)")
    finally:
        server.terminate()
        server.wait(timeout=10)
        tmp.cleanup()


if __name__ == "__main__":
    main()
