"""DuckDB storage: schema, batch writer, reads and exports (schema documented in docs/schema.md)."""
from __future__ import annotations

from detente.store.database import DEFAULT_DB, Store, StoreError, open_existing
from detente.store.documents import read_document, read_documents

__all__ = ["DEFAULT_DB", "Store", "StoreError", "open_existing", "read_document", "read_documents"]
