"""'Chechen villages', 'Kurdish villages', 'a Serb village': settlements named after their community stand for its
people (CVL), as the object of a raid or shelling; a bare 'villages' or 'three villages' is only a place."""
from __future__ import annotations

from spacy.tokens import Span

SETTLEMENT_TITLES = {"village", "villages"}


def is_bare_settlement(titles: set[str], span: Span) -> bool:
    """The phrase is headed by a settlement word and names nobody: no capitalised community or town name in it
    ("Chechen villages", "the village of Samashki" stay)."""
    if not titles or not titles <= SETTLEMENT_TITLES:
        return False
    return not any(t.i != span.root.i and t.text[:1].isupper() and t.pos_ in {"PROPN", "ADJ"} for t in span)
