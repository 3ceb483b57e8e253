"""Actors the actor layer left unresolved but an event argument names ("Tens of thousands of students throughout
Indonesia", "campesinos bolivianos"): the argument's phrase, from the sentence's own parse, is coded with the actor
layer's ``code_doc`` (what ``resolve_text`` uses) and added as an actor when it names a country; sector-only groups
("los estudiantes", "workers") only as the participants of a protest, whose actors are usually such groups."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.analyze.events.spanish_groups import spanish_group
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
    if frame.lang == "en" and (leader := _leader(token)) is not None:
        led = _led_by(token, leader, frame)
        if led:
            return led  # "the Saudi-led coalition", "Iranian-backed militias": a force led or backed by a state acts for it
    first, last = _phrase(token)
    doc = token.doc
    spanish = _spanish_group(token, doc[first : last + 1].text, frame)  # "los piqueteros", "la central obrera"
    if not frame.groups and not any(t.pos_ in {"PROPN", "ADJ"} for t in doc[first : last + 1]) and _located_in(token) is None \
            and spanish is None:
        return []  # no name, nationality word or location: no country to find (and a parse saved)
    text = doc[first : last + 1].text
    code = _code(doc[first : last + 1], frame.analysis.article.reference_date, frame.lang)
    modifiers = [c for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i]
    if code is None and modifiers and _generic_group(token, frame.lang):
        # "Opposition groups", "rebel forces": a generic group noun takes the sector of its modifier
        code = _code(doc[min(c.left_edge.i for c in modifiers) : token.i], frame.analysis.article.reference_date, frame.lang)
        code = replace(code, name=text) if code is not None else None
    known_group = code is None and spanish is not None  # a Spanish group the actor layer lacks: an actor in any event
    if known_group:
        code = spanish
    if code is None and frame.groups and _protesting_crowd(token, frame.lang):
        # "varias decenas de militantes islamistas protestaron": whoever protests is a civilian group (PLOVER CVL)
        from detente.analyze.actors.coding import ActorCode

        code = ActorCode(name=text, country=None, sector="CVL", kind="group")
    if code is not None and code.country is None:
        where = _located_in(token)
        if where is not None:  # "Opposition groups in Zimbabwe": the group's country from its location
            hint = _code(where, frame.analysis.article.reference_date, frame.lang)
            if hint is not None and hint.country:
                code = replace(code, country=hint.country)
    if code is None or (code.country is None and not ((frame.groups or known_group) and code.sector not in VAGUE_SECTORS)):
        return []
    start = frame.offset + doc[first].idx
    end = frame.offset + doc[last].idx + len(doc[last].text)
    actor = frame.analysis.actor_at(start, end)
    if actor is None:
        actor = add_actor(frame, code, text, start, end)
    return [ActorHit(actor, start, end)]


def _spanish_group(token: Token, text: str, frame: "Frame"):
    """A Spanish group noun or organisation noun the actor layer lacks ("los piqueteros", "entidades de piqueteros");
    an organisation named with an article or acronym ("La Coces") only as a protest's participant."""
    if frame.lang != "es":
        return None
    return spanish_group(token, text, lambda t: _in_place(t, frame), organisations=frame.groups)


def _in_place(token: Token, frame: "Frame") -> bool:
    """The token lies in a place the place stage resolved."""
    start = frame.offset + token.idx
    return any(p.start < start + len(token.text) and start < p.end for p in frame.analysis.places)


