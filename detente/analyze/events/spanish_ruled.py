"""A protest or other act noun that a verb of saying rules on ("el tribunal declaró ilegal la huelga de los
controladores", "el gobierno decretó ilegal el paro de los médicos"). "declarar" and "decretar" are light verbs ("la CGT
declaró la huelga": the union strikes), so the shared rules give the act their subject; with a predicate of unlawfulness
(spanish_cues.tsv "unlawful") the verb judges another's act, and its subject is the ruling body, not the act's doer."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.lemmas import lemma

HOLDER_DEPS = {"obj", "dobj", "nsubj:pass"}


def ruling_body(noun: Token, frame: Frame) -> set[str]:
    """Ids of the actors that rule the act noun unlawful (the subject of "declarar ilegal" holding it); empty when the
    noun is held by no such ruling."""
    from detente.analyze.events.sources import subject_of
    from detente.analyze.events.spanish_arguments import spanish_words

    holder = noun.head
    if frame.lang != "es" or noun.dep_ not in HOLDER_DEPS or holder.i == noun.i or holder.pos_ not in {"VERB", "AUX"}:
        return set()
    unlawful = spanish_words("unlawful")
    if not any(c.pos_ == "ADJ" and c.i != noun.i and (c.lower_ in unlawful or lemma(c, "es") in unlawful)
               for c in holder.children):
        return set()
    return {hit.actor.id for hit in subject_of(holder, frame)}
