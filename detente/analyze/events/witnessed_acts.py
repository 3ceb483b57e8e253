"""A harm joined to a verb of saying, seeing or recording is what the witness told or saw, not the witness's act:
"a farmer says he heard explosions and that people were wounded", "the ministry said it had recorded 300 deaths and
900 wounded", "rockets landed near a clinic, the agency said, injuring ten". The parser hangs the harm on the
witness's verb (as its conjunct or adverbial clause), and the subject shared through that link is the witness. The
doer is the subject of the clause the witness reports, when the harm follows it ("police fired tear gas, the
official said, injuring five": the police), else no one the sentence names."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.sources import subject_of

WITNESSED_TYPES = {"ASSAULT", "COERCE"}  # bodily acts one sees or counts; speech acts may well be the speaker's
PERCEIVING = {"hear", "see", "watch", "witness", "record", "document", "count", "tally", "confirm", "describe",
              "film", "photograph", "observe", "notice", "log", "list", "recall"}
JOINING_DEPS = {"conj", "advcl"}


def witnessed_doers(verb: Token, event_type: str, frame: Frame) -> list[ActorHit] | None:
    """The doers of a harm joined to a witness's verb (see module doc), or None when ``verb`` is not so joined."""
    if event_type not in WITNESSED_TYPES or verb.dep_ not in JOINING_DEPS or verb.head.i == verb.i:
        return None
    witness = verb.head
    if witness.pos_ not in {"VERB", "AUX"} or lemma(witness, frame.lang) not in words("communication") | PERCEIVING:
        return None
    if witness.dep_ == "parataxis" and witness.head.i < verb.i:
        reported = witness.head  # "rockets landed ..., the agency said, injuring ten"
    else:
        reported = next((c for c in witness.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    return subject_of(reported, frame, inherit=False) if reported is not None else []
