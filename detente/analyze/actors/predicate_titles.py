"""A stranger's title told by a predicate: "Jane Doakes is the current mayor of Chicago", "Doakes, who became
Chicago's mayor", "Bill Farnsworth, who served as Chicago's mayor until 2011", "Smith was named ambassador to
Kenya". Like a title in apposition (titled_names.py), it gives the person the title's country; the title's sector
when the predicate is in the present, the ELI of a former state official when it is in the past ("served as ...").
"""
from __future__ import annotations

from spacy.tokens import Token

LINKING = {"be", "become", "remain"}  # "is the mayor of Chicago": the title is the attribute
AS_VERBS = {"serve", "work", "act", "elect", "appoint", "name", "swear", "install", "nominate", "confirm"}
NAMING = {"elect", "appoint", "name", "nominate", "make"}  # "was named ambassador": the title is the object predicate
PRESENT_TAGS = {"VBZ", "VBP"}


def predicate_heads(root: Token) -> list[tuple[Token, bool]]:
    """The title tokens a predicate gives the name headed by ``root`` (its subject, or the subject "who" of a
    relative clause on it), each with whether the predicate is past."""
    verbs = []
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i != root.i:
        verbs.append(root.head)
    verbs += [c for c in root.children if c.dep_ == "relcl"
              and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in {"who", "that"} for g in c.children)]
    heads: list[tuple[Token, bool]] = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        past = _past(verb)
        for child in verb.children:
            if child.dep_ == "attr" and lemma in LINKING and child.pos_ in {"NOUN", "PROPN"}:
                heads.append((child, past))
            elif child.dep_ == "oprd" and lemma in NAMING and child.pos_ in {"NOUN", "PROPN"}:
                heads.append((child, False))  # newly named: holds it in the story
            elif child.dep_ == "prep" and child.lower_ == "as" and lemma in AS_VERBS | LINKING:
                heads += [(o, past and lemma not in NAMING) for o in child.children if o.dep_ == "pobj"]
    return heads


def _past(verb: Token) -> bool:
    """The predicate tells of the past: a past-tense verb or auxiliary, not a present perfect ("has served")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ in PRESENT_TAGS or a.lower_ in {"has", "have", "'s", "'ve"} for a in auxes):
        return False
    if any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBD"
