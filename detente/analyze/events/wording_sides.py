"""Sides the coder reads for a few wordings the argument rules do not cover: a reaction drawn "from" someone, an
attitude predicated of a copula's subject, the holder of an act not ruled out, the speaker of their own meeting."""
from __future__ import annotations

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.outermost import unexcluding_verb


def drawn_reaction(noun, frame: Frame, found) -> None:
    """"The raid drew condemnation from Egypt", "Israel faced criticism from Britain": the "from" party of a verb of
    drawing (cue list ``drawing``) reacts; the subject, or the doer of the act it names, is reacted to."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB" or lemma(verb, frame.lang) not in words("drawing"):
        return
    froms = [o for p in (*verb.children, *noun.children) if p.dep_ == "prep" and p.lower_ == "from"
             for o in p.children if o.dep_ == "pobj"]
    if not froms:
        return
    found.sources = actors_of(froms[0], frame)
    reacting = {hit.actor.id for hit in found.sources}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    reacted = actors_of(subjects[0], frame, fallback=False) if found.sources and subjects else []
    found.targets = [h for h in [*found.targets, *reacted] if h.actor.id not in reacting]


def predicated_of(participle, frame: Frame) -> list[ActorHit]:
    """The subject of the copula a stative participle complements: it holds the attitude."""
    subjects = [c for c in participle.head.children if c.dep_ == "nsubj"]
    return actors_of(subjects[0], frame, fallback=False) if subjects else []


def holder_of_unexcluded(token, frame: Frame) -> list[ActorHit]:
    """The subject of the verb of holding back an act hangs on, or of the refusal above it ("refused to rule out")."""
    verb = unexcluding_verb(token, frame.lang)
    for holder in (verb, verb.head if verb is not None and verb.dep_ == "xcomp" else None):
        subjects = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}] if holder is not None else []
        if subjects:
            return actors_of(subjects[0], frame, fallback=False)  # no side guessed from the sentence
    return []


def speaker_of_own_meeting(noun, frame: Frame) -> list[ActorHit]:
    """The subject of the verb of saying whose statement contains a "meeting with X"."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ in {"nmod", "obl"} and any(
            g.lower_ == "con" for g in c.children) for c in noun.children):
        return []
    for head in noun.ancestors:
        if head.pos_ in {"VERB", "AUX"} and lemma(head, frame.lang) in words("communication"):
            return [h for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"} for h in actors_of(c, frame)]
    return []
