"""A real `detente ingest` process interrupted with Ctrl-C mid-run resumes without loss or duplicates."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb

from .conftest import article_html

FEED_ITEM = "<item><title>Story {n}</title><link>{base}/news/{n}</link></item>"


def stored_ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [row[0] for row in con.execute("SELECT id FROM documents").fetchall()]
    finally:
        con.close()


def default_ctrl_c() -> None:
    """Ctrl-C in a terminal always reaches the command; a test run started in the background (``make test &``)
    would hand its children an ignored SIGINT, so restore the default before the CLI starts."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_keeps_finished_documents_and_a_rerun_resumes(site, tmp_path):
    for n in range(1, 7):
        site.add(f"/news/{n}", article_html(n))
    items = "".join(FEED_ITEM.format(n=n, base=site.base) for n in range(1, 7))
    feed = site.add("/feed.xml", f"<rss version='2.0'><channel>{items}</channel></rss>", "application/rss+xml")
    site.stall_paths.add("/news/6")  # the run hangs on the last entry: documents 1-5 are finished by then
    db = tmp_path / "s.duckdb"
    detente = str(Path(sys.executable).with_name("detente"))
    command = [detente, "ingest", feed, "--db", str(db), "--extract-only", "--batch-size", "2", "--timeout", "60"]
    env = {**os.environ, "DETENTE_LANGUAGES": "en,es"}
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                           preexec_fn=default_ctrl_c)
    try:
        assert site.stalled.wait(120), "the ingest never reached the stalling entry"
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=60)
    finally:
        run.kill()
    assert run.returncode == 130, err
    assert "interrupted" in err
    first = stored_ids(db)
    assert len(first) == 5  # two full batches and the partial one were committed on Ctrl-C

    site.stall_paths.clear()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "stored 1, skipped 5" in done.stdout
    final = stored_ids(db)
    assert len(final) == len(set(final)) == 6 and set(first) <= set(final)
