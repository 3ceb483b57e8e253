"""A policy position described is no act of support or opposition to a recipient (PolNeAR train audit s24, class N1
"speech, opinion or stance described": "Mr. Cruz supports squeezing out undocumented immigrants", "he supported
pitching a bigger political tent"; corpus dev audit s24, class A4: "AFP Action, a political advocacy organization
supporting Haley").

- A verb of favouring or opposing (cue list ``stance_verb``: support, back, favour, oppose ...) whose object is a gerund clause (a course of action, with no
  actor as recipient) states what someone favours as a policy: a stance, not support given to someone nor a
  rejection of someone's demand. "Warren supports Israel", "Cruz opposed the deal" and "backed Kyiv's plan to..."
  (an actor's proposal) stay coded, and so do denials ("denied targeting hospitals": an answer to a charge).
- A present participle of favouring or opposing that describes a body (cue list ``described_body``: "a group
  supporting Haley", "AFP Action, an organization opposing the war", "one of the PACs backing Haley") says what kind
  of body it is, not what it did. "Protesters supporting the opposition clashed with police" and "a response
  thanking Fedorov" (people, or a speech act) stay coded.
- "disagree" states a difference of opinion (stop 25, PolNeAR train dump: "they attack us because they disagree with
  our foreign policy", "I fundamentally disagree", "politicians disagree on how it should happen"): PLOVER REJECT
  refuses a proposal, demand or request, so only disagreeing with one (cue list ``proposal_noun``: "disagreed with the
  ceasefire proposal") stays REJECT.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words

STANCE_TYPES = {"SUPPORT", "REJECT"}
CLAUSE_OBJECTS = {"xcomp", "dobj", "obj", "ccomp"}


def described_stance(trigger, lang: str) -> bool:
    """The verbal SUPPORT/REJECT trigger takes a gerund clause object, or describes a body (module docstring)."""
    token: Token = trigger.token
    if lang == "en" and trigger.cue.type == "REJECT" and not trigger.is_nominal and lemma(token, lang) == "disagree":
        return not _disagreed_proposal(token)
    if lang != "en" or trigger.is_nominal or trigger.cue.type not in STANCE_TYPES or token.pos_ != "VERB" \
            or lemma(token, lang) not in words("stance_verb"):
        return False
    if any(c.dep_ in CLAUSE_OBJECTS and c.tag_ == "VBG" for c in token.children) \
            and not any(c.dep_ in {"dobj", "obj", "dative"} and c.tag_ != "VBG" for c in token.children):
        return True  # "supports squeezing out undocumented immigrants"
    if token.tag_ != "VBG" or token.i == 0:
        return False  # "a group supporting Haley"; "one of the PACs supporting Haley" is often parsed as a pcomp of "of"
    return token.dep_ == "acl" and _describing_noun(token.head) or token.dep_ == "pcomp" and _describing_noun(token.doc[token.i - 1])


def _describing_noun(noun: Token) -> bool:
    return noun.pos_ in {"NOUN", "PROPN"} and (lemma(noun, "en") in words("described_body")
                                               or noun.lower_ in words("described_body"))


def _disagreed_proposal(verb: Token) -> bool:
    """"disagreed with the ceasefire proposal": a proposal or demand is refused."""
    return any(lemma(o, "en") in words("proposal_noun") for c in verb.children
               if c.dep_ == "prep" and c.lower_ in {"with", "on", "over"} for o in c.children if o.dep_ == "pobj")
