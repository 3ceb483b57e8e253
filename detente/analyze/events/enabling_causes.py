""""allow", "let", "enable" with no one as their subject make something possible; nobody concedes (PolNeAR train dump
s25, class N3 "verb sense": 6 of 23 CONCEDE events on 150 US political articles).

PLOVER CONCEDE and RETREAT (access) are an actor's yielding: a government allowing observers in, a court allowing a
candidate to run. A clause or a demonstrative "this/that" as the subject of "allow" states a consequence: "going
through a dark time has allowed him to better connect with people", "this allows us to question private property",
"that allows progressive economics to win a mandate", "the file, which would allow lawmakers to compare ...".
"Israel allowed aid trucks into Gaza", "the court allowed Ouattara to run", "the minister allowed the rally" and
"Israel said it would allow aid in" ("it" often stands for a state or body, so it is never read as a cause) stay.
What a law or treaty allows is law_contents.py's.
"""
from __future__ import annotations

from detente.analyze.events.actor_lookup import Frame, actor_at_token
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.thing_subjects import is_thing
from detente.analyze.events.triggers import Trigger

IMPERSONAL = {"this", "that"}  # they point at a situation; "it" often stands for a state ("it would allow aid in")
RELATIVE = {"which", "that"}


def enabling_cause(trigger: Trigger, frame: Frame) -> bool:
    """An English verb of permitting whose subject is a clause, "this/that" or a thing's relative pronoun."""
    token = trigger.token
    if frame.lang != "en" or trigger.is_nominal or lemma(token, frame.lang) not in words("enabling_verb"):
        return False
    if any(c.dep_ in {"csubj", "csubjpass"} for c in token.children):
        return True  # "going through a dark time has allowed him to connect"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in RELATIVE and token.dep_ == "relcl":
        return is_thing(token.head, frame)  # "the file, which would allow lawmakers to compare"
    # a demonstrative the actor layer resolves to a body ("That country will allow ...") is no cause
    return subject.lower_ in IMPERSONAL and subject.tag_ in {"PRP", "DT"} and actor_at_token(subject, frame) is None
