"""Who the other party of an act is, and is not: "its neighbour" is never its owner; a third country's venue is no
party to a joint act ("signed a ceasefire in Algiers"); in a mutual act ("Israel and Jordan established relations")
each party is the other's partner; a last resort never takes the doers' own country from where they acted."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.coded_roles import JOINT_ACTS
from detente.analyze.events.place_countries import hit_head_token
from detente.analyze.events.rival_pairs import rival_party

# nouns that by their meaning relate their owner to a different party
OTHER_PARTY_NOUNS = {"neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent", "ally", "partner"}
OWNER_PRONOUNS = {"its", "their"}
STATE_ORGANS = {None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI"}  # who acts for a state


def not_the_doer(targets: list[ActorHit], sources: list[ActorHit], sent, frame: Frame) -> list[ActorHit]:
    """``targets`` without "its neighbour"-like phrases that carry a source's own country ("Russia bombed its
    southern neighbour": the actor layer gives the phrase its owner's country; better no target than the doer), or
    the other party of the pair just named (rival_pairs.py)."""
    own = {h.actor.country for h in sources} - {None}
    kept = []
    for hit in targets:
        head = hit_head_token(hit, sent, frame) if hit.actor.country in own else None
        if head is not None and head.lemma_.lower() in OTHER_PARTY_NOUNS \
                and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children):
            kept += rival_party(head, own, frame)  # "India and Pakistan ... strikes on its arch-rival": Pakistan
            continue
        kept.append(hit)
    return kept


def joint_parties(sources: list[ActorHit], event_type: str) -> bool:
    """Doers of two or more countries performing a joint act (the manual codes "Russia and the United States will
    sign" with both as sources and no target)."""
    return event_type in JOINT_ACTS and len({h.actor.country for h in sources} - {None}) > 1


def not_the_venue(targets: list[ActorHit], sources: list[ActorHit], event_type: str) -> list[ActorHit]:
    """Last-resort targets of a joint act without a third country's place, where the parties only met ("signed a
    ceasefire in Algiers"); a place of one of the parties stays ("observed a ceasefire in Nagorno-Karabakh")."""
    if not joint_parties(sources, event_type):
        return targets
    return [h for h in targets if h.actor.country in {s.actor.country for s in sources}]


def own_origin(hit: ActorHit, sources: list[ActorHit], sent, frame: Frame) -> bool:
    """A last-resort target that is the doers' own country named as where the act came from ("intelligence agencies
    provided coordinates for the strikes ... executed from Indian territory": India launched them, it was not hit).
    Only organs of that state: a state acting at home on its own people keeps its country ("Bashir shortened the
    curfew imposed in Sudan"; PLOVER codes the place when no one else is named)."""
    from detente.knowledge.actors import default_knowledge

    if hit.actor.sector is not None or not hit.actor.country or not sources:
        return False
    if any(s.actor.country != hit.actor.country or s.actor.sector not in STATE_ORGANS for s in sources):
        return False
    if hit.actor.name != default_knowledge().country_name(hit.actor.country):
        return False
    token = hit_head_token(hit, sent, frame)
    for _ in range(3):
        if token is None or token.dep_ not in {"pobj", "amod", "compound", "nmod"}:
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "from":
            return True
        if token.dep_ == "prep" and token.lower_ in {"on", "against"} and token.head.pos_ == "NOUN":
            return True  # "killing a ringleader of the rampage on Israel": another's act on the doers' own country
    return False


# what two parties can only have or do with each other: "Israel and Jordan established diplomatic relations",
# "held joint naval exercises" (the verb must take it as its object, or the trigger be the noun itself). Not a
# signed document ("Armenia and Azerbaijan signed a border agreement"): tests/analyze/test_events_en3_s18.py codes
# its signatories both as sources, with no target
MUTUAL_NOUNS = {"relation", "tie", "ceasefire", "truce", "exercise", "maneuver", "manoeuvre", "patrol", "drill"}
MUTUAL_VERBS = {"sign", "establish", "restore", "resume", "normalize", "normalise", "reach", "conclude", "hold",
                "conduct", "stage", "launch", "begin", "start", "finalize", "finalise", "ink", "observe", "renew"}


def mutual_act(head: Token, event_type: str, sources: list[ActorHit]) -> bool:
    """A joint act of parties of two or more countries that by its words is done with each other: each is coded
    as the other's partner (first named the source), as the parties of "India and Pakistan traded accusations"."""
    if event_type not in JOINT_ACTS or len({h.actor.country for h in sources} - {None}) < 2:
        return False
    if head.pos_ in {"NOUN", "PROPN"}:
        return head.lemma_.lower() in MUTUAL_NOUNS and (head.dep_ not in {"dobj", "obj"}
                                                        or head.head.lemma_.lower() in MUTUAL_VERBS)
    return head.lemma_.lower() in MUTUAL_VERBS and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in MUTUAL_NOUNS for c in head.children)
