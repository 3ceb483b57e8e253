"""Binding for object pronouns: "him"/"her" as an object never stands for the subject of its own clause (that would be
"himself"), and a subjectless gerund or infinitive shares its controller's clause: "DeSantis opened the night by
swiping at Trump, blaming him" is Trump, not DeSantis; "Obama met Modi and praised him" is Modi. The pronoun pass (coref.link_pronouns) prefers subjects, which
is right for "he said" and wrong for these objects."""
from __future__ import annotations

from spacy.tokens import Token

OBJECT_PRONOUNS = {"him", "her", "them"}
OBJECT_DEPS = {"dobj", "obj", "pobj", "dative", "iobj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
NONFINITE_TAGS = {"VBG", "VB", "VBN"}
CONTROL_DEPS = {"advcl", "xcomp", "pcomp", "conj", "prep", "acl"}
CHAIN_STEPS = 5


def bound_subject_spans(pronoun: Token, offset: int) -> list[tuple[int, int]]:
    """Article spans of the subjects an object pronoun cannot stand for: the subject of its verb, and of the verbs
    that control a subjectless gerund or infinitive it hangs on ("by swiping at Trump, blaming him")."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in OBJECT_DEPS:
        return []
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.pos_ == "ADP":
        verb = verb.head
    spans: list[tuple[int, int]] = []
    for _ in range(CHAIN_STEPS):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        for subject in subjects:
            spans.append((offset + subject.left_edge.idx, offset + subject.idx + len(subject.text)))
        if subjects or verb.pos_ not in {"VERB", "AUX", "ADP"} or verb.head.i == verb.i:
            break
        if verb.pos_ != "ADP" and verb.dep_ != "conj" and (verb.tag_ not in NONFINITE_TAGS or verb.dep_ not in CONTROL_DEPS):
            break  # a finite clause has its own subject; a conjoined verb shares its first conjunct's ("met X and praised him")
        verb = verb.head
    return spans
