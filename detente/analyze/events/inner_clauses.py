"""Clauses inside a trigger's phrase that tell another act: a content clause is what a noun says ("a report that
troops shot patients"), not who made it, and a place named inside such a clause is where that act happened, not the
recipient of the trigger's act."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.sentence_words import token_at


def content_clause(clause: Token) -> bool:
    """"a report that Israeli troops had shot patients": a "that" clause with its own subject and object is what
    the noun says, not a relative clause naming its maker ("the attack that Hamas launched" lacks its object)."""
    return any(m.dep_ == "mark" for m in clause.children) and any(
        o.dep_ in {"dobj", "obj"} and o.tag_ not in {"WDT", "WP", "IN"} for o in clause.children)


def inner_clause_place(hit: ActorHit, trigger, sent, frame: Frame) -> bool:
    """The place mention lies in a clause on a noun below the trigger (a relative or content clause with its own
    subject, or a prepositional clause: "a report that troops inside a hospital in Gaza shot ..."): it is where that
    clause's act happened. Not an adverbial clause, whose act shares the scene ("opened fire after the rally in Harare
    turned violent"), nor a ccomp: the small parser makes one of a misread object ("shortened the curfew imposed in
    Sudan after a coup toppled ...")."""
    head, place = token_at(sent.doc, trigger.start - frame.offset), token_at(sent.doc, hit.start - frame.offset)
    if head is None or place is None or not head.is_ancestor(place):
        return False
    token = place
    while token.i != head.i:
        if token.dep_ in {"relcl", "acl", "pcomp"} and token.pos_ in {"VERB", "AUX"} \
                and (token.dep_ == "pcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)):
            return True  # not a participle on a noun ("the curfew imposed in Sudan": where the measure holds) nor
            # a purpose clause ("airlifted food to help victims in Somalia": where the aid goes)
        token = token.head
    return False
