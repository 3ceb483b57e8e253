"""A sentence's text read from its Doc's text, kept with the Doc: spaCy's ``Span.text`` joins every token of the span
on each call, and the per-event readings (teaser lines, contexts) ask for the same sentence's text again and again."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

TEXT_KEY = "detente_events_text"  # in Doc.user_data: (token count, Doc text), plain values: the Doc still serialises


def sentence_text(sent: SpacySpan) -> str:
    """``sent.text``: the slice of the Doc's text between the span's first and last characters."""
    doc = sent.doc
    cached = doc.user_data.get(TEXT_KEY)
    if not (isinstance(cached, tuple) and len(cached) == 2 and cached[0] == len(doc)):
        cached = (len(doc), doc.text)
        doc.user_data[TEXT_KEY] = cached
    return cached[1][sent.start_char : sent.end_char]
