"""The one convicted, jailed, charged or suspected for an act did it (allegedly): "Amir is serving a life sentence for
the assassination of Rabin", "a Libyan officer was convicted of the 1988 bombing", "police arrested a man suspected
of the stabbing", "Russia was sanctioned over the invasion of Ukraine". Wire copy names the doer of a violent act this
way; the act noun sits in the judging verb's phrase and names no doer of its own, so it kept an empty source."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.extra_roles import act_type
from detente.analyze.events.lemmas import lemma, word_listed

# the acts a charge or penalty is for (not "jailed for the deal", "sanctioned over the talks")
CHARGEABLE_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
CHARGE_PREPS = {"for", "of", "over", "with", "in"}
GUILT_PREPS = {"of", "for"}
PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}
SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass"}
OBJECTS = {"dobj", "obj"}


def charged_doers(noun: Token, frame: Frame) -> list[ActorHit]:
    """The convicted, punished or suspected one of the judging verb (cue list ``charging``), penalty noun or
    guilt adjective whose "for"/"of"/"over"/"with" phrase holds the act noun ``noun`` (an assault, coercion or protest
    that names no doer); "arrested on suspicion of / on charges of / in connection with N" counts as N's phrase."""
    if frame.lang != "en" or noun.dep_ != "pobj" or act_type(noun, frame) not in CHARGEABLE_TYPES:
        return []
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
        return []
    judged = prep.head
    if judged.pos_ == "NOUN" and word_listed(judged, "charge_ground") and judged.dep_ == "pobj" \
            and judged.head.dep_ == "prep":
        judged = judged.head.head  # "arrested on suspicion of the murder", "detained in connection with the bombing"
    elif prep.lower_ == "in":
        return []  # "in" only through "in connection with": "jailed in the crackdown" is the jailer's act
    if judged.pos_ == "ADJ" and lemma(judged, frame.lang) == "guilty" and prep.lower_ in GUILT_PREPS:
        return _clause_subject(judged.head, frame)  # "pleaded guilty to / was found guilty of the killing"
    if judged.pos_ == "NOUN" and word_listed(judged, "penalty_term") and judged.dep_ in OBJECTS \
            and lemma(judged.head, frame.lang) == "serve":
        return _clause_subject(judged.head, frame)  # "is serving a life sentence for the assassination"
    if judged.pos_ == "VERB" and lemma(judged, frame.lang) == "serve" \
            and any(c.dep_ in OBJECTS and word_listed(c, "penalty_term") for c in judged.children):
        return _clause_subject(judged, frame)  # "served over 20 years in Israeli jails in connection with the killings"
    if judged.pos_ == "VERB" and word_listed(judged, "charging"):
        return _judged_one(judged, frame)
    if judged.pos_ in {"NOUN", "PROPN"} and judged.dep_ in OBJECTS and word_listed(judged.head, "charging") \
            and prep.lower_ != "with" and act_type(judged, frame) is None:  # not "condemned the shelling of the protest"
        return actors_of(judged, frame)  # "convicted two Libyans of the bombing": the parser hangs "of" on the object
    return []


def _judged_one(verb: Token, frame: Frame) -> list[ActorHit]:
    """Who a judging verb judges: its passive subject ("was convicted of"), the noun its participle is said of ("a man
    suspected of", "soldiers jailed for"), or its object ("convicted two Libyans of", "sanctioned Russia over")."""
    passive = any(c.dep_ in {"auxpass", "aux:pass"} for c in verb.children)
    if passive or any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return _clause_subject(verb, frame)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return actors_of(verb.head, frame)
    return [h for c in verb.children if c.dep_ in OBJECTS for h in actors_of(c, frame)]


def _clause_subject(verb: Token, frame: Frame) -> list[ActorHit]:
    """Actors of ``verb``'s (passive) subject, a pronoun taken back to its antecedent; through a relative clause, the
    noun it is said of ("Amir, who is serving a sentence for ...")."""
    from detente.analyze.events.sources import subject_doers
    from detente.analyze.events.targets import relative_antecedent

    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return subject_doers(relative_antecedent(child), frame)  # a pronoun's referent read on the antecedent
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return actors_of(verb.head, frame)
    return []
