"""A proposal referred back to is its proposer's: "Mnuchin has suggested a smaller package. Pelosi has objected to this
idea" objects to Mnuchin. A demonstrative or definite proposal noun ("this idea", "the plan", "that offer") with no
maker of its own recalls the proposal made just before (in the sentence, else the previous one), and the one who made it is the party the
objection, refusal or acceptance is aimed at."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of, prep_objects
from detente.analyze.events.targets import SUBJECT_DEPS

PROPOSAL_NOUNS = {"idea", "proposal", "plan", "offer", "suggestion", "approach", "scheme", "initiative", "framework"}
PROPOSING_VERBS = {"suggest", "propose", "offer", "float", "unveil", "present", "pitch", "outline", "introduce",
                   "put", "table", "submit", "recommend", "advance"}
RECALLING = {"this", "that", "the", "these", "those"}
OBJECT_PREPS = {"to", "on", "against", "over", "with"}


def proposer(verb: Token, frame: Frame) -> list[ActorHit]:
    """The subject of the previous sentence that proposed what ``verb`` objects to or takes up ("this idea")."""
    things = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    things += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for o in prep_objects(c)[1]]
    if not any(_recalled_proposal(t) for t in things):
        return []
    sent = verb.sent
    here = [t for t in sent if t.i < verb.i and _proposing(t)][-1:]  # "X has suggested ..., but Y objected to this idea"
    before = [t for t in verb.doc[sent.start - 1].sent if _proposing(t)][:1] if sent.start > 0 else []
    return [h for v in here or before for c in v.children if c.dep_ in SUBJECT_DEPS for h in actors_of(c, frame)]


def _proposing(token: Token) -> bool:
    return token.lemma_.lower() in PROPOSING_VERBS and token.pos_ == "VERB" and token.dep_ in {"ROOT", "conj", "ccomp"}


def _recalled_proposal(thing: Token) -> bool:
    """"this idea", "the plan": a proposal noun opened by a demonstrative or "the", with no maker or content of its
    own ("the plan to cut taxes", "the plan of the opposition", "Meadows' plan" name one)."""
    if thing.lemma_.lower() not in PROPOSAL_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in RECALLING for c in thing.children):
        return False
    return not any(c.dep_ in {"poss", "acl", "relcl", "prep", "compound", "amod"} for c in thing.children)
