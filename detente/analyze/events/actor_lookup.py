"""From a token of the parse to the resolved actor it names (noun phrase, conjuncts, names, role nouns)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.fallback import fallback_actor
from detente.model import Actor

NP_DEPS = {"compound", "amod", "det", "poss", "nummod", "flat", "flat:name", "nmod:poss", "appos", "case", "quantmod", "nn"}
PREP_DEPS = {"prep", "obl", "nmod", "agent", "obl:agent", "obl:arg", "dative"}  # "provided X to Y": "to" as dative
OF_PREPS = {"of", "de", "del"}


@dataclass
class ActorHit:
    actor: Actor
    start: int
    end: int


@dataclass
class Frame:
    """What the argument rules need about the sentence being coded."""

    analysis: Analysis
    offset: int  # article offset of the paragraph's Doc
    lang: str
    groups: bool = False  # while coding a protest, sector-only groups ("los estudiantes") may be added as actors
    mediating: bool = False  # while coding a third-party consultation, "between X and Y" are both the mediated
    mode: str | None = None  # the cue's mode (blockades: the "of" complement is what is blocked)
    link_up: bool = False  # last resort for a sentence that coded nothing: an actorless trigger takes a governing subject


def prep_objects(child: Token) -> tuple[str | None, list[Token]]:
    """(preposition, its objects) for an English prep/agent child or a UD obl/nmod child with a case marker."""
    if child.dep_ in {"prep", "agent"} or (child.dep_ == "dative" and child.pos_ == "ADP"):
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if child.lower_ == "out" and not objects:  # "pulled out of Baidoa": the parser hangs "of" on "out"
            inner = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            return ("from", [o for c in inner for o in c.children if o.dep_ in {"pobj", "pcomp"}]) \
                if inner else (child.lower_, [])
        if child.lower_ == "of" and child.i > 0 and child.doc[child.i - 1].lower_ == "out" and child.head.pos_ in {"VERB", "AUX"}:
            return "from", objects  # "withdrew out of Lebanon" with "of" on the verb: a source place, like "from"
        return child.lower_, objects
    prep = preposition(child)
    return prep, [child] if prep else []


def preposition(token: Token) -> str | None:
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if cases:
        return cases[0]
    if token.dep_ == "pobj":
        return token.head.lower_
    return None


def quantity_anchor(noun: Token) -> Token:
    """The noun an event noun is the of/de complement of when that noun only counts or frames it ("tons of aid",
    "a series of attacks", "una jornada de protestas"): the anchor takes the event's place in the clause."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of"} and noun.head.head.pos_ in {"NOUN", "NUM"}:
        holder = noun.head.head
    elif noun.dep_ == "nmod" and preposition(noun) in {"de"} and noun.head.pos_ in {"NOUN", "NUM"}:
        holder = noun.head
    else:
        return noun
    counting = words("quantity")
    return holder if holder.lower_ in counting or holder.lemma_.lower() in counting else noun


def actors_of(token: Token, frame: Frame, allow_poss: bool = True, fallback: bool = True) -> list[ActorHit]:
    """Resolved actors named by ``token``'s noun phrase and its conjuncts (also those hanging off an apposition)."""
    members = [token, *token.conjuncts]
    for child in token.children:
        if child.dep_ in {"appos", "flat", "flat:name"}:
            members += [c for c in child.conjuncts if c not in members]
    hits: list[ActorHit] = []
    for index, member in enumerate(members):
        found = _actors_for(member, frame, depth=0, allow_poss=allow_poss and index == 0)
        if not found and fallback and not signing_place(member, frame):
            found = fallback_actor(member, frame)
        if all(h.actor.country_inferred for h in found):
            found = _apposed(member, frame) or found
        found += _coordinated_origins(member, found, frame)
        found += _coordinated_modifiers(member, found, frame)
        for hit in found:
            if all(hit.actor.id != h.actor.id for h in hits):
                hits.append(hit)
    return hits


