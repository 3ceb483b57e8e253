"""The country a place stands for, as an event's target: PLOVER codes the country of a place that is acted on, or
of the place a countryless target is named with ("rebel bases in northern Iraq", "sent aid to Gaza")."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import PREP_DEPS, ActorHit, Frame, actors_of, place_under, prep_objects

PLACE_PREPS = {"in", "from", "near", "inside", "across", "of", "outside", "at", "to"}
PLACE_DEPTH = 3
PLACED_TYPES = {"ASSAULT"}  # not a measure ("imposed a curfew in Dili"): implied_sides reads its place


def placed_targets(targets: list[ActorHit], sources: list[ActorHit], doc_tokens, frame: Frame) -> list[ActorHit]:
    """A target with no country of its own ("refugees fleeing the war in Liberia", "the Europe Bridge spanning the
    Rhine from France to Germany", the city "Kharkiv") is aimed at the country of the place it is named with or
    is: that country joins the targets (PLOVER codes the location's country when the target has none)."""
    source_countries = {h.actor.country for h in sources}
    if not targets or any(_own_country(h, source_countries) for h in targets):
        return targets
    taken = {h.actor.id for h in targets} | {h.actor.id for h in sources}
    kept: list[ActorHit] = []
    added: list[ActorHit] = []
    for hit in targets:
        head = hit_head_token(hit, doc_tokens, frame)
        place = None
        for found in _place_country(head, frame) if head is not None else []:
            if found.actor.id not in taken and found.actor.country and found.actor.country not in source_countries:
                place = found
                break
        if place is not None:
            added.append(place)
            taken.add(place.actor.id)
        if place is None or not hit.actor.country:
            kept.append(hit)  # a country only guessed from the context gives way to the place ("rebel-held districts of Aleppo")
    return kept + added


def _own_country(hit: ActorHit, source_countries: set) -> bool:
    """The target has a country of its own: not none, and not one the actor layer only inferred from the context
    that is the doers' own ("Russian jets bombed rebel-held districts": the rebels took Russia from the context)."""
    return bool(hit.actor.country) and not (hit.actor.country_inferred and hit.actor.country in source_countries)


def placed_objects(verb: Token, frame: Frame) -> list[ActorHit]:
    """"Kurdish rebel bases in northern Iraq were bombed by Turkish jets": an object (or passive subject) of an
    attack or coercion that names no actor is aimed at the country of the place it is, or is named with."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    deps = {"dobj", "obj"} | ({"nsubjpass"} if passive else set())
    for child in verb.children:
        if child.dep_ in deps and child.pos_ in {"NOUN", "PROPN"} and not actors_of(child, frame, fallback=False):
            hits = _place_of(child, frame)
            if hits:
                return hits
    return []


def _place_of(head: Token, frame: Frame) -> list[ActorHit]:
    """The country of ``head`` when it is a place, else of a place in its in/of/near phrases, two deep ("bases in
    northern Iraq", "districts of Aleppo"): only place mentions, not other actors named there."""
    own = place_country_actor(head, frame)
    if own:
        return own
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
        for obj in prep_objects(prep)[1]:
            hits = place_country_actor(obj, frame) or [h for p in obj.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                                                       for o in prep_objects(p)[1] for h in place_country_actor(o, frame)]
            if hits:
                return hits[:1]
    return []


def hit_head_token(hit: ActorHit, doc_tokens, frame: Frame) -> Token | None:
    """The syntactic head of the hit's span in the sentence's tokens."""
    inside = [t for t in doc_tokens if hit.start <= frame.offset + t.idx < hit.end]
    return next((t for t in inside if not (hit.start <= frame.offset + t.head.idx < hit.end) or t.head.i == t.i), None)


def _place_country(head: Token, frame: Frame) -> list[ActorHit]:
    """The country of ``head`` when it is a place, else of the first place or country named in its phrase."""
    own = place_country_actor(head, frame)
    if own:
        return own
    queue = [(c, 1) for c in head.children if c.dep_ in PREP_DEPS | {"acl", "relcl", "poss", "compound"}]
    while queue:
        token, depth = queue.pop(0)
        if token.dep_ in PREP_DEPS:
            prep, objects = prep_objects(token)
            if prep in PLACE_PREPS:
                for obj in objects:
                    hits = [h for h in actors_of(obj, frame, allow_poss=True, fallback=False) if h.actor.country]
                    hits = hits or place_country_actor(obj, frame)
                    if hits:
                        return hits
        elif token.dep_ in {"poss", "compound"}:
            hits = [h for h in actors_of(token, frame, fallback=False) if h.actor.country] or place_country_actor(token, frame)
            if hits:
                return hits
        elif token.dep_ in {"dobj", "obj"} and token.head.dep_ == "acl":  # "refugees fleeing Ghana": the place left
            hits = [h for h in actors_of(token, frame, fallback=False) if h.actor.country and h.actor.sector is None]
            hits = hits or place_country_actor(token, frame)
            if hits:
                return hits
        if depth < PLACE_DEPTH:
            queue += [(c, depth + 1) for c in token.children if c.dep_ in PREP_DEPS | {"pobj", "dobj", "acl", "poss", "compound"}]
    return []


def named_or_placed(token: Token, frame: Frame) -> list[ActorHit]:
    """The actors ``token``'s phrase names, else the country of the place it names (a country the actor layer read
    only as a place stands for itself: "the claims that came from Bolivia")."""
    return actors_of(token, frame, fallback=False) or place_country_actor(token, frame)


def place_country_actor(token: Token, frame: Frame) -> list[ActorHit]:
    """An actor for the country of the place mention covering ``token`` (an existing country actor when the
    article has one, else one added for the place with its country)."""
    place = place_under(token, frame)
    if place is None:
        return []
    return [country_actor(place.place.country, place, frame, unlike=place.text)]


def country_actor(country: str, mention, frame: Frame, unlike: str | None = None) -> ActorHit:
    """The article's actor for ``country`` (one with no sector, not named ``unlike``), else one added for the place
    ``mention`` with that country; either way found at the mention."""
    from detente.analyze.actors.coding import ActorCode
    from detente.analyze.events.fallback import add_actor

    for actor in frame.analysis.actors:
        if actor.country == country and actor.sector is None and actor.name != unlike:
            return ActorHit(actor, mention.start, mention.end)
    code = ActorCode(name=mention.text, country=country, sector=None, kind="place")
    return ActorHit(add_actor(frame, code, mention.text, mention.start, mention.end), mention.start, mention.end)


def placed_aims(head: Token, preps: set, frame: Frame) -> list[ActorHit]:
    """"fired rockets into Israel", "sent aid to Gaza": the place a directed act is aimed at or sent to, when the actor
    layer read it only as a place, stands for its country (PLOVER codes the country of a place that is acted on)."""
    for child in head.children:
        if child.dep_ not in PREP_DEPS:
            continue
        prep, objects = prep_objects(child)
        if prep not in preps:
            continue
        hits = [h for o in objects if not actors_of(o, frame, fallback=False) for h in place_country_actor(o, frame)]
        if hits:
            return hits[:1]
    return []
