"""Role fixes over a sentence's coded events, once each trigger's arguments are read: a harm verb's outcome folds
into the attack noun that is its subject, and the location's country is the last-resort target of acts done
somewhere."""
from __future__ import annotations

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.inner_clauses import inner_clause_place
from detente.analyze.events.place_countries import country_actor
from detente.analyze.events.sentence_words import token_at


def fold_outcomes(coded: list, analysis) -> list:
    """"The bombing of a school by Israeli jets killed 20 people": the harm verb whose subject is the attack noun
    tells the outcome of that one act; the verb's event folds into the noun's (its victims become the noun's
    targets when the noun names none with a country), so the sentence has one attack, told by its own words.
    Victims whose country the actor layer only inferred from the context and that is the doers' own are left out
    ("Russia's shelling of Kharkiv killed five civilians" does not make Russia the target)."""
    if len(coded) < 2:
        return coded  # nothing to fold into
    inferred = {actor.id for actor in analysis.actors if actor.country_inferred}
    by_token = {trigger.token.i: (trigger, event) for trigger, event in coded}
    folded: set[int] = set()
    for trigger, event in coded:
        if trigger.is_nominal:
            continue
        subjects = [c for c in trigger.token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        host = next((by_token[s.i] for s in subjects if s.i in by_token and by_token[s.i][1].type == event.type), None)
        if host is None:
            continue
        _, noun_event = host
        doers = {a.country for a in noun_event.source or event.source}
        victims = [a for a in event.target if not (a.id in inferred and a.country in doers)]
        if not any(a.country for a in noun_event.target) and victims:
            noun_event.target = victims
            noun_event.evidence.target = event.evidence.target
        noun_event.source = noun_event.source or event.source
        noun_event.confidence = max(noun_event.confidence, event.confidence)
        folded.add(id(event))
    return [(t, e) for t, e in coded if id(e) not in folded]


# acts two parties do together, at a venue that is no party: "Ethiopia and Eritrea signed a ceasefire in Algiers",
# "Sudan and Chad restored relations in Tripoli" (not AID: "in Rwanda" is where the aid goes)
JOINT_ACTS = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE"}
LOCATED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST", "CONCEDE"}


def located_targets(events: list, sent, frame: Frame) -> None:
    """Last resort for acts done somewhere (attacks, arrests, deployments, protests, concessions), once the
    sentence's events are merged: with no recipient read, the country of the event's resolved location is the
    target (PLOVER codes the location when no one else is named): "Bashir shortened the curfew imposed in
    Sudan". The event's confidence is left as it was (a fallback, not a read argument)."""
    from detente.model import Span

    for event in events:
        if event.target or not event.source or event.type not in LOCATED_TYPES:
            continue
        hit = _location_actor(event.location, sent, frame)
        parties = {a.country for a in event.source} - {None}
        if hit is not None and event.type in JOINT_ACTS and len(parties) > 1 and hit.actor.country not in parties:
            continue  # "Ethiopia and Eritrea signed a ceasefire in Algiers": a third country's venue is no party
        trigger = event.evidence.trigger
        doer = event.evidence.source
        if hit is not None and (doer is not None and hit.start < doer.end and doer.start < hit.end
                                or hit.end <= trigger.start and _modifies(hit, trigger, sent, frame)):
            continue  # "Yemen's missile attack": the place names the doer, not where it struck
        if hit is not None and any(a.id == hit.actor.id or a.sector is None and a.country == hit.actor.country
                                   for a in event.source):
            continue  # "Pakistan banned the group": a state acting at home is not its own recipient
        if hit is not None and _names_group(trigger, sent, frame):
            continue  # "a militant group outlawed by Musharraf": the group, unresolved, is the recipient
        if hit is not None and inner_clause_place(hit, trigger, sent, frame):
            continue  # "apologized for a report that troops inside a hospital in Gaza shot": another act's place
        if hit is not None:
            event.target = [hit.actor.ref()]
            event.evidence.target = Span(hit.start, hit.end)


def _names_group(trigger, sent, frame: Frame) -> bool:
    from detente.analyze.events.named_as import named_group_recipient

    head = token_at(sent.doc, trigger.start - frame.offset)
    return head is not None and named_group_recipient(head)


def _modifies(hit: ActorHit, trigger, sent, frame: Frame) -> bool:
    """The place mention is a possessor or modifier of the trigger noun ("Yemen's missile attack")."""
    head = token_at(sent.doc, trigger.start - frame.offset)
    if head is None or frame.offset + head.idx != trigger.start or not sent.start <= head.i < sent.end:
        return False
    return any(hit.start <= frame.offset + t.idx < hit.end for c in head.children if c.dep_ in {"poss", "compound", "amod"}
               for t in c.subtree)


def _location_actor(location, sent, frame: Frame) -> ActorHit | None:
    """An actor for the country of ``location`` (the article's country actor, else one for the place mention)."""
    if location is None or not location.country:
        return None
    start, end = frame.offset + sent.start_char, frame.offset + sent.end_char
    mention = next((p for p in frame.analysis.places if start <= p.start < end and p.place.country == location.country), None)
    return None if mention is None else country_actor(location.country, mention, frame)
