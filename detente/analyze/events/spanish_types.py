"""Spanish type rules on top of the shared ones (coder.py asks them for Spanish sentences only)."""
from __future__ import annotations

ARMED_STATE = {"MIL", "COP"}


def spanish_retype(event_type: str, mode: str | None, sources: list) -> tuple[str, str | None]:
    """The (type, mode) the codebook gives an act by who did it: soldiers or police who block or occupy a place
    ("la policía bloqueó el centro de Belgrado", "los militares ocuparon el parlamento") restrict movement (PLOVER
    COERCE restrict: "cordoning off areas"); only civilians protest by blocking. Unchanged otherwise."""
    if event_type == "PROTEST" and mode == "obstruct" and sources and all(hit.actor.sector in ARMED_STATE for hit in sources):
        return "COERCE", "restrict"
    return event_type, mode
