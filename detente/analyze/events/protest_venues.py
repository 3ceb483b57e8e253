"""Where a protest is held is not whom it is against: "a rally in Karachi", "demonstrations in Kyiv and Lviv", "a
protest at the crossing with Ukraine". PLOVER PROTEST codes protests "against the recipient", not against a city.

- A home protest (the place is in the protesters' own country) whose target was read from the place it is held in is
  aimed at that country's authorities: implied_sides swaps the place for them (the event keeps its confidence; the
  place stays its location). A protest abroad keeps the place's country ("Palestinian prisoners rioted at a jail in
  northern Israel" is aimed at Israel).
- A place where a protest named inside another act is held ("would suspend a protest at the crossing with Ukraine")
  is never that act's recipient (arguments.py drops it).

Only place mentions count: "protested outside Parliament" or "at the U.S. embassy" (embassy_aim) still name whom the
protest is aimed at. Seen on three dev pages of real news (Pakistani caption rallies, Ukrainian demonstrations, a
Polish farmers' protest at a border crossing)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, place_under
from detente.analyze.events.extra_roles import act_type

VENUE_PREPS = {"in", "at", "outside", "near", "across", "throughout", "inside", "around", "along", "on"}
VENUE_DEPTH = 6
PLACE_SECTORS = {None, "GOV", "CVL"}  # a city or country as the actor layer reads it, not "Kyiv residents"' groups


def not_venues(hits: list[ActorHit], trigger: Token, event_type: str, frame: Frame) -> list[ActorHit]:
    """``hits`` without the places where a protest named inside the act is held: in a phrase of that protest noun,
    or of the act's verb when its object is the protest ("would suspend a protest at the crossing with Ukraine")."""
    if frame.lang != "en" or not hits or event_type == "PROTEST":
        return hits
    about_protest = any(c.dep_ in {"dobj", "obj"} and act_type(c, frame) == "PROTEST" for c in trigger.children)
    dropped = {"inner", "own"} if about_protest else {"inner"}
    return [h for h in hits
            if _venue_of(_head(h.start, h.end, trigger, frame), h.actor.sector, trigger, frame) not in dropped]


def home_venue(analysis, event) -> str | None:
    """The country of an English PROTEST's one target when that target is the place the protest is held in, in the
    protesters' own country (the recipient is then its authorities), else None."""
    span = event.evidence.target
    if event.type != "PROTEST" or len(event.target) != 1 or span is None:
        return None
    country = event.target[0].country
    if not country or {a.country for a in event.source} - {None} != {country}:
        return None
    found = analysis.trigger_of(event)
    if found is None or found[0].lang != "en":
        return None
    parsed, trigger = found
    frame = Frame(analysis=analysis, offset=parsed.offset, lang=parsed.lang)
    token = _head(span.start, span.end, trigger, frame)
    return country if _venue_of(token, event.target[0].sector, trigger, frame) == "own" else None


def _head(start: int, end: int, trigger: Token, frame: Frame) -> Token | None:
    """The syntactic head of the article span [start, end) in the trigger's sentence."""
    inside = [t for t in trigger.sent if start <= frame.offset + t.idx < end]
    return next((t for t in inside if not (start <= frame.offset + t.head.idx < end) or t.head.i == t.i), None)


def _venue_of(token: Token | None, sector: str | None, trigger: Token, frame: Frame) -> str | None:
    """"own" when ``token`` names a place in an in/at/near... phrase of the trigger (or of the light verb of a noun
    trigger: "staged a rally in Karachi"), "inner" when in such a phrase of another protest noun, else None."""
    if token is None or sector not in PLACE_SECTORS or place_under(token, frame) is None:
        return None
    holders = {trigger} | ({trigger.head} if trigger.dep_ in {"dobj", "obj"} else set())
    for _ in range(VENUE_DEPTH):
        head = token.head
        if head is token:
            return None
        if token.dep_ == "prep" and token.lower_ in VENUE_PREPS:
            if head in holders:
                return "own"
            if act_type(head, frame) == "PROTEST":
                return "inner"
        if head in holders or token.dep_ in {"relcl", "advcl", "ccomp", "acl", "conj", "appos"}:
            return None
        token = head
    return None