def _apposed(token: Token, frame: Frame) -> list[ActorHit]:
    """The actor an apposition's own head word names ("the Mujahedeen Khalq, Iraq's main opposition group"), with a
    country of its own: it stands for a head that names none, or only one the actor layer guessed from the context.
    Not an actor merely inside it ("Carper, a frequent Biden ally": the ally is Carper, not Biden)."""
    return [h for c in token.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and _set_off(c)
            for h in [actor_at_token(c, frame)] if h is not None and h.actor.country and not h.actor.country_inferred][:1]


def _set_off(appos: Token) -> bool:
    """The apposition is set off by a comma or bracket ("X, Iraq's main opposition group, of ...", "the Kurdistan
    Workers' Party (PKK)") and no verb follows it: "in Liberia, the World Food Program said" is a misparsed subject."""
    doc = appos.doc
    before, after = appos.left_edge.i - 1, appos.right_edge.i + 1
    opened = appos.left_edge.text == "(" or (before >= 0 and doc[before].text in {",", "("})
    return opened and (after >= len(doc) or doc[after].pos_ not in {"VERB", "AUX"})


def _coordinated_origins(token: Token, found: list[ActorHit], frame: Frame) -> list[ActorHit]:
    """"Officials from Armenia and Azerbaijan": the actor layer names the group after its first origin; the other
    origins coordinated with it are parties too."""
    extra: list[ActorHit] = []
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in {"from", "of", "in"}:
            continue
        for obj in prep_objects(child)[1]:
            start = frame.offset + obj.idx
            if any(h.start <= start < h.end for h in found):
                extra += [hit for conj in obj.conjuncts if (hit := actor_at_token(conj, frame)) is not None and hit.actor.country]
    return extra


def _coordinated_modifiers(token: Token, found: list[ActorHit], frame: Frame) -> list[ActorHit]:
    """"Indian and Pakistani officials", "U.S. and British planes": the actor layer names the group after one of its
    coordinated origins; every origin with a country is a party."""
    if not found:
        return []
    extra: list[ActorHit] = []
    for child in token.children:
        if child.dep_ in {"amod", "nmod", "compound"} and child.conjuncts:
            for member in (child, *child.conjuncts):
                hit = actor_at_token(member, frame)
                if hit is not None and hit.actor.country and all(hit.actor.id != h.actor.id for h in found + extra):
                    extra.append(hit)
    return extra


def _actors_for(token: Token, frame: Frame, depth: int, allow_poss: bool) -> list[ActorHit]:
    """The actor a noun phrase names: its head, then its names (flat/appos/compound), then a nationality
    adjective, then for role nouns ("the presidents of X and Y") the of-complement, then a possessor."""
    if allow_poss and _plain_noun(token, frame) and not _named_apposition(token, frame):
        for child in token.children:
            if child.dep_ in {"poss", "nmod:poss"}:
                hits = _actors_for(child, frame, depth + 1, False)
                if hits:
                    return hits
    if depth < 2 and _is_role(token, frame) and _coordinated_complement(token):
        hits = _role_complement(token, frame, depth)
        if len(hits) > 1:
            return hits  # "the presidents of the United States and Colombia": both countries
    for member in _name_members(token):
        hit = actor_at_token(member, frame)
        if hit is not None and not _signed_at(member, token, hit, frame):
            return [hit]
    if depth < 2 and _is_role(token, frame):
        for child in token.children:
            prep, objects = prep_objects(child) if child.dep_ in PREP_DEPS else (None, [])
            if prep in OF_PREPS:
                hits = [h for obj in objects for m in [obj, *obj.conjuncts] for h in _actors_for(m, frame, depth + 1, False)]
                if hits:
                    return hits
    if allow_poss:
        for child in token.children:
            if child.dep_ in {"poss", "nmod:poss"}:
                hits = _actors_for(child, frame, depth + 1, False)
                if hits:
                    return hits
        if depth < 1 and _plain_noun(token, frame):
            hits = _role_complement(token, frame, depth)  # "the removal of President X", "the right of Russia"
            if hits:
                return hits
    return []


def _signed_at(member: Token, token: Token, hit: ActorHit, frame: Frame) -> bool:
    """"the Paris climate accord", "the Minsk agreements": a city named before an agreement names where it was made,
    not a party (a country stays one: "the Iran nuclear deal"; the city stands for a government only as a doer)."""
    return (member.dep_ in {"compound", "nn"} and member.i != token.i and hit.actor.sector is not None
            and place_under(member, frame) is not None and _plain_noun(token, frame)
            and lemma(token, frame.lang) in words("membership") and actor_at_token(token, frame) is None)


