""""Its rival" is the other party of a pair the text has just named: "India and Pakistan exchanged artillery fire
after New Delhi launched missile strikes on its arch-rival" strikes Pakistan. The actor layer gives "its rival" its
owner's country (other_party.not_the_doer drops that as no target); when a coordinated subject or a "between"
phrase just before names two countries, one of them the owner's, the rival is the other. A plural ("its
neighbours") or a pair of two other countries gives no one."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.targets import SUBJECT_DEPS, relative_antecedent


def rival_party(noun: Token, owners: set, frame: Frame) -> list[ActorHit]:
    """The other member of the two-country pair named last before the singular other-party noun ``noun`` ("its
    arch-rival"), in its sentence or the one before, when one member is of the ``owners``' country."""
    if noun.tag_ != "NN":
        return []
    sent = noun.sent
    before = list(noun.doc[sent.start : noun.i])[::-1]
    if sent.start > 0:
        before += list(noun.doc[sent.start - 1].sent)[::-1]
    for token in before:
        if token.dep_ in SUBJECT_DEPS and token.conjuncts or token.dep_ == "pobj" and token.head.lower_ == "between":
            hits = actors_of(relative_antecedent(token), frame)
            countries = {h.actor.country for h in hits} - {None}
            if len(countries) == 2 and countries & owners:
                return [h for h in hits if h.actor.country and h.actor.country not in owners][:1]
            if len(countries) == 2:
                return []  # the pair named last is two others: no guess
    return []


OWNER_PRONOUNS = {"its", "their"}
AIMED_DEPS = {"dobj", "obj", "dative"}


def named_rival(trigger: Token, owners: set, frame: Frame) -> list[ActorHit]:
    """The rival an act is aimed at through an owned other-party noun the actor layer left unresolved: the object
    or on/against/with phrase of the trigger, or of the light verb an act noun is the object of ("launched strikes
    on its arch-rival")."""
    from detente.analyze.events.other_party import OTHER_PARTY_NOUNS
    from detente.analyze.events.targets import PARTNER_PREPS, TARGET_PREPS

    heads = [trigger] + ([trigger.head] if trigger.dep_ in AIMED_DEPS else [])
    for head in heads:
        for child in head.children:
            nouns = [child] if child.dep_ in AIMED_DEPS else [
                o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in TARGET_PREPS | PARTNER_PREPS else []
            for noun in nouns:
                if noun.lemma_.lower() in OTHER_PARTY_NOUNS and not actors_of(noun, frame, fallback=False) \
                        and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in noun.children):
                    return rival_party(noun, owners, frame)
    return []
