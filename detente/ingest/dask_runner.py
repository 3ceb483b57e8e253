"""process() on a Dask cluster: the same pure per-document job as the worker pool, scheduled by Dask.

``address`` "local" starts a LocalCluster of ``workers`` single-threaded processes; anything else is the address
of a running scheduler (tcp://host:8786). Callers must run under an ``if __name__ == "__main__"`` guard.
"""
from __future__ import annotations

import logging
from collections import deque
from typing import Iterable, Iterator

from detente.model import Document, RawDocument, Reject

# glibc returns freed memory to the OS too eagerly under the nanny's default: parsing then runs ~65% slower.
MALLOC_TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
IN_FLIGHT_PER_WORKER = 8


def process_with_dask(items: Iterable[RawDocument | Reject], job, workers: int, address: str = "local") -> Iterator[Document | Reject]:
    """``job`` over every document on Dask, in input order (Rejects pass through), a bounded window in flight."""
    import dask
    from dask.distributed import Client, LocalCluster

    from detente.ingest.runner import run_job

    dask.config.set({MALLOC_TRIM: 1 << 30})
    logging.getLogger("distributed").setLevel(logging.ERROR)  # nanny chatter on shutdown is not the user's concern
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    window: deque = deque()
    try:
        capacity = max(1, len(client.scheduler_info().get("workers", {})) or workers) * IN_FLIGHT_PER_WORKER
        for item in items:
            window.append(item if isinstance(item, Reject) else client.submit(run_job, job, item, pure=False))
            if len(window) >= capacity:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())
    finally:
        for entry in window:
            if not isinstance(entry, Reject):
                entry.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _result(entry) -> Document | Reject:
    return entry if isinstance(entry, Reject) else entry.result()
