"""A named armed group whose name holds a state's armed-body word ("the Army of Islam", "the Army of the
Righteous", "the Army of God"): a capitalised "Army"/"Brigade"/"Legion" followed by "of" and a capitalised name that
is no place or state is that group, a non-state armed group (REB), not the army of the country around it. A state's
army named so ("the Army of the Republic of Vietnam", "the Army of Northern Virginia") keeps its code."""
from __future__ import annotations

ARMED_BODY_WORDS = {"army", "brigade", "brigades", "legion"}
STATE_SECTORS = {"MIL"}
PLACE_KINDS = {"country", "demonym", "capital", "city", "region", "world_region", "entity"}


def named_army(phrase, code):
    """The code of a named non-state army (an ActorCode like ``code``), or None."""
    if code.sector not in STATE_SECTORS or code.entity_id or code.kind != "group":
        return None
    doc = phrase.doc
    for i in range(phrase.start, min(phrase.end, len(doc)) - 2):
        word, of, name = doc[i], doc[i + 1], doc[i + 2]
        if name.lower_ == "the" and i + 3 < phrase.end:
            name = doc[i + 3]
        if word.lower_ in ARMED_BODY_WORDS and word.text[:1].isupper() and of.lower_ == "of" \
                and name.text[:1].isupper() and not _place_after(phrase, of.i):
            return type(code)(code.name, code.country, "REB", "group", titles=set(code.titles), title_kind="group",
                              country_from_context=code.country_from_context)
    return None


def _place_after(phrase, of_index: int) -> bool:
    """A unit after the "of" names a place, state or known body ("of the Republic of Vietnam", "of Northern Virginia")."""
    return any(u.start > of_index and any(e.kind in PLACE_KINDS for e in u.entries) for u in phrase.all_units())