def signing_place(token: Token, frame: Frame) -> bool:
    """The agreement is named after the city it was made in, and names no party (no fallback reading either)."""
    if not _plain_noun(token, frame) or lemma(token, frame.lang) not in words("membership"):
        return False
    hits = [(m, h) for m in _name_members(token) if (h := actor_at_token(m, frame)) is not None]
    return bool(hits) and all(_signed_at(m, token, h, frame) for m, h in hits)


def _named_apposition(token: Token, frame: Frame) -> bool:
    """The noun has a close name in apposition that is an actor ("her French counterpart, Emmanuel Macron"): the name
    is the noun's own referent, so its possessor is no stand-in for it."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and abs(c.i - token.i) <= 4 and actor_at_token(c, frame) is not None
               for c in token.children)


def _is_role(token: Token, frame: Frame) -> bool:
    """Role and quantity nouns ("presidents", "thousands": spaCy lemmatises the latter to "thousand")."""
    role = words("role")
    return lemma(token, frame.lang) in role or token.lower_ in role


def _coordinated_complement(token: Token) -> bool:
    return any(obj.conjuncts for child in token.children if child.dep_ in PREP_DEPS for obj in prep_objects(child)[1])


def _role_complement(token: Token, frame: Frame, depth: int) -> list[ActorHit]:
    """Actors in the of-complement ("the presidents of X and Y"); for things also the for/para-complement of
    their users ("a camp for Congolese refugees")."""
    preps = OF_PREPS | ({"for", "para"} if _plain_noun(token, frame) else set())
    for child in token.children:
        prep, objects = prep_objects(child) if child.dep_ in PREP_DEPS else (None, [])
        if prep in preps:
            return [h for obj in objects for m in [obj, *obj.conjuncts] for h in _actors_for(m, frame, depth + 1, False)]
    return []


def _name_members(token: Token) -> list[Token]:
    """Head first, then its names (flat, close PROPN appositions), then compounds, then adjectives;
    for a thing ("Petro's US visa") the possessor comes before the compounds."""
    names: list[Token] = [token]
    compounds: list[Token] = []
    queue = [token]
    while queue:
        current = queue.pop(0)
        for child in current.children:
            close = abs(child.i - current.i) <= 4
            if child.dep_ in {"flat", "flat:name"} or (child.dep_ == "appos" and close and child.pos_ == "PROPN"):
                names.append(child)
                queue.append(child)
            elif child.dep_ in {"compound", "nn"}:
                compounds.append(child)
                queue.append(child)
    adjectives = [c for c in token.children if c.dep_ == "amod"]
    return names + compounds + adjectives


def _plain_noun(token: Token, frame: Frame) -> bool:
    """A common noun that is no role word ("the capital of", not "the president of"); looser than
    thing_subjects.is_thing, which also asks that no actor stands behind the noun."""
    return token.pos_ == "NOUN" and lemma(token, frame.lang) not in words("role")


def actor_at_token(token: Token, frame: Frame) -> ActorHit | None:
    """The resolved actor whose mention covers ``token``, with that mention's span."""
    start = frame.offset + token.idx
    end = start + len(token.text)
    actor = frame.analysis.actor_at(start, end)
    if actor is None:
        return None
    span = next(((m.start, m.end) for m in actor.mentions if m.start < end and start < m.end), (start, end))
    return ActorHit(actor, span[0], span[1])


def np_bounds(token: Token) -> tuple[int, int]:
    """Character bounds (in the Doc) of the noun phrase core of ``token``: no clauses, conjuncts or PPs."""
    members = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in NP_DEPS:
                members.append(child)
                stack.append(child)
    first = min(members, key=lambda t: t.i)
    last = max(members, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def place_under(token: Token, frame: Frame):
    """The place mention covering ``token`` when it names a place with a country, else None."""
    start = frame.offset + token.idx
    end = start + len(token.text)
    place = next((p for p in frame.analysis.places if p.start < end and start < p.end), None)
    return place if place is not None and place.place.country else None
