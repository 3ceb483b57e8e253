"""Recipients the clause names in a shape the argument readers miss, read as a last resort when no target was found:

- an object "it" stands for the state or body named last before it in the sentence, other than the doer ("India
  moved to punish Pakistan after accusing it of ...": Pakistan); a pronoun object is never its own clause's subject;
- a verb with no object of its own shares the object of the verb it is coordinated with ("shot down or jammed 33
  Ukrainian drones": the drones were shot down too), the usual reading of "V1 or V2 X";
- a message noun that is the object of a verb ("reiterated their plea to Congress") is addressed to whom the to-phrase
  names, though the parser hangs that phrase on the verb;
- an object "them" with nothing plural before it in its sentence stands for the plural party named last in the
  sentence before ("came out swinging against the moderators. He accused them of ...").
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actor_at_token, actors_of
from detente.analyze.events.previous_paragraph import sentence_before

OBJECT_DEPS = {"dobj", "obj"}
THING_PRONOUNS = {"it"}
PERSON_ENTITIES = {"PERSON", "PER"}
COORDINATORS = {"or", "and"}


def recipient_named(head: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """The recipient read from an object pronoun "it", else from the object shared with a coordinated verb."""
    if frame.lang != "en":
        return []
    if head.pos_ == "NOUN":
        return hung_recipient(head, frame, exclude)
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    return pronoun_antecedent(head, frame, exclude) or shared_object(head, frame, exclude) \
        or plural_antecedent(head, frame, exclude)


PLURAL_PRONOUNS = {"them"}


def plural_antecedent(head: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"Ramaswamy came out swinging against the moderators. He accused them of ...": an object "them" that nothing
    plural before it in its own sentence can stand for takes the plural party named last in the sentence before
    (a plural noun or a coordination of names), other than the doer."""
    pronoun = _unread_object_pronoun(head, frame, PLURAL_PRONOUNS)
    if pronoun is None:
        return []
    if any(_plural(t) for t in pronoun.doc[pronoun.sent.start : pronoun.i]):
        return []  # "the rebels ... the army fought them": its own sentence has a plural to stand for
    if (previous := sentence_before(pronoun, frame)) is None:  # news copy: often the paragraph before
        return []
    before, its_frame = previous
    for token in reversed(list(before)):
        if not _plural(token):
            continue
        token = _listed_group(token)  # "the moderators, Welker and Holt": the group noun the names list
        hits = [h for h in actors_of(token, its_frame, fallback=False) if h.actor.id not in exclude]
        if hits:
            return hits[:1]
    return []


def _listed_group(names: Token) -> Token:
    """The plural noun a comma-set list of names stands in apposition to ("the moderators, Welker and Holt"), however
    the parser hung the list; else the names themselves."""
    start = names.left_edge.i
    if names.tag_ == "NNP" and start >= 2 and names.doc[start - 1].text == "," and names.doc[start - 2].tag_ == "NNS":
        return names.doc[start - 2]
    return names


def _plural(token: Token) -> bool:
    """A plural noun, or the first of coordinated names ("Welker and Holt")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    return token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children)


def hung_recipient(noun: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"reiterated their plea to Congress", "renewed its appeal to the UN": the to-phrase the parser hangs on the verb
    whose object the message noun is names the noun's addressee."""
    if noun.dep_ not in OBJECT_DEPS or noun.head.pos_ != "VERB":
        return []
    if any(c.dep_ in {"dative"} or c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return []  # the noun has its own to-phrase (read by the noun's roles)
    return [h for c in noun.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj" for h in actors_of(o, frame, fallback=False)
            if h.actor.id not in exclude][:1]


def pronoun_antecedent(head: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"accusing it of backing the attack": the state or body named last before "it" in its sentence, not a person
    nor a plural, and not the doer (``exclude``) nor a subject the pronoun's own clause shares (binding: an object
    pronoun never stands for its own clause's subject)."""
    pronoun = _unread_object_pronoun(head, frame, THING_PRONOUNS)
    if pronoun is None:
        return []
    subjects = {t.i for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    for token in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if token.i in subjects or token.pos_ != "PROPN" or token.ent_type_ in PERSON_ENTITIES:
            continue
        if token.tag_ in {"NNPS"} or token.dep_ in {"compound", "poss"}:
            continue
        hit = actor_at_token(token, frame)
        if hit is not None and hit.actor.id not in exclude and hit.actor.country:
            return [hit]
    return []


def shared_object(head: Token, frame: Frame, exclude: set[str]) -> list[ActorHit]:
    """"its forces shot down or jammed 33 Ukrainian drones": a verb with no object of its own whose coordinated verb
    after it has one shares that object (and the actor it names)."""
    if any(c.dep_ in OBJECT_DEPS | {"nsubjpass", "ccomp", "xcomp"} for c in head.children):
        return []
    if not any(c.dep_ == "cc" and c.lower_ in COORDINATORS for c in head.children):
        return []
    for verb in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return []  # a clause of its own: "Israel struck and Hamas fired rockets"
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        hits = [h for o in objects for h in actors_of(o, frame, fallback=False) if h.actor.id not in exclude]
        if hits:
            return hits[:1]
    return []


def _unread_object_pronoun(head: Token, frame: Frame, words: set[str]) -> Token | None:
    """The head's first object pronoun among ``words`` that the coreference layer left unread (no actor on it)."""
    pronoun = next((c for c in head.children if c.dep_ in OBJECT_DEPS and c.lower_ in words), None)
    if pronoun is None or frame.analysis.actor_at(frame.offset + pronoun.idx,
                                                  frame.offset + pronoun.idx + len(pronoun)) is not None:
        return None
    return pronoun
