"""A company releasing a product frees no one (stop 27; pages dev audit s26 class N2 "business/product", fresh pages
dump seed 2701: product reviews, film news).

RETREAT release frees prisoners and hostages; object_senses.py already reads releasing a statement, a book or a
film as publishing. On product and culture pages the thing released is a product named by its brand: "Apple
released the 11-inch iPad Pro", "just months after the last i9 MacBook Pro was released", "a movie set for release
by Universal Pictures". Such a release is not coded when no side is political (the releaser, if read, is a company
or a name with no country and no sector; the released, if read, has neither a country nor a sector) and what is
released is no person: not a pronoun, a number ("13 of them"), a person's name or a word of cue list ``captive``.
"Hamas released 13 of them" and "Israel released 39 Palestinians" have a political side; "the kidnappers released
John Smith" names a person; both stay.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

RELEASED = {"dobj", "obj", "nsubjpass", "nsubj:pass"}
PERSONS = {"PERSON", "NORP", "GPE"}


def product_release(trigger: Trigger, found, frame) -> bool:
    """An English release of a thing by a company or an unplaced name (module docstring)."""
    if frame.lang != "en" or trigger.cue.type != "RETREAT" or lemma(trigger.token, "en") != "release":
        return False
    if any(hit.actor.country or (hit.actor.sector not in {None, "BUS"}) for hit in found.sources):
        return False
    if any(hit.actor.country or hit.actor.sector for hit in found.targets):
        return False
    if not found.sources and not found.targets:
        return False
    released = _released(trigger.token, trigger.is_nominal)
    return released is not None and not _person(released)


def _released(token: Token, nominal: bool) -> Token | None:
    """The released thing: the verb's object or passive subject, the antecedent of a relative or participle, or
    for the noun "release" its of-complement or the noun it is set for ("a movie set for release")."""
    if nominal:
        of = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"), None)
        if of is not None:
            return of
        up = token.head.head if token.dep_ == "pobj" else None  # "set for release": the participle "set"
        if up is not None and up.dep_ == "acl" and up.head.pos_ in {"NOUN", "PROPN"}:
            return up.head
        return None
    found = next((c for c in token.children if c.dep_ in RELEASED), None)
    if found is None and token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    if found is not None and found.tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
        return token.head
    return found


def _person(noun: Token) -> bool:
    """The released noun stands for people: a pronoun, a number, a person's or a people's name, a captive word."""
    if noun.pos_ in {"PRON", "NUM"} or noun.like_num or noun.ent_type_ in PERSONS:
        return True
    if lemma(noun, "en") in words("captive") or noun.lower_ in {"people", "persons", "men", "women", "children"}:
        return True
    return any(t.ent_type_ in PERSONS for t in noun.subtree if t.dep_ in {"compound", "poss", "appos"})
