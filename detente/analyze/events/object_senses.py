"""A verb whose object selects a sense outside PLOVER codes no event (real-news audits s20-s22: released statements,
candidates seeking reelection, patients seeking treatment).

- "release" frees prisoners and hostages (RETREAT release); releasing a statement, documents, a report, data, a
  book or a film is publishing (cue list ``published_thing``): "the company released a statement", "3,000 court
  documents have been released", "the book was released by Arcade". The noun follows suit: "the release of the
  report", "a campaign press release declared".
- "seek" asks someone for something (REQUEST); seeking reelection, a nomination or an office is running for it, and
  seeking treatment or medical care is a patient's errand (cue list ``sought_unpolitical``): "the senator is seeking
  reelection", "two patients sought treatment at a hospital". "Ukraine sought help from NATO" stays a request.
- An inquiry called epidemiological, scientific or medical (cue list ``technical_inquiry``) looks into a disease or
  a fact, not into wrongdoing: "conducted epidemiological investigations on people who might have had contact".
- "hit" strikes a place (ASSAULT); hitting a goal, a record or a measured target is reaching it (cue lists
  ``goal_word``, ``goal_measure``): "the government is on track to hit its 2030 emissions reduction target".
  "Rockets hit targets in Gaza" stays an attack.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

OBJECTS = {"dobj", "obj", "nsubjpass", "nsubj:pass"}  # the thing released or sought, active or passive
SPEECH_HEADS = {"declare", "say", "state", "announce", "note", "claim", "read", "add", "accuse", "warn", "argue"}
COUNTS = {"thousands", "hundreds", "dozens", "millions", "number", "batch", "trove", "cache", "set", "series", "pair"}
RELEASING = {"release", "publish"}
SEEKING = {"seek", "pursue"}
REACHING = {"hit", "strike", "smash", "break"}


def other_sense(trigger: Trigger, lang: str) -> bool:
    """The English trigger's object makes it publishing or running for office (module docstring)."""
    if lang != "en":
        return False
    token = trigger.token
    own = lemma(token, lang)
    if trigger.cue.type == "RETREAT" and own in RELEASING:
        return _published(token)
    if trigger.cue.type == "REQUEST" and own in SEEKING and not trigger.is_nominal:
        return any(lemma(o, lang) in words("sought_unpolitical") for o in _objects(token))
    if trigger.cue.type == "ACCUSE" and trigger.is_nominal:
        return any(c.dep_ in {"amod", "compound"} and lemma(c, lang) in words("technical_inquiry") for c in token.children)
    if trigger.cue.type == "ASSAULT" and own in REACHING and not trigger.is_nominal:
        return any(_goal(o) for o in _objects(token))
    return False


def _goal(noun: Token) -> bool:
    """A goal reached, not a place struck: "hit its 2030 emissions reduction target", "hit a record"."""
    own = lemma(noun, "en")
    if own in words("goal_word"):
        return True
    return own == "target" and any(c.dep_ in {"compound", "amod", "nummod"} and (c.like_num or lemma(c, "en")
                                   in words("goal_measure")) for c in noun.children)


def _published(token: Token) -> bool:
    if token.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "compound" and lemma(c, "en") in words("publishing_compound") for c in token.children):
            return True  # "a press release", "a campaign release"
        if token.dep_ == "nsubj" and lemma(token.head, "en") in SPEECH_HEADS:
            return True  # "a Biden campaign release declared: ..."
        return any(lemma(o, "en") in words("published_thing") for p in token.children
                   if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return any(lemma(o, "en") in words("published_thing") for o in _objects(token))


def _objects(verb: Token) -> list[Token]:
    """The verb's object (or passive subject), the nouns conjoined with it and the of-complement of a count
    ("thousands of documents"); a relative "that" stands for its antecedent ("documents that were released")."""
    found = [c for c in verb.children if c.dep_ in OBJECTS]
    if verb.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} for c in found):
        found.append(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "a report released on Tuesday"
    found += [c for o in found for c in o.conjuncts]
    return found + [g for o in found if lemma(o, "en") in words("quantity") or o.like_num or o.lower_ in COUNTS
                    for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
