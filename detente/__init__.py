"""Détente: political event data from the world's news, offline, with evidence.

    >>> import detente
    >>> doc = detente.analyze(text_or_html, published="2026-02-04")
    >>> doc.to_dict()["events"]
"""
from __future__ import annotations

from detente.model import Document

__version__ = "0.1.0"
__all__ = ["analyze", "Document", "__version__"]


def analyze(text_or_html: str | bytes, published: str | None = None, url: str | None = None) -> Document:
    """Extract and analyze one article given as plain text or HTML; nothing is stored."""
    from detente.process import document_from_input

    return document_from_input(text_or_html, published=published, url=url)
