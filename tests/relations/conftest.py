"""Fixtures of the relation tests: real stores built from Documents (see docbuilder.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest


def load_docbuilder():
    """Import docbuilder.py by path (test folders are not packages; the serve tests share it)."""
    spec = importlib.util.spec_from_file_location("detente_test_docbuilder", Path(__file__).with_name("docbuilder.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build():
    """Builders for test documents and stores."""
    b = load_docbuilder()
    return SimpleNamespace(article=b.make_article, event=b.make_event, document=b.make_document, write=b.write_store,
                           Place=b.Place, quote=b.make_quote)
