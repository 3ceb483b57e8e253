"""Spanish verbs whose act depends on whether a thing, not a party, is in a role: a plan carried out ("ejecutarán las
medidas", "las acciones que se ejecutarán": no one put to death; "ejecutaron a tres rehenes" stays an execution), a thing
that helps, allows or guarantees ("la medida ayudará a ordenar las colas", "las reglas permiten el ingreso": no party
helps or gives in), a thing paid for with no payer named ("obras financiadas con fondos públicos"; "financiadas por el
BID" stays aid). Split from spanish_senses.py (stop 24), which asks it through ``object_sense``, to keep that module
small."""
from __future__ import annotations

from spacy.tokens import Token

CARRIED_OUT = {"ejecutar"}  # a thing done, active or passive: "ejecutarán las medidas", "las acciones que se ejecutarán"
THING_DOERS = {"ayudar", "permitir", "garantizar"}  # a thing as subject: "la medida ayudará a ordenar las colas"
UNAGENTED = {"financiar"}  # a participle with no "por" agent: "obras financiadas con fondos públicos"
THING_WORDS = frozenset(CARRIED_OUT | THING_DOERS | UNAGENTED)


def thing_sense(verb: Token, own: str) -> bool:
    """The verb (lemma ``own``) does no political act because a thing holds its role."""
    from detente.analyze.events.spanish_senses import _introduced_by_a, _thing

    if own in CARRIED_OUT:
        done = _done_things(verb)
        return bool(done) and all(not _introduced_by_a(o) and _thing(o) for o in done)
    if own in THING_DOERS:
        return _thing_subject(verb)
    if own in UNAGENTED:  # the parse may label the "por" agent obj or obl
        return "Part" in verb.morph.get("VerbForm") and not any(
            any(g.dep_ == "case" and g.lower_ == "por" for g in c.children) for c in verb.children)
    return False


RELATIVES = {"que", "cual", "cuales"}


def _done_things(verb: Token) -> list[Token]:
    """What the verb does: its object, or the subject of its passive ("fueron ejecutadas", "se ejecutarán", where the
    parse may label "se" an object); a relative pronoun stands for the noun its clause hangs on ("las acciones que
    se ejecutarán": "acciones")."""
    from detente.analyze.events.spanish_senses import PASSIVE_AUX

    passive_se = any(c.lower_ == "se" for c in verb.children) and not any(
        c.dep_ == "obj" and c.lower_ != "se" for c in verb.children)
    passive = passive_se or any(c.dep_ in {"aux:pass", "expl:pass"} or c.dep_ == "aux" and c.lower_ in PASSIVE_AUX
                                for c in verb.children)
    found = [c for c in verb.children
             if c.lower_ != "se" and (c.dep_ in {"obj", "nsubj:pass"} or passive and c.dep_ == "nsubj")]
    return [verb.head if c.lower_ in RELATIVES and verb.dep_.startswith("acl") else c for c in found]


def _thing_subject(verb: Token) -> bool:
    """The verb's subjects are all things: common nouns naming no people, group, body or named entity ("la medida",
    "la desconcentración", "las reglas de la liga"); a thing that helps, allows or guarantees does no political act.
    A subject that does not agree with the verb in number is an object the parse mislabelled, and counts not."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.spanish_arguments import spanish_words
    from detente.analyze.events.spanish_senses import _thing

    bodies = spanish_words("armed") | spanish_words("authority") | spanish_words("member_body") \
        | spanish_words("person_role") | spanish_words("speaking_thing") | spanish_words("body")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 1 and not any(c.dep_ == "conj" for c in subjects[0].children) \
            and set(subjects[0].morph.get("Number")) ^ set(verb.morph.get("Number")) == {"Sing", "Plur"}:
        return False  # "(las tropas) permitirán la entrada": an object the parse took for a subject that does not agree
    return bool(subjects) and all(_thing(s) and lemma(s, "es") not in bodies and s.lower_ not in bodies
                                  and not any(c.dep_ == "nmod" and (c.pos_ == "PROPN" or c.ent_type_)
                                              and lemma(s, "es") not in spanish_words("rule") for c in s.children)
                                  for s in subjects)
