"""Armed men of a people in revolt: "Chechen fighters" (1996) or "Kashmiri militants" are rebels (REB), not the
state's army (MIL) or an unnamed armed group (UAF), while that people's insurgency lasts (insurgent_peoples.tsv)."""
from __future__ import annotations

from functools import lru_cache

from detente.analyze.actors.bodies import ARMED_HEADS
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.tables import HERE, read_tsv

LOYAL_PREFIXES = ("pro-", "pro ")  # "pro-Moscow Chechen fighters" fight for the state


@lru_cache(maxsize=1)
def insurgent_peoples() -> dict[str, list[tuple[str, str]]]:
    """Demonym key → (start, end) spans of its people's insurgency (end '9999' when open)."""
    spans: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv(HERE / "insurgent_peoples.tsv"):
        spans.setdefault(phrase_key(row["name"]), []).append((row["start"], row["end"] or "9999"))
    return spans


def insurgent_sector(texts: list[str], sector: str | None, date: str) -> str | None:
    """REB for an armed body noun after a people in revolt at the date, else the sector unchanged. ``texts`` are the
    words of the phrase before its head noun."""
    if sector not in ARMED_HEADS or any(t.lower().startswith(LOYAL_PREFIXES) for t in texts):
        return sector
    spans = insurgent_peoples()
    for size in (2, 1):
        for i in range(len(texts) - size + 1):
            key = phrase_key(" ".join(texts[i:i + size]))
            if any(start <= date < end for start, end in spans.get(key, ())):
                return "REB"
    return sector
