"""Where an arrest or a court's act told without its doer happens, when its own sentence names no place: the country
of the case the article has just told. News copy names the court, the prosecutors or the place once and goes on in
the passive ("Epstein died at a federal detention centre in Manhattan. The death, a month after he was arrested, ...";
"prosecutors charged Maxwell ... She was convicted"); the reader takes the arrest or the conviction to be that
country's.

The two sentences before are read for the places named as where something is ("in Manhattan"), and they and the act's
own sentence for the police, prosecutors and courts named with a country; an act whose own sentence names a place is
left to the caller. It is used only when it names
one country. An eviction or a deportation is not carried: it is often done by a state other than the one where the
evicted person is ("evicted from the Ecuadorean embassy in London").
"""
from __future__ import annotations

from typing import Callable

from detente.analyze.context import Analysis
from detente.model import Event

WINDOW = 2  # sentences back
LAW_SECTORS = {"COP", "JUD"}
NOT_COUNTRIES = {"IGO", "NGO", "UNO", "EUR", "IMG", "ISM", "MNC"}


def case_country(analysis: Analysis, event: Event, locative: Callable[[Analysis, int, int], bool]) -> str | None:
    """The one country that the act's sentence and the two before place something in, or whose police, prosecutors
    or courts they name; None when they name none or several. ``locative`` says whether a place mention is named as
    where (implied_sides' test)."""
    starts = analysis.sentence_offsets()
    here = analysis.sentence_index(event.evidence.trigger.start)
    if here < 0:
        return None
    low, own, high = starts[max(0, here - WINDOW)], starts[here], event.evidence.end
    if any(own <= p.start < high and locative(analysis, p.start, p.end) for p in analysis.places):
        return None  # a place in the act's own sentence is the caller's to weigh ("a senator in Haiti's parliament")
    found = {p.place.country for p in analysis.places if low <= p.start < own and p.place.country
             and p.place.country not in NOT_COUNTRIES and locative(analysis, p.start, p.end)}
    patients = {a.id for a in event.target}
    found |= {a.country for a in analysis.actors if a.sector in LAW_SECTORS and a.country and not a.country_inferred
              and a.country not in NOT_COUNTRIES and a.id not in patients  # "in prison" lends no country of its own
              and any(low <= m.start < high for m in a.mentions)}
    return found.pop() if len(found) == 1 else None
