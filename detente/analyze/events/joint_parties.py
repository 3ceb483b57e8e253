"""Who is a party to an act done together, and who is not: reciprocal acts ("traded accusations") make each party
the other's target; a common foe ("cooperate against the armed groups") or one overridden ("despite Israel's
wish") is no party."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import PREP_DEPS, Frame, prep_objects
from detente.analyze.events.extra_roles import act_type
from detente.analyze.events.lemmas import lemma

RECIPROCAL_VERBS = {"trade", "exchange", "swap"}  # "traded accusations", "exchanged fire": each side at the other
RECIPROCAL_PRONOUNS = {"each other", "one another"}
FOE_PREPS = {"against", "contra"}


def reciprocal(head: Token, frame: Frame) -> bool:
    """The act is done by each party to the other: a verb of exchange carries it ("traded accusations", "exchanged
    fire"), or "each other" / "one another" is its object ("accused each other")."""
    verb = head.head if head.dep_ in {"dobj", "obj"} else head
    if lemma(verb, frame.lang) in RECIPROCAL_VERBS or lemma(head, frame.lang) in RECIPROCAL_VERBS:
        return True
    words_after = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i)
    return any(pronoun in words_after for pronoun in RECIPROCAL_PRONOUNS)


def common_foes(head: Token, frame: Frame, sole: bool = False) -> set[int]:
    """Article offsets of the words in the against/contra phrases below a cooperative act: "would cooperate with
    Washington against the armed groups" names a common foe, not a party to the cooperation. A ``sole`` party's
    agreement to a hostile act ("the Council agreed to sanctions against Libya") is aimed at whom that act is."""
    foes = _words_in_phrases(head, frame, FOE_PREPS)
    if sole and foes and frame.lang == "en":
        foes -= {frame.offset + t.idx for act in head.subtree if act.dep_ == "pobj" and act.head.lower_ == "to"
                 and act.head.head.i == head.i and act_type(act, frame) in HOSTILE_ACTS
                 for c in act.children if c.dep_ == "prep" and c.lower_ in FOE_PREPS for t in c.subtree}
    return foes


HOSTILE_ACTS = {"ASSAULT", "COERCE", "SANCTION"}
CONCESSIVE_PREPS = {"despite", "notwithstanding"}


def conceded(head: Token, frame: Frame) -> set[int]:
    """Article offsets of the words in the despite-phrases below the trigger: "agreed to extend the mandate
    despite Israel's wish for a shorter period" names who is overridden, not a party to the act."""
    return _words_in_phrases(head, frame, CONCESSIVE_PREPS)


def _words_in_phrases(head: Token, frame: Frame, preps: set[str]) -> set[int]:
    """Article offsets of the words of every ``preps`` phrase below ``head``."""
    from detente.analyze.events.clause_shape import mentions_any, oblique  # clause_shape reads targets, which reads us

    if not mentions_any(head, preps):
        return set()  # no such preposition in the paragraph: the subtree walk is saved
    return {frame.offset + t.idx for child in head.subtree if child.dep_ in PREP_DEPS or oblique(child)
            for prep, objects in [prep_objects(child)] if prep in preps for o in objects for t in o.subtree}
