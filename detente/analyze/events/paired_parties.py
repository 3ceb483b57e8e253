"""Both parties of a hyphenated country pair that names an act's parties: in "Israeli-Palestinian talks" or "joint
Jordanian-U.S. operations" the pair modifies the act noun itself, so each country is a party, but the actor layer
reads the compound as one actor of the first country. The second country joins the event: as its recipient when
the event has none (talks, cooperation between the two), else beside the first as a joint doer.

Only a pair right before the trigger (one modifier word may sit between: "U.S.-China trade talks") counts; a pair
that describes a person ("a Cuban-American lawmaker met ...") modifies no act noun and is left alone."""
from __future__ import annotations

import re

from detente.model import Actor

PAIR_TYPES = {"CONSULT", "COOPERATE", "AGREE", "AID"}  # acts done between or together
MODIFIER_GAP = re.compile(r"^\s+(?:[a-z]+\s+)?$")  # whitespace, at most one lower-case modifier word


def add_pair_parties(analysis, side_for) -> None:
    """Add, in place, the second country of a hyphenated pair before the trigger (see module doc). ``side_for``
    gives the article's actor (or an implied one) for a country."""
    text = analysis.text
    for event in analysis.events:
        span = event.evidence.source
        if event.type not in PAIR_TYPES or event.negated or span is None or not event.source:
            continue
        if not MODIFIER_GAP.match(text[span.end:event.evidence.trigger.start]):
            continue
        pair = _country_pair(text[span.start:span.end].split()[-1] if text[span.start:span.end].split() else "")
        if pair is None:
            continue
        first, second = pair
        sides = {a.country for a in event.source} | {a.country for a in event.target}
        if first not in {a.country for a in event.source} or second in sides:
            continue
        actor: Actor = side_for(second)
        if event.target:
            event.source = event.source + [actor.ref()]
        else:
            event.target = [actor.ref()]


def _country_pair(word: str) -> tuple[str, str] | None:
    """The two distinct countries of "Israeli-Palestinian", "U.S.-China", "Jordanian-U.S.", else None."""
    parts = [p for p in re.split(r"[-–]", word) if p]
    if len(parts) != 2:
        return None
    countries = [_country(part) for part in parts]
    if None in countries or countries[0] == countries[1]:
        return None
    return countries[0], countries[1]


def _country(word: str) -> str | None:
    from detente.knowledge.actors import default_knowledge
    from detente.knowledge.actors.normalize import phrase_key

    kb = default_knowledge()
    entries = list(kb.phrases.get(phrase_key(word), ())) + list(kb.exact.get(word.upper(), ()))
    codes = {e.value for e in entries if e.kind in {"country", "demonym"} and e.value in kb.countries}
    return codes.pop() if len(codes) == 1 else None

