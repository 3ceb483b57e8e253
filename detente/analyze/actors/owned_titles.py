"""A title owned by a company or other non-state body ("the company's president", "the bank's chairman", "Acme's
president") names an officer of that body, in the body's sector (a business's: BUS), never a head of state or
government: the possessive says whose president he is. Country possessors ("France's president") and bare or
pronoun-owned titles ("its president" may be a country's) are left as they are."""
from __future__ import annotations

from dataclasses import replace

from detente.analyze.actors.matcher import ORG_LABELS, Lexicon
from detente.knowledge.actors.normalize import phrase_key

STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}  # a possessor with these sectors owns a state office
POSSESSIVE_MARKS = {"'s", "’s", "'"}


def owned_title(phrase, code, lexicon: Lexicon):
    """The code of a state title owned by a non-state body (an ActorCode like ``code``), or None."""
    if lexicon.lang != "en" or code.entity_id or code.kind not in {"group", "person"}:
        return None
    if code.sector not in STATE_SECTORS:
        return None
    if code.title_kind not in {"head", "person"} and not code.head:
        return None
    doc = phrase.doc
    titled = [u for u in phrase.units if phrase_key(u.text) in code.titles]
    if len(titled) != 1:
        return None
    root = doc[titled[0].end - 1]
    owners = [t for t in root.children if t.dep_ == "poss" and t.i < root.i]
    if len(owners) != 1 or owners[0].pos_ == "PRON":
        return None  # "its president": the pronoun may stand for a country
    sector = _owner_sector(doc, owners[0], lexicon)
    if sector is None:
        return None
    return replace(code, sector=sector, head=False)


def _owner_sector(doc, owner, lexicon: Lexicon) -> str | None:
    """The non-state sector of a possessor: an agent word's ("company" BUS, "party" PTY, "university" EDU), or BUS
    for a name the tagger calls an organisation that no list knows ("Acme's"); None for countries, places, persons
    and state bodies ("the ministry's", "Congress's")."""
    words = [t for t in owner.subtree if t.i <= owner.i and t.text not in POSSESSIVE_MARKS and t.dep_ != "det"]
    key = phrase_key(" ".join(t.text for t in words))
    entries = lexicon.kb.phrases.get(key, ())
    if entries:
        return None  # a listed country, place, person or body: its own rules decide
    agent = lexicon.agents.get(key) or lexicon.agents.get(phrase_key(owner.text))
    if agent is not None:
        return agent.value if agent.detail == "group" and agent.value not in STATE_SECTORS else None
    if owner.pos_ == "PROPN" and owner.ent_type_ in ORG_LABELS and \
            all(t.ent_type_ in ORG_LABELS for t in words if t.pos_ == "PROPN"):
        return "BUS"
    return None
