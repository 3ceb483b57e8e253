"""Spanish type rules on top of the shared ones (coder.py asks them for Spanish sentences only)."""
from __future__ import annotations

from spacy.tokens import Token

ARMED_STATE = {"MIL", "COP"}
PROTEST_VERB = "protestar"


def spanish_retype(event_type: str, mode: str | None, sources: list, trigger: Token | None = None) -> tuple[str, str | None]:
    """The (type, mode) the codebook gives an act by who did it: soldiers or police who block or occupy a place
    ("la policía bloqueó el centro de Belgrado", "los militares ocuparon el parlamento") restrict movement (PLOVER
    COERCE restrict: "cordoning off areas"); only civilians protest by blocking. One person who "protesta por/contra"
    something complains (ACCUSE disapprove): one person is no demonstration. Unchanged otherwise."""
    if event_type == "PROTEST" and mode == "obstruct" and sources and all(hit.actor.sector in ARMED_STATE for hit in sources):
        return "COERCE", "restrict"
    if event_type == "PROTEST" and mode == "demo" and trigger is not None and _one_person_protests(trigger):
        return "ACCUSE", "disapprove"
    return event_type, mode


def _one_person_protests(verb: Token) -> bool:
    """The verb "protestar" whose subject is one person: a singular role noun ("un representante de las
    comunidades protestó", "el portavoz protestó") or a person's name ("Maduro protestó por ...")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words

    if verb.pos_ != "VERB" or lemma(verb, "es") != PROTEST_VERB:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    subject = subjects[0]
    if "Plur" in subject.morph.get("Number") or "Plur" in verb.morph.get("Number"):
        return False
    if subject.pos_ == "PROPN":
        return subject.ent_type_ == "PER"
    return subject.pos_ == "NOUN" and (lemma(subject, "es") in spanish_words("person_role") or subject.lower_ in spanish_words("person_role"))
