"""Actors the actor layer left unresolved but an event argument names ("Tens of thousands of students throughout
Indonesia", "campesinos bolivianos"): the argument's noun phrase is coded with the actor layer's ``resolve_text``
and added as an actor when it names a country; sector-only groups ("los estudiantes", "workers") only as the
participants of a protest, whose actors PLOVER expects to be such groups."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.model import Actor, Mention

if TYPE_CHECKING:
    from detente.analyze.events.actor_lookup import ActorHit, Frame

PHRASE_DEPS = {"compound", "amod", "det", "nummod", "flat", "flat:name", "nn", "quantmod", "nmod", "case", "prep", "pobj"}
VAGUE_SECTORS = {None, "UNK"}
QUANTITY_PREPS = {"of", "de"}  # "thousands of students", "decenas de militantes": the group is in the complement


def fallback_actor(token: Token, frame: "Frame") -> list["ActorHit"]:
    """The actor named by the noun phrase headed by ``token`` when the actor layer resolved none there."""
    from detente.analyze.events.actor_lookup import ActorHit

    if token.pos_ not in {"NOUN", "PROPN"} and not (token.pos_ == "NUM" and any(c.dep_ == "nmod" or c.lower_ == "of" for c in token.children)):
        return []  # "Cientos de estudiantes" heads on the number
    first, last = _phrase(token)
    doc = token.doc
    if not frame.groups and not any(t.pos_ in {"PROPN", "ADJ"} for t in doc[first : last + 1]):
        return []  # no name or nationality word: no country to find (and a parse saved)
    text = doc[first : last + 1].text
    code = _code(text, frame.analysis.article.published, frame.lang)
    if code is not None and code.country is None:
        where = _located_in(token)
        if where is not None:  # "Opposition groups in Zimbabwe": the group's country from its location
            code = _code(text, frame.analysis.article.published, frame.lang, where)
    if code is None or (code.country is None and not (frame.groups and code.sector not in VAGUE_SECTORS)):
        return []
    start = frame.offset + doc[first].idx
    end = frame.offset + doc[last].idx + len(doc[last].text)
    actor = frame.analysis.actor_at(start, end)
    if actor is None:
        actor = _add_actor(frame, code, text, start, end)
    return [ActorHit(actor, start, end)]


def _phrase(token: Token) -> tuple[int, int]:
    """Token bounds of the phrase core: the head and its modifiers, no clauses or prepositional phrases."""
    members = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in PHRASE_DEPS and _inside(child, token):
                members.append(child)
                stack.append(child)
    while members and len(members) > 1 and min(members, key=lambda t: t.i).dep_ == "det":
        members.remove(min(members, key=lambda t: t.i))
    return min(t.i for t in members), max(t.i for t in members)


def _inside(child: Token, head: Token) -> bool:
    """Modifiers and of/de complements belong to the phrase; other prepositional phrases do not."""
    if child.dep_ == "prep":
        return child.lower_ in QUANTITY_PREPS and child.head == head
    cases = [c.lower_ for c in child.children if c.dep_ == "case"]
    if child.dep_ == "nmod" and cases:
        return cases[0] in QUANTITY_PREPS and child.head == head
    return child.dep_ != "case" or child.head != head


def _located_in(token: Token) -> str | None:
    """Text of an "in X" / "en X" complement of the phrase head."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "from"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return " ".join(t.text for t in objects[0].subtree)
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in {"en", "de"} for c in child.children):
            return " ".join(t.text for t in child.subtree if t.dep_ != "case")
    return None


@lru_cache(maxsize=4096)
def _code(text: str, date: str | None, lang: str, context: str | None = None):
    from detente.analyze.actors import resolve_text

    try:
        return resolve_text(text, date, lang, context=context)
    except Exception:  # noqa: BLE001 - a phrase the actor layer cannot code is simply no actor
        return None


def _add_actor(frame: "Frame", code, text: str, start: int, end: int) -> Actor:
    analysis = frame.analysis
    same = next((a for a in analysis.actors if (a.name, a.country, a.sector) == (code.name, code.country, code.sector)), None)
    if same is not None:
        same.mentions.append(Mention(text, start, end))
        same.mentions.sort(key=lambda m: (m.start, m.end))
        analysis.reindex_actors()
        return same
    numbers = [int(a.id[1:]) for a in analysis.actors if a.id[1:].isdigit()]
    actor = Actor(id=f"A{max(numbers, default=0) + 1}", text=text, name=code.name, country=code.country,
                  sector=code.sector, role=code.role, mentions=[Mention(text, start, end)])
    analysis.actors.append(actor)
    analysis.reindex_actors()
    return actor