def _protesting_crowd(token: Token, lang: str) -> bool:
    """A plural common noun that is the subject of the protest verb (directly or through "decenas de"); not a
    happening ("los incidentes ocurrieron ... para protestar") nor an act the lexicon knows ("las protestas")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import cues_by_trigger, words

    happening = words("happening")
    own = lemma(token, lang)
    if own in happening or token.lower_ in happening or any(c.pos == "N" for c in cues_by_trigger(lang).get(own, ())):
        return False
    if lemma(token.head, lang) in happening and token.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}:
        return False
    head = token
    if token.dep_ in {"nmod", "pobj"} and token.head.dep_ in {"prep"}:
        head = token.head.head
    elif token.dep_ == "nmod":
        head = token.head
    plural = "Plur" in token.morph.get("Number") or token.tag_ in {"NNS"}
    return token.pos_ == "NOUN" and plural and head.dep_ in {"nsubj"} and head.head.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}


LEADING = {"lead", "led", "back", "backed", "sponsor", "sponsored", "command", "commanded", "run", "dominate", "dominated"}


def _leader(token: Token) -> Span | None:
    """The X of an "X-led" / "X-backed" modifier of ``token`` ("the Saudi-led coalition", "a US-backed force")."""
    for child in token.children:
        if child.dep_ == "amod" and (child.lemma_.lower() in LEADING or child.lower_ in LEADING):
            named = [c for c in child.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod", "advmod"} and c.i < child.i]
            if named:
                return token.doc[named[0].left_edge.i : named[0].right_edge.i + 1]
        if child.dep_ in {"compound", "amod", "npadvmod"} and child.i < token.i and "-" in child.text:
            before, _, after = child.text.rpartition("-")  # "US-led" kept as one token
            if after.lower() in LEADING and before:
                return token.doc[child.i : child.i + 1]
    return None


def _led_by(token: Token, leader: Span, frame: "Frame") -> list["ActorHit"]:
    """The state leading or backing the group ``token`` names, as an actor (the article's own when it has one)."""
    from detente.analyze.actors.coding import ActorCode
    from detente.analyze.events.actor_lookup import ActorHit

    start = frame.offset + leader[0].idx
    end = frame.offset + token.idx + len(token.text)
    actor = frame.analysis.actor_at(start, frame.offset + leader[-1].idx + len(leader[-1].text))
    if actor is not None and actor.country:
        return [ActorHit(actor, start, end)]
    hint = _code(leader, frame.analysis.article.reference_date, frame.lang)
    if hint is None or not hint.country:
        return []
    text = token.doc[leader[0].i : token.i + 1].text
    code = ActorCode(name=text, country=hint.country, sector=None, kind="group")
    return [ActorHit(add_actor(frame, code, text, start, end), start, end)]


def _generic_group(token: Token, lang: str) -> bool:
    from detente.analyze.events.lemmas import word_listed

    return word_listed(token, "role", lang)


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


def _located_in(token: Token) -> Span | None:
    """The "in X" / "en X" complement of the phrase head."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "from"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return token.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in {"en", "de"} for c in child.children):
            start = min(t.i for t in child.subtree if t.dep_ != "case")
            return token.doc[start : child.right_edge.i + 1]
    return None


_CODES: dict[tuple, object] = {}


def _code(span: Span, date: str | None, lang: str):
    """The actor layer's code for a phrase of the already parsed sentence (no second parse)."""
    key = (span.text, date, lang)
    if key not in _CODES:
        if len(_CODES) > 20_000:
            _CODES.clear()
        _CODES[key] = _code_span(span, date, lang)
    return _CODES[key]


def _code_span(span: Span, date: str | None, lang: str):
    from detente.analyze.actors.text import code_span
    from detente.knowledge.actors import default_knowledge

    try:
        code = code_span(span, lang, date, default_knowledge())  # code_doc(span.as_doc()), skipping spans that hold no unit
    except Exception:  # noqa: BLE001 - a phrase the actor layer cannot code is simply no actor
        return None
    return code if code is not None and code.resolved else None


def add_actor(frame: "Frame", code, text: str, start: int, end: int, *, among: list[Actor] | None = None,
              country_inferred: bool = False) -> Actor:
    """The article's actor with this code (a new mention of it), or a new actor added for the mention. ``among``:
    the actors the mention may join (default: all the article's; a new actor is added to it too);
    ``country_inferred``: a new actor's country is read off the context (the implicit protesters)."""
    analysis = frame.analysis
    pool = analysis.actors if among is None else among
    same = next((a for a in pool if (a.name, a.country, a.sector) == (code.name, code.country, code.sector)), None)
    if same is not None:
        same.mentions.append(Mention(text, start, end))
        same.mentions.sort(key=lambda m: (m.start, m.end))
        analysis.reindex_actors()
        return same
    actor = Actor(id=analysis.next_actor_id(), text=text, name=code.name, country=code.country,
                  sector=code.sector, role=code.role, mentions=[Mention(text, start, end)], country_inferred=country_inferred)
    analysis.actors.append(actor)
    if among is not None:
        among.append(actor)
    analysis.reindex_actors()
    return actor
