"""What a law, treaty or rule says is no act (corpus dev audit s24, class A1 "content of a law"; PolNeAR train audit
s24). "The 5G SALE Act allows the government to vet applications", "the treaty requires both sides to consult",
"the new rule bars officials from meeting lobbyists": a present-simple verb of permitting or obliging (cue list
``rule_verb``) whose subject is a document (cue list ``law_document``) states the content in force, not a dated
act of the document (no one acts) nor of those it permits or obliges. The verb itself and an act in its clausal
complement (or that complement's object noun) code nothing.

A past or progressive verb ("the law allowed police to detain", "the deal is allowing aid in") and a doer that is an
actor ("Israel allows aid into Gaza") stay coded; so does the enactment itself ("Congress passed a law").

What a plan or a platform "promises" (cue lists ``pledging_verb``, ``plan_document``) is its content in the same way,
no promise made by anyone (PolNeAR train audit s25, class N1): "Her economic plan promises to lift up participation
in the workforce". "Clinton promises to lift up participation" stays AGREE.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

COMPLEMENTS = {"xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "pcomp", "conj"}


def law_content(token: Token, lang: str) -> bool:
    """The trigger is, or stands in the complement of, a present-simple rule verb with a document subject."""
    if lang != "en":
        return False
    current = token
    for _ in range(4):  # the trigger, then up through its complement chain ("allows the government to vet use")
        if lemma(current, lang) in words("rule_verb") and _present_simple(current) and _document_subject(current):
            return True
        if lemma(current, lang) in words("pledging_verb") and _present_simple(current) \
                and _document_subject(current, words("plan_document")):
            return True  # "her economic plan promises to lift up participation"
        if current.dep_ not in COMPLEMENTS or current.head.i == current.i:
            return False
        if current.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return False  # "the deal requires talks, and Russia attacked": a clause of its own
        current = current.head
    return False


def _document_subject(verb: Token, more: frozenset[str] = frozenset()) -> bool:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    documents = words("law_document") | more
    return any(lemma(s, "en") in documents or s.lower_ in documents for s in subjects)


def _present_simple(verb: Token) -> bool:
    if verb.tag_ not in {"VBZ", "VBP", "VB"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VB":  # "does not allow"
        return len(auxes) == 1 and auxes[0].lemma_ == "do" and auxes[0].tag_ in {"VBZ", "VBP"}
    return not auxes
