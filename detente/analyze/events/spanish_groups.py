"""Spanish protest participants the actor layer leaves unresolved: group nouns of Spanish and Latin American news
("la central obrera", "los piqueteros", "unos 3.000 desocupados", "un dispositivo policial"), organisation nouns that
take the sector of their complement ("varias entidades de piqueteros", "grupos de defensa de los derechos humanos"),
and organisations named with an article or an acronym ("La Coces organizó una manifestación"). The event fallback
(fallback.py) asks here for an argument the actor layer left unresolved; named organisations count only while coding a
protest, whose participants are usually such groups."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from detente.analyze.actors.coding import ActorCode

ARTICLES = {"el", "la", "los", "las"}
CLAUSE_DEPS = {"acl", "relcl", "appos", "conj", "advcl", "parataxis", "punct", "cc"}
MAX_WORDS = 4  # longest group phrase


@dataclass(frozen=True)
class GroupLists:
    people: dict[str, str]  # phrase -> sector
    bodies: frozenset[str]
    topics: dict[str, str]  # word or phrase -> sector
    doers: dict[str, str]  # relational adjective (masculine singular) -> the doer's sector (events/spanish_doers.py)
    institutions: dict[str, str]  # noun naming an institution with the definite article ("la justicia") -> sector
    abstract: frozenset[str]  # adjectives that keep such a noun abstract ("la justicia social")


@lru_cache(maxsize=1)
def group_lists() -> GroupLists:
    """The lists of detente/knowledge/plover/spanish_groups.tsv."""
    text = resources.files("detente.knowledge.plover").joinpath("spanish_groups.tsv").read_text(encoding="utf-8")
    people: dict[str, str] = {}
    bodies: set[str] = set()
    topics: dict[str, str] = {}
    doers: dict[str, str] = {}
    institutions: dict[str, str] = {}
    abstract: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, phrase, sector = (line.split("\t") + ["", ""])[:3]
        phrase, sector = phrase.strip().lower(), sector.strip()
        if kind == "person":
            people[phrase] = sector
        elif kind == "body":
            bodies.add(phrase)
        elif kind == "topic":
            topics[phrase] = sector
        elif kind == "doer":
            doers[phrase] = sector
        elif kind == "institution":
            institutions[phrase] = sector
        elif kind == "abstract":
            abstract.add(phrase)
    return GroupLists(people, frozenset(bodies), topics, doers, institutions, frozenset(abstract))


def singular(word: str) -> str:
    """Spanish singular of a plural noun or adjective ("piqueteros" → "piquetero", "centrales" → "central")."""
    word = word.lower()
    if word.endswith("es") and len(word) > 4 and word[-3] not in "aeiou":
        return word[:-2]
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def forms(token: Token) -> set[str]:
    """The token's lower-case form, its singular, its masculine singular and its lemma."""
    from detente.analyze.events.lemmas import lemma

    word = singular(token.lower_)
    found = {token.lower_, word, lemma(token, "es")}
    if word.endswith("a"):
        found.add(word[:-1] + "o")
    return found


def _phrase_tokens(head: Token) -> list[Token]:
    """The head and everything it governs except clauses, appositions and conjuncts, in text order."""
    kept = [head]
    stack = [head]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ not in CLAUSE_DEPS:
                kept.append(child)
                stack.append(child)
    return sorted(kept, key=lambda t: t.i)


def _person_sector(head: Token, lists: GroupLists) -> str | None:
    """Sector of a group noun named from its head on ("central obrera", "dispositivo policial", "piqueteros")."""
    doc = head.doc
    following = [t for t in doc[head.i : min(len(doc), head.i + MAX_WORDS)] if t.lower_ not in ARTICLES]
    candidates = [""]
    best = None
    for token in following:
        if token.is_punct:
            break
        candidates = [(c + " " + f).strip() for c in candidates for f in forms(token)]
        hit = next((lists.people[c] for c in candidates if c in lists.people), None)
        if hit is not None:
            best = hit
    return best


def _body_sector(head: Token, lists: GroupLists) -> str | None:
    """Sector of an organisation noun from a topic word in its phrase ("entidades de piqueteros")."""
    if not forms(head) & lists.bodies:
        return None
    tokens = [t for t in _phrase_tokens(head) if t.i != head.i]
    text = " ".join(t.lower_ for t in tokens)
    for phrase, sector in lists.topics.items():
        if " " in phrase and phrase in text:
            return sector
    for token in tokens:
        sector = next((lists.topics[f] for f in forms(token) if f in lists.topics), None)
        if sector is not None:
            return sector
    return None


