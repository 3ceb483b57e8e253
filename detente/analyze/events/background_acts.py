"""Acts named in a background phrase of another act ("refused to ease the sanctions imposed on Iraq after its invasion of
Kuwait", "offered talks following the Iraqi invasion"): ``outermost`` folds every trigger under an outer speech act or
promise into it, but an act that the outer one comes after (or since) is no content of it; when its noun names its own
doer it is an earlier event of its own, coded beside the outer act and ranked below it (stop 27, wire recall study)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token
from detente.analyze.events.implied_acts import names_doer
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

UNFOLDED_PENALTY = 0.2  # the unfolded act ranks below the sentence's own act (the one the gold compares)
DOER_DEPS = {"poss", "compound", "amod", "nmod:poss"}
POSSESSIVE_PRONOUNS = {"its", "their"}
PERSON_ENTITIES = {"PERSON", "PER"}


def background_unfolded(found: list[Trigger], kept: list[Trigger], frame: Frame) -> list[Trigger]:
    """Folded nominal triggers that head a background phrase ("after / since / following X's act") and name their
    doer inside their own phrase (a possessor, a "by" phrase, a national or named modifier)."""
    if frame.lang != "en":
        return []
    kept_at = {t.token.i for t in kept}
    return [t for t in found if t.token.i not in kept_at and t.is_nominal
            and background_phrase(t.token) is not None and own_doer(t.token, frame)]


def background_phrase(noun: Token) -> Token | None:
    """The preposition (or "following") whose object ``noun`` is, when it marks an earlier act (cue list
    ``background_marker``); a conjunct noun ("after the invasion and the occupation") shares its first conjunct's."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in words("background_marker"):
        return head
    if noun.dep_ in {"dobj", "pobj"} and head.lower_ == "following" and head.i < noun.i:
        return head  # "following the invasion": the parser reads "following" as a verb or a preposition
    return None


def own_doer(noun: Token, frame: Frame) -> bool:
    """The act noun names who did it within its own phrase: "its invasion", "Iraq's invasion", "the Iraqi invasion",
    "a government offensive", "the invasion of Kuwait by Iraq" (not "the invasion of Kuwait": that names only the one
    acted on)."""
    for child in noun.children:
        if child.dep_ in DOER_DEPS and child.i < noun.i and (child.dep_ in {"poss", "nmod:poss"} or names_doer(child)
                                                              or actor_at_token(child, frame) is not None):
            return True
        if child.dep_ in {"prep", "agent"} and child.lower_ == "by" and any(o.dep_ == "pobj" for o in child.children):
            return True
    return False


def ranked_below(confidence: float, outer: list[float]) -> float:
    """The unfolded act's confidence: its own, less the penalty, and always below the sentence's strongest act."""
    own = confidence - UNFOLDED_PENALTY
    if outer:
        own = min(own, max(outer) - 0.05)
    return round(max(0.05, own), 2)


def possessor_antecedent(noun: Token, frame: Frame) -> list[ActorHit]:
    """"the sanctions imposed on Iraq after its invasion of Kuwait": the state or body named last before "its" /
    "their" in the sentence (not a person: "its" is a country's or an organisation's act)."""
    owner = next((c for c in noun.children if c.dep_ in {"poss", "nmod:poss"} and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is None:
        return []
    for token in reversed(list(owner.sent[: owner.i - owner.sent.start])):
        if token.pos_ != "PROPN" or token.ent_type_ in PERSON_ENTITIES or token.dep_ in {"compound", "poss"}:
            continue
        hit = actor_at_token(token, frame)
        if hit is not None and hit.actor.country:
            return [hit]
    return []
