"""Sentence forms that assert no act: a yes/no question and a state seen or felt (real-news audits s21-s22, class
"inside speech, opinion, question").

- A direct yes/no question asks whether something happens; it reports nothing: "Will the regime cooperate?", "Are you
  sick of proles blocking your jet?". The main clause inverts its auxiliary and subject and the sentence ends in a
  question mark. A wh-question presupposes its act ("Why did Russia attack the convoy?") and stays coded.
- A participle or adjective that complements a verb of seeming or feeling (cue list ``seeming``) describes how
  someone seems, not an act: "we feel very supported by the people", "the candidates looked prepared to govern".
- A permission in the present passive with no one granting it states a rule in force (a law's content): "the
  amount the government is allowed to borrow", "schools are now allowed to purchase weapons". "Journalists were
  allowed into Gaza" (past) and "Israel allows aid in" stay concessions.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.triggers import Trigger

WH_TAGS = {"WRB", "WP", "WP$", "WDT"}
SUBJECTS = {"nsubj", "nsubjpass", "expl"}
CLOSERS = "\"'”’)» "
STATE_COMPLEMENTS = {"acomp", "oprd", "xcomp"}
PERMITTING = {"allow", "permit"}


def unasserted(trigger: Trigger, lang: str) -> bool:
    """The English trigger stands in a yes/no question or describes a seeming state (module docstring)."""
    if lang != "en":
        return False
    return yes_no_question(trigger.token.sent) or _seeming_state(trigger.token) or _standing_permission(trigger)


def yes_no_question(sent: SpacySpan) -> bool:
    """A sentence ending in "?" whose main clause puts its auxiliary before its subject, with no wh-word opening it."""
    if not sent.text.rstrip(CLOSERS).endswith("?"):
        return False
    root = sent.root
    subjects = [c.i for c in root.children if c.dep_ in SUBJECTS]
    if not subjects or any(c.tag_ in WH_TAGS and c.i < root.i for c in root.subtree if c.head.i == root.i or c.head.head.i == root.i):
        return False
    if root.pos_ == "AUX" and root.i < min(subjects):
        return True  # "Are you sick of ...?"
    return any(c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) for c in root.children)  # "Will X cooperate?"


def _standing_permission(trigger: Trigger) -> bool:
    """"the government is allowed to borrow", "schools are now allowed to buy": a rule in force, no one concedes now."""
    token = trigger.token
    if trigger.cue.type != "CONCEDE" or trigger.is_nominal or lemma(token, "en") not in PERMITTING:
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in token.children)
    return present and not any(c.dep_ == "agent" for c in token.children)


def _seeming_state(token: Token) -> bool:
    return token.dep_ in STATE_COMPLEMENTS and token.tag_ in {"VBN", "JJ"} \
        and lemma(token.head, "en") in words("seeming")
