"""Sides a phrase names by its shape rather than by its grammatical role (and a recipient it names as a group): a protest participle that modifies its
crowd ("protesting crowds", "rioting students": the crowd protests, whatever label the parser gave it), and an act
condemned or denied under the speaker's own name for it ("condemned what it called Indian air strikes": the doer of
the strikes is the one accused)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.extra_roles import act_agents, act_type
from detente.analyze.events.lexicon import words

def named_group_recipient(token: Token) -> bool:
    """The act names its recipient as a group ("Pakistan banned the group", "a militant group outlawed by
    Musharraf", "police dispersed the protesters"): when the actor layer did not resolve it, the place's country or
    people are no stand-in for it (an empty side is better than a wrong one)."""
    named = [c for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    named += [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []  # "a group outlawed by X"
    groups = words("bannable") | words("crowd")  # not forces: "sending more forces to Khan Younis" (the means)
    return any(n.lemma_.lower() in groups or n.lower_ in groups for n in named)


NAMING_VERBS = {"call", "describe", "term", "label", "brand", "characterize", "characterise", "dub"}


def protesting_crowd(verb: Token) -> Token | None:
    """The noun a protest participle modifies: "protesting crowds" (amod, or misparsed as the participle's object
    right after it, with no determiner and no subject of its own)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "amod" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.i < verb.head.i:
        return verb.head
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    follower = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if follower is None or follower.dep_ not in {"dobj", "obj"} or follower.head.i != verb.i \
            or any(c.dep_ == "det" for c in follower.children):
        return None
    groups = words("crowd") | words("workforce_group") | words("armed_group") | words("bannable")
    return follower if follower.pos_ == "NOUN" and follower.lemma_.lower() in groups else None


def named_act_doers(head: Token, frame: Frame) -> list[ActorHit]:
    """"condemned what it called Indian air strikes", "denied what Moscow described as a NATO attack": the doer of
    the act named in the speaker's free relative ("what ... called X"; the parser hangs "what" on the naming verb)."""
    hits: list[ActorHit] = []
    for verb in head.children:
        if verb.dep_ not in {"ccomp", "xcomp", "dobj", "obj"} or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        if not any(c.lower_ == "what" and c.dep_ in {"dobj", "obj", "nsubj"} for c in verb.children):
            continue
        named = [c for c in verb.children if c.dep_ in {"oprd", "attr"}]
        named += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
        hits += [h for n in named if act_type(n, frame) is not None for h in act_agents(n, frame, False)]
    return hits
