"""Countries that back an actor rather than own it: "Iranian-backed militias", "pro-Russian separatists"
(not descent, make or language: "Iranian-American", "Iranian-made drones")."""
from __future__ import annotations

from spacy.tokens import Doc

from detente.analyze.actors.matcher import Unit, token_texts
from detente.knowledge.actors.normalize import token_key


BACKING = {"backed", "supported", "sponsored", "funded", "armed", "allied", "aligned", "trained", "leaning",
           "friendly", "installed", "financed", "respaldado", "apoyado",
           "made", "built", "speaking"}  # where a thing was made is not whose it is ("Iranian-made drones")
SETTLER_NATIONS = {"USA", "CAN", "AUS", "NZL"}  # "Iranian-American": an American of Iranian descent
STANCE_PREFIXES = {"pro", "anti"}
DASH_TOKENS = (["-"], ["–"])


SUPPORT = BACKING - {"made", "built", "speaking"}


def backs(doc: Doc, unit: Unit) -> bool:
    """'Iranian-backed militias', 'pro-Russian separatists': the country named supports the actor (not
    descent, make or language, nor opposition as in "anti-Russian")."""
    texts, _ = token_texts(doc)
    after = texts[unit.end:unit.end + 2]
    if len(after) == 2 and after[0] in {"-", "–"} and after[1].lower() in SUPPORT:
        return True
    before = texts[max(unit.start - 2, 0):unit.start]
    return len(before) == 2 and before[1] in {"-", "–"} and before[0].lower() == "pro"


def _demonym_country(word: str) -> str | None:
    from detente.knowledge.actors import default_knowledge

    entries = default_knowledge().phrases.get(token_key(word), ())
    return next((e.value for e in entries if e.kind == "demonym"), None)


PROXY_WORDS = {"ally", "allies", "proxy", "proxies", "surrogate", "surrogates"}
POSSESSIVE = {"'s", "’s", "'", "’"}
NATION_KINDS = {"country", "capital", "demonym"}


def _owner_of_proxy(texts: list[str], unit: Unit) -> bool:
    """"Israel's militia ally in southern Lebanon", "Iran's proxies": the owner backs a force of another place."""
    return unit.end < len(texts) and texts[unit.end] in POSSESSIVE \
        and any(word.lower() in PROXY_WORDS for word in texts[unit.end + 1:unit.end + 4])


def is_backer(doc: Doc, unit: Unit) -> bool:
    """'Russian-backed separatists', 'pro-Russian rebels', "Iran's proxies": the country named backs the actor, it
    is not its own."""
    texts, _ = token_texts(doc)  # cached strings: no Token objects for a check made on every phrase
    if _owner_of_proxy(texts, unit) and unit.kinds() & NATION_KINDS:  # the cheap possessive test first
        return True
    if texts[unit.end:unit.end + 1] not in DASH_TOKENS and texts[max(unit.start - 1, 0):unit.start] not in DASH_TOKENS:
        return False
    after = texts[unit.end:unit.end + 2]
    if len(after) == 2 and after[0] in {"-", "–"} and after[1].lower() in BACKING:
        return True
    if len(after) == 2 and after[0] in {"-", "–"} and unit.first("demonym") is not None:
        nation = _demonym_country(after[1])
        if nation in SETTLER_NATIONS and nation != unit.first("demonym").value:
            return True  # "Iranian-American", "Chinese-Canadian": the descent, not the nationality
    before = texts[max(unit.start - 2, 0):unit.start]
    return len(before) == 2 and before[1] in {"-", "–"} and before[0].lower() in STANCE_PREFIXES
