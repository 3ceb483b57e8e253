"""Photo captions in the present tense ("Rep. X, left, talks with Rep. Y", "Sinwar greets his supporters during a
meeting with ..."): the small parser often tags the verb a plural noun and hangs the name on it as a modifier (or
the verb on the name), so the caption's doer is read off the word order: a name opening the sentence, an optional
", left," and a present-tense verb in -s."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token

POSITIONS = {"left", "right", "center", "centre", "top", "bottom", "front", "rear", "second", "third", "far", "standing",
             "seated", "foreground", "background"}
VERB_TAGS = {"NNS", "VBZ"}


def caption_verb(sent_tokens: Sequence[Token]) -> tuple[Token, Token] | None:
    """(the opening name's last word, the -s verb) of a caption-shaped sentence (its tokens, or the sentence Span
    itself: only the opening words are read), else None."""
    index = 0
    while index < len(sent_tokens) and sent_tokens[index].pos_ in {"PROPN", "ADJ"} and sent_tokens[index].text[:1].isupper():
        index += 1
    if index == 0 or index >= len(sent_tokens):
        return None
    name = sent_tokens[index - 1]
    if sent_tokens[index].text == ",":  # ", left," (or ", second from left,")
        close = next((j for j in range(index + 1, min(index + 6, len(sent_tokens))) if sent_tokens[j].text == ","), None)
        if close is None or not any(t.lower_ in POSITIONS for t in sent_tokens[index + 1 : close]):
            return None
        index = close + 1
    if index >= len(sent_tokens):
        return None
    verb = sent_tokens[index]
    if verb.tag_ not in VERB_TAGS or not verb.lower_.endswith("s") or verb.text[:1].isupper():
        return None
    return name, verb


def caption_subject(noun: Token, frame: Frame, own: bool) -> list[ActorHit]:
    """The caption's opening name as the doer of ``noun``: the -s verb itself (``own``: "talks"), or an act noun
    after it ("greets his supporters during a meeting with ...")."""
    if frame.lang != "en":
        return []
    shape = caption_verb(noun.sent)  # the Span: no Token built for the words after the caption's opening
    if shape is None:
        return []
    name, verb = shape
    if (own and verb.i != noun.i) or (not own and verb.i >= noun.i):
        return []
    hit = actor_at_token(name, frame)
    return [hit] if hit is not None else []