def _institution_sector(head: Token, lists: GroupLists) -> str | None:
    """Sector of an institution noun with the definite article ("la justicia", "a la justicia"), else None; not with
    an adjective of the ideal ("la justicia social")."""
    sector = next((lists.institutions[f] for f in forms(head) if f in lists.institutions), None)
    if sector is None or "Plur" in head.morph.get("Number"):
        return None
    if any(c.dep_ == "amod" and forms(c) & lists.abstract for c in head.children):
        return None  # "la justicia social": the ideal, not the courts
    definite = any(c.dep_ == "det" and c.lower_ in ARTICLES for c in head.children) \
        or any(c.dep_ == "case" and c.lower_ in {"al", "del"} for c in head.children)
    return sector if definite else None


def _named_organisation(head: Token) -> bool:
    """A name that persons do not carry: with an article ("La Coces", "el Frente Patriótico") or an acronym ("CONAIE")."""
    if head.pos_ != "PROPN":
        return False
    article = any(c.dep_ == "det" and c.lower_ in ARTICLES and c.i == head.i - 1 for c in head.children)
    acronym = head.text.isupper() and len(head.text) >= 3 and head.text.isalpha()
    return article or acronym


def spanish_group(head: Token, name: str, is_place, organisations: bool = True) -> ActorCode | None:
    """The actor code of a Spanish group phrase headed by ``head`` (``name``: its text), or None. ``is_place(token)``
    tells whether the token lies in a resolved place ("La Paz" is no organisation); ``organisations``: whether a name
    with an article or an acronym counts as an organisation (only for a protest's participants)."""
    lists = group_lists()
    counted = counted_noun(head)
    if counted is not None:
        head = counted  # "cientos de desocupados", "miles de piqueteros": the group is what is counted
    sector = None
    if head.pos_ in {"NOUN", "ADJ"} or (head.pos_ == "PROPN" and not head.text[:1].isupper()):
        sector = _person_sector(head, lists) or _body_sector(head, lists) or _institution_sector(head, lists)
    elif organisations and head.pos_ == "PROPN" and _named_organisation(head) and not is_place(head):
        sector = "SOC"  # an organisation of unknown kind (PLOVER: social/civil organisation)
    if sector is None:
        return None
    return ActorCode(name=name, country=_demonym_country(head), sector=sector, kind="group")


def _demonym_country(head: Token) -> str | None:
    """The country of a nationality word right after the group noun ("la central sindical uruguaya PIT-CNT", where
    the acronym kept the actor layer from reading the phrase), else None."""
    from detente.knowledge.actors import default_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    phrases = default_knowledge().phrases
    doc = head.doc
    for word in doc[head.i + 1 : min(len(doc), head.i + MAX_WORDS)]:
        if word.is_punct:
            break
        if word.head.i != head.i or word.pos_ in {"NOUN", "PROPN"}:
            continue  # the tagger may take a nationality word for a verb ("uruguaya"), not for a noun here
        entries = phrases.get(phrase_key(word.lower_), ())
        country = next((e.value for e in entries if e.kind == "demonym"), None)
        if country:
            return country
    return None


def counted_noun(head: Token) -> Token | None:
    """The noun a count heads through "de" ("cientos de desocupados", "3.000 de los trabajadores", "un grupo de
    piqueteros"), else None."""
    from detente.analyze.nlp_spanish import COLLECTIVE, COUNTS

    if head.pos_ != "NUM" and head.lower_ not in COUNTS | COLLECTIVE:
        return None
    return next((c for c in head.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "ADJ"}
                 and any(k.dep_ == "case" and k.lower_ in {"de", "del"} for k in c.children)), None)


def people_noun(noun: Token) -> bool:
    """A noun naming a group of people by role or occupation ("campesinos", "transportistas", "jubilados"): an agent
    word of the actor knowledge or a person phrase of this module's list."""
    from detente.knowledge.actors import default_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    entry = default_knowledge().agents.get("es", {}).get(phrase_key(noun.lower_))
    return (entry is not None and bool(entry.value)) or bool(forms(noun) & group_lists().people.keys())
