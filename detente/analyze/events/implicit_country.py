"""Where an implicit protest takes place, so whose protesters it has: the country of the protest's place, of the one
country its sentence names, of the state body it faces, of the last place its paragraph named before it, else the
article's (``article_country``). A state named for its
embassy or consulate is no place of the protest. Split off ``implicit.py``, which builds the events."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis
from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.location import place_for_trigger
from detente.analyze.events.sector_groups import STATE_BODIES
from detente.analyze.nlp import dateline_end


def protest_country(analysis: Analysis, sent: SpacySpan, token: Token, offset: int) -> str | None:
    """The country of the protest's place, else of the one country the sentence's places name, else of the state
    body it stands in front of, else the article's; a state named for its embassy is no place of the protest."""
    start, end = offset + sent.start_char, offset + sent.end_char
    mentions = [p for p in analysis.places if start <= p.start < end and p.place.country]
    abroad = {p.place.geonameid or p.place.name for p in mentions if _mission_country(analysis.text, p.start, p.end)}
    place = place_for_trigger(analysis, sent, token, offset)
    if place is not None and place.country and (place.geonameid or place.name) not in abroad:
        return place.country
    named = {p.place.country for p in mentions if (p.place.geonameid or p.place.name) not in abroad}
    if len(named) == 1:
        return named.pop()
    faced = _faced_country(analysis, token, offset)
    if faced is not None:
        return faced
    told = _told_before(analysis, start)
    return told if told is not None else article_country(analysis)


def _told_before(analysis: Analysis, start: int) -> str | None:
    """The country of the last place named before ``start`` in the same paragraph ("Hong Kong's street battles are
    a threat to Xi's regime. The protests degrade the Party's claim"): a protest the sentence does not place is where
    the paragraph just was, before the article's dominant country (a Hong Kong story full of Beijing)."""
    paragraph = next((p for p in analysis.article.paragraphs if p.start <= start < p.end), None)
    if paragraph is None:
        return None
    before = [p for p in analysis.places if paragraph.start <= p.start < start and p.place.country
              and not _mission_country(analysis.text, p.start, p.end)]
    return max(before, key=lambda p: p.start).place.country if before else None


def _mission_country(text: str, start: int, end: int) -> bool:
    """The place names the state of an embassy or consulate ("frente a la embajada de Estados Unidos", "outside the
    US embassy"): the mission stands abroad, so its state says nothing of where the protest is."""
    before, after, _ = _mission_patterns()
    return bool(before.search(text, max(0, start - 40), start) or after.match(text, end))


@lru_cache(maxsize=1)
def _mission_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A mission word then "de/of" ending just before a place; a mission word right after one; a mission word."""
    from detente.knowledge.actors.words import foreign_missions

    words = "|".join(sorted(map(re.escape, foreign_missions()), key=len, reverse=True))
    return (re.compile(rf"\b(?:{words})\s+(?:de|del|of)\s+(?:(?:la|las|los|el|the)\s+)?$", re.IGNORECASE),
            re.compile(rf"(?:'s)?\s+(?:{words})\b", re.IGNORECASE), re.compile(rf"\b(?:{words})\b", re.IGNORECASE))


def _faced_country(analysis: Analysis, token: Token, offset: int) -> str | None:
    """"las protestas frente al Congreso de los Diputados", "protestas delante de la Policía Nacional": a protest in
    front of a state body's building takes place in that state; an embassy or consulate stands abroad and says
    nothing of where (``foreign_missions``)."""
    from detente.analyze.events.spanish_arguments import faced_institution

    if token.lang_ != "es":
        return None
    hits = faced_institution(token, Frame(analysis=analysis, offset=offset, lang="es"))
    mission = _mission_patterns()[2]
    countries = {h.actor.country for h in hits if h.actor.country and h.actor.sector in STATE_BODIES
                 and not mission.search(analysis.text, h.start, h.end)}
    return countries.pop() if len(countries) == 1 else None


def article_country(analysis: Analysis) -> str | None:
    """The dateline place's country, else the article's dominant country by its places, weighed as the actor layer
    weighs them (``context_country.dominant_country``: strictly most, a venue town 0.1); a state named for its
    embassy counts nothing. Actor phrases do not count here: the protesters' country is where the protest is."""
    from detente.analyze.actors.context_country import CountryEvidence, dominant_country
    from detente.analyze.actors.resolve import VENUE_WEIGHT
    from detente.knowledge.actors import venue_towns
    from detente.knowledge.actors.normalize import phrase_key

    paragraphs = analysis.article.paragraphs
    body = next((p for p in paragraphs if p.kind == "body"), None)
    dateline = dateline_end(analysis.text[body.start : body.end]) if body is not None else None
    if body is not None and dateline is not None:
        for mention in analysis.places:
            if body.start <= mention.start < body.start + dateline and mention.place.country:
                return mention.place.country
    venues = venue_towns()
    evidence = [CountryEvidence(0, 0, p.start, p.place.country,
                                VENUE_WEIGHT if phrase_key(analysis.text[p.start : p.end]) in venues else 1.0)
                for p in analysis.places if p.place.country and not _mission_country(analysis.text, p.start, p.end)]
    return dominant_country(evidence)
