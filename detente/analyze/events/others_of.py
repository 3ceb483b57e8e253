"""A side named only as the owner of another party is not that side (stop 26, TimeBank dev audit): "U.S. allies ...
have objected" are the allies, not the United States;
"Russia's neighbours condemned the strikes" are not Russia. The actor layer gives the phrase its modifier's or
possessor's country; when the head noun names another party (an ally, a neighbour, a rival), the owner is dropped
from the doers and the phrase is left unresolved (better no source than the wrong one)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit

OTHER_HEADS = {"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent"}
# not "member": "NATO members agreed", "EU members imposed sanctions" act as the body, as event data code them
OWNER_DEPS = {"compound", "poss", "nmod:poss"}


def not_owners(hits: list[ActorHit], subject: Token, offset: int) -> list[ActorHit]:
    """``hits`` read off ``subject`` without those that lie only in the owner of an other-party head noun."""
    return [h for h in hits if not _owner_only(h, subject, offset)]


def _owner_only(hit: ActorHit, subject: Token, offset: int) -> bool:
    heads = [subject] + [c for c in subject.conjuncts if c.i > subject.i]
    for head in heads:
        if head.lemma_.lower() not in OTHER_HEADS:
            continue  # (the actor layer may take "Iraq's neighbours" whole: it starts at the owner all the same)
        owners = [c for c in head.children if c.dep_ in OWNER_DEPS]
        if any(offset + o.left_edge.idx <= hit.start < offset + o.idx + len(o) for o in owners):
            return True
    return False
