"""A promise is AGREE only when it commits the promiser to an act of its own (PLOVER AGREE: "promise ... willingness
or commitment to cooperate"; real-news audit s21, classes A3 and A4).

- A promise that the world will be in some state, said of others ("Trump promised Republicans would get tired of
  winning", "I promised that the first such film would be drivel") is a boast or a prediction: its that-clause is
  copular (be, remain, get, become + a predicate), its subject is no pronoun and no one is promised ("promised the
  veterans that their pensions would be safe" is a guarantee).
- A promise inside a relative clause over generic people, within an opinion or a norm ("people who had been promised
  benefits should get to retire", "I don't think it has delivered what they were promised") is no one's act: it
  describes a kind of person or thing.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
PREDICATES = {"acomp", "attr", "oprd"}
COMMITTING = {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "AID", "COOPERATE"}  # acts of giving and promising
NORM_MODALS = {"should", "must", "ought", "shall"}


def promised_state(trigger: Trigger, lang: str) -> bool:
    """An English promise whose content is a state of others or of the world (module docstring)."""
    token = trigger.token
    if lang != "en" or trigger.is_nominal or trigger.cue.type != "AGREE" or lemma(token, "en") not in words("promising"):
        return False
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in token.children):
        return False  # "promised the veterans that their pensions would be safe": a guarantee given to someone
    content = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if content is None and token.dep_ in {"amod", "acl"} and token.head.dep_ in SUBJECTS:
        content = token.head.head  # "Trump promised Republicans would get tired": parsed as "promised Republicans"
    if content is None or lemma(content, "en") not in words("copular") or content.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "auxpass" for c in content.children) or not any(c.dep_ in PREDICATES for c in content.children):
        return False
    subject = next((c for c in content.children if c.dep_ in SUBJECTS), None)
    if content is token.head.head and subject is None:
        subject = token.head
    return subject is not None and subject.pos_ != "PRON"


def generic_relative(trigger: Trigger, lang: str) -> bool:
    """An English promise or grant in a relative clause over generic people, inside an opinion or a norm."""
    token = trigger.token
    if lang != "en" or trigger.is_nominal or trigger.cue.type not in COMMITTING:
        return False
    if token.dep_ == "relcl":
        head = token.head
        dets = [c for c in head.children if c.dep_ == "det"]
        generic = lemma(head, "en") in words("generic_subject") | words("generic_people") \
            and all(d.lower_ in words("generic_determiner") for d in dets)
    else:  # a free relative: "what they were promised"
        generic = any(c.tag_ == "WP" and c.lower_ == "what" and c.i < token.i for c in token.children)
    return generic and _opinion_or_norm(token)


def _opinion_or_norm(token: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"} and (lemma(ancestor, "en") in words("opinion_verb")
                                                 or any(c.dep_ == "aux" and c.lower_ in NORM_MODALS for c in ancestor.children)):
            return True
    return False
