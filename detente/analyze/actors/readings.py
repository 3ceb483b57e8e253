"""What the knowledge-base readings of a phrase's units say: the countries they name and the entities they
may be (shared by the phrase coder, the body rules and the name lookups)."""
from __future__ import annotations

from detente.analyze.actors.matcher import Lexicon, Unit
from detente.knowledge.actors import Entry, KnownEntity

COUNTRY_KINDS = ("country", "capital", "demonym", "city", "region", "ethnic")


def _entity_entries(unit: Unit, prefix: str) -> list[Entry]:
    return [e for e in unit.entries if e.kind == "entity" and e.value.startswith(prefix)]


def _has_entity(unit: Unit, prefix: str) -> bool:
    """Whether ``_entity_entries`` would find any, without building the list (asked for every unit)."""
    for entry in unit.entries:
        if entry.kind == "entity" and entry.value.startswith(prefix):
            return True
    return False


def _countries(units: list[Unit], places: list[Unit] = ()) -> list[tuple[str, str]]:
    """(iso3, kind) for every unit that names a country, best reading per unit; units naming an entity count
    only when read as the place (``places``)."""
    found: list[tuple[str, str]] = []
    for unit in units:
        if _has_entity(unit, "") and unit not in places:
            continue
        for kind in COUNTRY_KINDS:
            entry = unit.first(kind)
            if entry is not None:
                found.append((entry.value, kind))
                break
    return found


def _pick_entity(lexicon: Lexicon, entries: list[Entry], country: str | None, date: str,
                 preferred: frozenset[str], places: frozenset[str] = frozenset()) -> KnownEntity | None:
    """Among entities sharing an alias: one already in the document, else the phrase's country, else the country of
    a place its sentence names (``places``: "Baath party officials fled Basra"), else in office."""
    entities = [lexicon.kb.entities[e.value] for e in entries if e.value in lexicon.kb.entities]
    if not entities:
        return None

    def score(entity: KnownEntity) -> tuple:
        term, former = entity.term_at(date)
        return (
            entity.id in preferred,
            country is not None and any(t.country == country for t in entity.terms),
            any(t.country in places for t in entity.terms),
            term is not None and term.active(date),
            not former,
        )

    return max(entities, key=score)
