"""A king, queen or monarch named by title alone ("the King said", "the monarch") reigns over a monarchy: the
context's republics ("ties with Ukraine") are no evidence of whose king he is (monarchies.txt)."""
from __future__ import annotations

from detente.knowledge.actors.words import monarch_ceremonies, monarchies

MONARCH_TITLES = {"king", "queen", "monarch", "emir", "sultan", "crown prince"}


def is_bare_monarch(code) -> bool:
    """A person or group known only by a monarch's title, with no country of its own."""
    return bool(code.titles & MONARCH_TITLES) and not code.entity_id


def monarchy_evidence(evidence: list, dominant: str | None) -> tuple[list, str | None]:
    """The evidence and dominant country kept to monarchies."""
    kept = monarchies()
    return [e for e in evidence if e.country in kept], dominant if dominant in kept else None


def ceremony_country(site) -> str | None:
    """The monarchy whose ceremony the mention's paragraph names ("the King's Speech" → GBR), else None."""
    text = site.parsed.doc.text
    return next((country for phrase, country in monarch_ceremonies().items() if phrase in text), None)
