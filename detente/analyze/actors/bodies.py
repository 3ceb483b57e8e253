"""Bodies in a phrase: whose they are ("Ukraine's Ministry of Defence", "the government of Daniel Ortega"),
which sector their modifiers give a role ("rebel leader", "police chief"), who backs them, and whether a city
beside them is the place itself ("Brussels police")."""
from __future__ import annotations

from detente.analyze.actors.backing import backs, is_backer
from detente.analyze.actors.matcher import ORG_LABELS, Lexicon, Unit, token_texts
from detente.analyze.actors.phrases import Phrase, is_person
from detente.analyze.actors.readings import _countries, _entity_entries, _has_entity, _pick_entity
from detente.knowledge.actors import Entry, body_nouns, collective_nouns, generic_roles
from detente.knowledge.actors.normalize import phrase_key


def _unknown_owned_body(phrase: Phrase, units: list[Unit]) -> Unit | None:
    """An ORG name no list knows, right after a possessive country, whose last word names a body ("Iraq's
    Counter-Terrorism Service"; not "Canada's TRQ" nor "Canada's Trade Agreement")."""
    texts, keys = token_texts(phrase.doc)
    for before, unit in zip(units, units[1:]):
        if not unit.entries and unit.label in ORG_LABELS and before.first("country") is not None \
                and unit.start - before.end == 1 and texts[before.end] in {"'s", "’s"} \
                and keys[unit.end - 1] in body_nouns():
            return unit
    return None


def _owned_by_person_after(phrase: Phrase, group: Unit, person: Unit) -> bool:
    """'the government of Daniel Ortega', 'el régimen de Maduro': a body, of/de, then whose it is."""
    texts, _ = token_texts(phrase.doc)
    return group.end <= person.start and any(t.lower() in {"of", "de", "del"} for t in texts[group.end:person.start])


def _backers(phrase: Phrase, units: list[Unit]) -> tuple[str, ...]:
    """Countries named as supporters of the actor ("Iranian-backed", "pro-Russian")."""
    found = _countries([u for u in units if backs(phrase.doc, u)]) if any(
        u.kinds() & {"country", "demonym"} for u in units) else []
    return tuple(dict.fromkeys(iso3 for iso3, _ in found))


STATE_LEVEL_SECTORS = {"GOV", "LEG", "JUD", "MIL", "SPY"}
MUNICIPAL_WORDS = {"mayor", "mayors", "city council", "city hall", "municipality", "city authorities"}


def _local_place(unit: Unit, head: tuple[Entry, Unit] | None) -> bool:
    """A city whose name also stands for a body ("Brussels" for the EU) is the city itself beside local agent
    words: "Brussels police", "Brussels residents", "the mayor of Brussels" (not "Brussels officials")."""
    if head is None or head[1] is unit or not (unit.first("capital") or unit.first("city")):
        return False
    return head[0].value not in STATE_LEVEL_SECTORS or phrase_key(head[1].text) in MUNICIPAL_WORDS


ADJECTIVAL_AGENTS = {"national", "nationals"}  # "the president of the National Foundation" is no citizen


def _body_sector(phrase: Phrase, head: tuple[Entry, Unit], lexicon: Lexicon, date: str,
                 preferred: frozenset[str]) -> str | None:
    """The sector of the body a generic role word belongs to: 'rebel leader', 'police chief', 'Hamas
    commander', 'líder rebelde', 'jefe de la policía'; the nearest modifier (before it in English, after it in
    Spanish, then the other side). None when the role stands alone or only a country qualifies it."""
    unit = head[1]
    key = phrase_key(unit.text)
    units = [u for u in phrase.units if u is not unit and not is_person(u)]
    before = [u for u in units if u.end <= unit.start][::-1]
    after = [u for u in units if u.start >= unit.end]
    if key not in generic_roles().get(lexicon.lang, ()):
        if lexicon.lang != "en" or not (head[0].value in ARMED_HEADS or key in collective_nouns()):
            return None
        # A body noun with a sector of its own ("soldiers", "army", "movement") modified by an agent word:
        # 'insurgent movement' REB; armed bodies only change for non-state armed modifiers ('rebel soldiers',
        # 'guerrilla army', 'opposition forces' = armed opposition, REB) or the police ('police commandos' COP),
        # so 'government forces' stay MIL;
        # gunmen named by their group are no longer unidentified ('Hamas militants' REB, 'cartel gunmen' CRM).
        found = _modifier_sector(before, lexicon, date, preferred)
        if found is None and head[0].value == "UAF":  # "the militant group Hamas": the group named after it
            found = next((_unit_sector(u, lexicon, date, preferred) for u in after if _has_entity(u, "O:")), None)
        return ARMED_MODIFIERS.get(found) if head[0].value in ARMED_HEADS else found
    for other in (after + before if lexicon.lang == "es" else before + after):
        if not _names_a_place(other) and (sector := _unit_sector(other, lexicon, date, preferred)):
            return sector
    return None


def _modifier_sector(before: list[Unit], lexicon: Lexicon, date: str, preferred: frozenset[str]) -> str | None:
    """The sector of the agent or body word right before a head noun (countries skipped), or None."""
    other = next((unit for unit in before if not _names_a_place(unit)), None)
    return _unit_sector(other, lexicon, date, preferred) if other is not None else None


def _names_a_place(unit: Unit) -> bool:
    return any(e.kind in {"country", "demonym", "capital", "city", "region"} for e in unit.entries)


def _unit_sector(unit: Unit, lexicon: Lexicon, date: str, preferred: frozenset[str]) -> str | None:
    """The sector an organization or agent word gives (at the date), or None."""
    orgs = _entity_entries(unit, "O:")
    if orgs:
        entity = _pick_entity(lexicon, orgs, None, date, preferred)
        term = entity.term_at(date)[0] if entity else None
        return term.sector if term is not None else None
    agent = next((e for e in unit.entries if e.kind == "agent" and e.detail in {"group", "person", "head"}), None)
    return agent.value if agent is not None and phrase_key(unit.text) not in ADJECTIVAL_AGENTS else None


# armed body nouns: only a non-state armed modifier or a people in revolt (insurgents.py) changes their sector
ARMED_HEADS = {"MIL", "UAF"}
# non-state armed bodies, and the police: the last body noun decides ("police commandos", "police troops" are police)
ARMED_MODIFIERS = {"REB": "REB", "UAF": "UAF", "CRM": "CRM", "PRM": "PRM", "OPP": "REB", "COP": "COP"}


def _owner_country(phrase: Phrase, unit: Unit, lexicon: Lexicon) -> str | None:
    """The country a named body is said to belong to: 'of Ukraine' after it, or "Ukraine's" right before it."""
    for other in phrase.units:
        if other.start >= unit.end and other.first("country") is not None:
            return other.first("country").value
    before = [u for u in phrase.units if u.end <= unit.start]
    if before and (before[-1].first("country") or before[-1].first("demonym")):
        gap = phrase.doc[before[-1].end:unit.start]
        entry = before[-1].first("country") or before[-1].first("demonym")
        if len(gap) >= 1 and gap[0].text in {"'s", "’s"}:
            return entry.value
    if before and before[-1].end == unit.start and not _has_entity(before[-1], "") and not is_backer(phrase.doc, before[-1]):
        entry = before[-1].first("capital") or before[-1].first("city") or before[-1].first("country") \
            or before[-1].first("demonym")
        if entry is not None:
            # "Seoul Metropolitan Police", "the Kenyan House of Representatives": that place's own body of a name
            # another country's body has
            return entry.value
    return None
