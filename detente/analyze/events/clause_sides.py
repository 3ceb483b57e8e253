"""Sides fixed by the shape of a side clause (stop 26, wire news): which clause's subject a verb may borrow, and
whom a relative clause's missing argument stands for.

- A passive clause under "since", "after" or "because" names the one acted on as its own subject ("extremists have
  bombed two towns since Sinn Fein was expelled from the talks"): the main clause's subject did not expel them. The
  doer is unnamed (or named by a by-phrase), never borrowed from the clause the passive hangs on.
- A contact relative clause with a subject of its own ("a store owner they took hostage", "the villagers the rebels
  had kidnapped") says its noun is the one acted on, not the doer: the noun is the clause's missing object.
- "with whom" / "to which" stands for the noun the relative clause modifies ("Saddam, with whom the king met").
- A passive "being" participle in a prepositional phrase ("fled Cuba after being arrested by Batista's agents") is
  said of the governing clause's subject as the one acted on (stop 27).
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lexicon import words

RELATIVE_WORDS = {"who", "whom", "which", "that", "whose", "what"}
PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}
OWN_SUBJECTS = {"nsubj"}
OBJECTS = {"dobj", "obj"}
# a passive told as the earlier act the main clause follows or answers ("since Sinn Fein was expelled", "after his
# team was blocked"); not "until / before / when they were arrested", where the main clause's doer often goes on to act
PRIOR_MARKS = {"since", "after", "because"}


def borrows_no_doer(verb: Token) -> bool:
    """The verb's clause names its own participant in subject position, so no other clause's subject is its doer:
    an adverbial passive with its own subject, or a contact relative clause with a subject of its own."""
    if verb.dep_ == "advcl" and any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children) \
            and any(c.dep_ in {"auxpass", "aux:pass"} for c in verb.children) \
            and any(c.dep_ == "mark" and c.lower_ in PRIOR_MARKS for c in verb.children):
        return True
    return contact_relative(verb) or passive_gerund(verb)


def passive_gerund(verb: Token) -> bool:
    """"fled Cuba after being arrested by Batista's agents": a passive "being" participle in a prepositional phrase,
    with no subject of its own, is said of the governing clause's subject as the one acted on, never as its doer."""
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
        and any(c.dep_ in {"auxpass", "aux:pass"} and c.lower_ == "being" for c in verb.children) \
        and not any(c.dep_ in OWN_SUBJECTS | PASSIVE_SUBJECTS for c in verb.children)


def contact_relative(verb: Token) -> bool:
    """A relative clause without a relative word whose subject is its own ("the man they arrested")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(t.lower_ in RELATIVE_WORDS and t.tag_ in {"WDT", "WP", "WP$"} for t in verb.subtree if t.i < verb.i):
        return False
    subjects = [c for c in verb.children if c.dep_ in OWN_SUBJECTS]
    return bool(subjects) and all(s.lower_ not in RELATIVE_WORDS for s in subjects)


def relative_patient(verb: Token, frame: Frame) -> list[ActorHit]:
    """The noun a contact relative clause modifies, when it is the clause's missing object: no object of its own,
    or only a predicate noun of captivity ("they took hostage"); the governing clause's subject of a passive gerund
    ("the activist fled after being arrested")."""
    if passive_gerund(verb):
        return _governing_subject(verb.head.head, frame)
    if not contact_relative(verb):
        return []
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    if any(o.lemma_.lower() not in words("captive_predicate") for o in objects):
        return []
    return actors_of(verb.head, frame)


def _governing_subject(clause: Token, frame: Frame) -> list[ActorHit]:
    """The actors of the subject of ``clause``, its own or shared ("his father, who fled"; "150 Indians returned home
    broke after being deported")."""
    from detente.analyze.events.sources import subject_of  # sources reads this module

    return subject_of(clause, frame)


def captive_predicates(verb: Token) -> set[int]:
    """Token indices of captivity predicate nouns ("took X hostage") on a contact relative clause: no side."""
    if not contact_relative(verb):
        return set()
    return {c.i for c in verb.children if c.dep_ in OBJECTS and c.lemma_.lower() in words("captive_predicate")}


def relative_object(obj: Token) -> Token:
    """"Saddam, with whom the king met": the preposition's relative pronoun stands for the modified noun."""
    if obj.lower_ not in {"whom", "which"} or obj.dep_ != "pobj":
        return obj
    clause = obj.head.head
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return obj
