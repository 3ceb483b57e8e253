""""Lawmakers protested outside parliament and were arrested": a passive verb coordinated with an active one shares
its subject as the one acted on, not as the doer (the police arrested the lawmakers). With a passive subject of its
own ("... is more than 8,700, and 22,000 have been wounded") it borrows no one from the other clause."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.clause_shape import is_passive

PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}


def passive_conjunct(verb: Token) -> bool:
    """``verb`` is a passive verb coordinated after another clause's verb (whose subject it would borrow)."""
    return verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb) \
        and not any(c.dep_ == "nsubj" for c in verb.children)


def own_patient(verb: Token) -> bool:
    """The passive conjunct names its own patient as its subject."""
    return any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)
