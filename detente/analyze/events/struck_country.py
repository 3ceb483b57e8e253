"""Victims with no country of their own are of the country where the attack hit them. "At least 83 people were
wounded in the attack" (on Kyiv), "five civilians were killed ... in Pakistan-administered Kashmir": the actor layer
gives "people" or "civilians" no country, or only the doers' own one guessed from the context ("Russia launched a
drone attack on a market in Kharkiv, wounding dozens of people": not Russians), and PLOVER codes the location's
country when the target names none. Only when the attack's doers are all of other countries than where it happened,
so a place that is the doers' own (a dateline, "a tank in Israel had fired at the journalists") never stands for
those they hit."""
from __future__ import annotations

from detente.model import ActorRef, Event

NOT_COUNTRIES = {"IGO", "NGO", "UNO", "EUR", "IMG", "ISM", "MNC"}


def struck_country(event: Event, inferred: set[str]) -> str | None:
    """The country an ASSAULT's targets stand for when none has a country of its own (``inferred``: the ids of
    actors whose country the actor layer only guessed from the context): its location's, when every doer has a
    country and none is that one; else None."""
    if event.type != "ASSAULT" or event.negated or not event.target:
        return None
    if not event.source or not all(a.country for a in event.source) or event.location is None:
        return None
    doers = {a.country for a in event.source}
    if any(_own_country(a, doers, inferred) for a in event.target):
        return None
    country = event.location.country
    if not country or country in NOT_COUNTRIES or country in doers:
        return None
    return country


def _own_country(actor: ActorRef, doers: set, inferred: set[str]) -> bool:
    """The target has a country of its own: one named for it, not the doers' one guessed from the context."""
    return bool(actor.country) and not (actor.id in inferred and actor.country in doers)


def countryless(targets: list[ActorRef]) -> list[ActorRef]:
    """The targets that keep their place beside the struck country: those with no country (the doers' guessed one
    goes)."""
    return [a for a in targets if not a.country]
