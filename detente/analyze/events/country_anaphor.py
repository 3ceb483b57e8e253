"""A subject "the country" (or "the nation", "the kingdom") that the actor layer leaves unresolved stands for the state
named last before it, in its own sentence or the one before: "According to the Jordanian government, the country had
admitted 1.4 million refugees"; "Turkey hosts millions of refugees. The country has accused Greece ...". News copy
names a state once and goes on with the definite noun, as it does with "it" (carried_subject.py).

Only a bare definite noun is read ("the country", not "the country's president" nor "a country"), only as a subject,
and only a state counts: the country itself or its government, never a person, a city or a body of it. A sentence
that names two states gives no antecedent.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of

STATE_NOUNS = {"country", "nation", "kingdom", "republic"}
LANGUAGES = {"en"}


def country_antecedent(subject: Token, frame: Frame) -> list[ActorHit]:
    """The state named last before a bare "the country" subject (its sentence, else the one before it in the same
    paragraph), else none."""
    if frame.lang not in LANGUAGES or subject.lemma_.lower() not in STATE_NOUNS or subject.tag_ != "NN":
        return []
    if [c.lower_ for c in subject.children if c.dep_ not in {"punct"}] != ["the"]:
        return []  # "the country's leaders", "a country", "the whole country": not the bare anaphor
    sent = subject.sent
    spans = [subject.doc[sent.start: subject.i]]
    if sent.start > 0:
        spans.append(subject.doc[sent.start - 1].sent)
    for span in spans:
        states = [h for token in reversed(list(span)) if token.pos_ in {"NOUN", "PROPN"}
                  and token.dep_ not in {"compound", "amod"} for h in actors_of(token, frame, fallback=False) if _state(h)]
        if states:  # "Hungary and Serbia met. The country ...": two states, no antecedent
            return states[:1] if len({h.actor.country for h in states}) == 1 else []
    return []


def _state(hit: ActorHit) -> bool:
    """A country named as itself ("Jordan") or its government ("the Jordanian government")."""
    from detente.knowledge.actors import default_knowledge

    actor = hit.actor
    if not actor.country:
        return False
    if actor.sector is None:
        return actor.name == default_knowledge().country_name(actor.country)
    return actor.sector == "GOV" and actor.name.lower().endswith("government")
