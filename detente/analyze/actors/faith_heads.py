"""The head of a religion named by title alone ("the Pope said", "the pontiff", "the Holy Father"): one person, the
listed holder of that office on the text's date, in the country the office belongs to (the Pope: VAT, as PLOVER and
CAMEO code the Holy See), never the country of the story around him ("the Pope in Cuba"). faith_heads.tsv."""
from __future__ import annotations

from functools import lru_cache

from detente.knowledge.actors import ActorKnowledge
from detente.knowledge.actors.normalize import phrase_key
from detente.knowledge.actors.tables import HERE, read_tsv

DETERMINERS = {"the", "a", "el", "al", "del"}


@lru_cache(maxsize=1)
def faith_titles() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(lang, title key) → (role, country, sector)."""
    return {(row["lang"], phrase_key(row["title"])): (row["role"], row["country"], row["sector"])
            for row in read_tsv(HERE / "faith_heads.tsv")}


def faith_head(phrase, code, kb: ActorKnowledge, lang: str, date: str):
    """The code of a bare religious head's title (an ActorCode like ``code``), or None when ``phrase`` is no such
    title: a listed person, a plural, a title qualified before it ("Coptic Pope") or by "of" after it."""
    from detente.analyze.actors.coding import ActorCode

    if code.entity_id or not code.titles or code.kind not in {"group", "person"}:
        return None
    offices = {faith_titles().get((lang, title)) for title in code.titles}
    if len(offices) != 1 or None in offices:
        return None
    role, country, sector = offices.pop()
    doc = phrase.doc
    titled = [u for u in phrase.units if (lang, phrase_key(u.text)) in faith_titles()]
    if len(titled) != 1:
        return None
    title, names = titled[0], [u for u in phrase.units if u is not titled[0]]
    if any(t.lower_ not in DETERMINERS for t in doc[phrase.start:title.start]):
        return None  # "Coptic Pope", "the Egyptian pope"
    if title.end < len(doc) and doc[title.end].lower_ in {"of", "de"}:
        return None  # "the Pope of Alexandria"
    holder = _holder(kb, role, date)
    if names and (holder is None or any(u.start < title.start or u.entries or phrase_key(u.text) not in
                                        phrase_key(holder.name) for u in names)):
        return None  # "Pope John Paul" in 1998 is the holder; another name is someone else
    if holder is None:
        return ActorCode(code.name, country, sector, "person", titles=set(code.titles), title_kind="person")
    term = next(t for t in holder.terms if t.role == role and t.active(date))
    return ActorCode(holder.name, term.country or country, term.sector or sector, "person", holder.id,
                     role=term.describe(), gender=holder.gender, titles=set(code.titles))


def _holder(kb: ActorKnowledge, role: str, date: str):
    """The one listed person holding ``role`` on ``date`` (None when none or several)."""
    holders = [e for e in kb.entities.values() if e.kind == "person"
               and any(t.role == role and t.active(date) for t in e.terms)]
    return holders[0] if len(holders) == 1 else None
