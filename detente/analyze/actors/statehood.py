"""The state an actor belongs to on the text's date, once its country is known: a state that did not yet exist
is the territory of the state it then was (Kosovo in 1999 is Serbia), and settlers of a settled territory are
citizens of the settling state (PLOVER codes a group by the state it is in or fights)."""
from __future__ import annotations

from detente.knowledge.actors.words import dated_states, settled_territories, settler_words


def state_on_date(country: str | None, date: str | None) -> str | None:
    """'XKX' before 2008-02-17 is 'SRB' (dated_states.tsv); any other code is itself."""
    before = dated_states().get(country) if country and date else None
    return before[0] if before and date < before[1] else country


def settlers_state(country: str | None, titles: set[str]) -> str | None:
    """'Jewish settlers in Hebron' (PSE, titled "settlers") are of ISR (settled_territories.tsv)."""
    if country in settled_territories() and titles & settler_words():
        return settled_territories()[country]
    return country


def assign_states(drafts: list, date: str | None) -> None:
    """Last step of resolution: each draft's country is the state it belongs to on the date."""
    for draft in drafts:
        code = draft.code
        if code.country is None:
            continue
        code.country = state_on_date(settlers_state(code.country, code.titles), date)
