"""'his Syrian counterpart': the other side's holder of the same office, so of the sector of the person whose
counterpart it is (a minister's counterpart is GOV, an army chief's MIL). The holder is the subject of the verb the
counterpart depends on ("X met his Syrian counterpart", "X was received by his French counterpart") or the name it
is coordinated with ("X and his Syrian counterpart"); with no holder found the sector stays unknown."""
from __future__ import annotations

from spacy.tokens import Doc, Token

COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def counterpart_token(doc: Doc, end: int) -> Token | None:
    """The word 'counterpart' right after a phrase that ends at ``end`` ('his Syrian | counterpart'), or None."""
    if end < len(doc) and doc[end].lower_ in COUNTERPART_WORDS:
        return doc[end]
    return None


def holder_token(word: Token) -> Token | None:
    """The head token of the phrase naming whose counterpart this is, or None."""
    if word.dep_ == "conj":
        return word.head
    node = word
    for _ in range(4):
        if node.head.i == node.i:  # the root (a Token is a new object per access: compare indices)
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return next((c for c in node.children if c.dep_ in SUBJECT_DEPS and c.i != word.i), None)
    return None
