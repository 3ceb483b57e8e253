"""Questions the participant rules ask about a clause's shape: does the verb name its own subject, an agent, a
recipient; is it passive; which verb of taking part, state or light verb governs an event noun."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import PREP_DEPS, Frame, prep_objects, preposition
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.speaker_roles import FIRST_PERSON
from detente.analyze.events.targets import RECIPIENT_PREPS, SUBJECT_DEPS

SER_FORMS = {"fue", "fueron", "es", "son", "era", "eran", "será", "serán", "sido", "ser", "sea", "sean", "fuera", "fueran"}




def taken_turns(noun: Token) -> bool:
    """The object of "took turns" (cue list ``turn_objects``), on which the parser hangs the gerund that follows
    ("the candidates took turns attacking Haley"): the gerund's doer is the subject of "took"."""
    return noun.lemma_.lower() in words("turn_objects") and noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB"


def own_subject(verb: Token) -> bool:
    """A finite clause that names its own doer, though not an actor ("after the fire killed 12 workers"): the
    subject of another clause is not borrowed for it. Pronouns ("after it collided") may still stand for that
    subject, and small clauses ("leaving two dead and 20 others injured") name those it happened to."""
    finite = "Fin" in verb.morph.get("VerbForm") or verb.tag_ in {"VBD", "VBZ", "VBP"}
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ in FIRST_PERSON for c in verb.children):
        return True  # a quoted "we are calling upon him" is the speaker's, never a third person named in another clause
    return finite and any(c.dep_ in SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def joined_by(noun: Token, lang: str) -> Token | None:
    """The verb of taking part or of answering whose in/with phrase the event noun is ("took part in the talks",
    "engaged in fighting", "retaliated with air strikes"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "with"} or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # "responded to the test with sanctions": "with" on "test"
        verb = verb.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    own = lemma(verb, lang)
    if own == "take" and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "part" for c in verb.children):
        return verb
    return verb if own in words("participate") else None


def state_of(noun: Token) -> Token | None:
    """The noun a protest noun describes the state of: "médicos (, ) en huelga", "workers on strike"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "in"} and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head.head
    if noun.dep_ in {"nmod", "obl"} and preposition(noun) == "en" and noun.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else None
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in {"be", "remain", "stay"}:
        # "workers have been on strike for two weeks": the subject of the state verb
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def light_governor(noun: Token, frame: Frame) -> Token | None:
    """The light verb governing ``noun`` through a/to/for ("convocar a una huelga", "call for a strike")."""
    if noun.dep_ == "obl" and preposition(noun) in {"a", "para"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in {"to", "for"} and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ in {"VERB", "AUX"} and lemma(verb, frame.lang) in words("light") else None


def agents_of(participle: Token) -> list[Token]:
    """The by/por complements of a participle ("organizada por el partido", "organised by unions")."""
    found: list[Token] = []
    for child in participle.children:
        if child.dep_ in {"agent", "prep"} and child.lower_ == "by":
            found += prep_objects(child)[1]
        elif child.dep_ in {"obl", "obj", "obl:agent", "nmod"} and preposition(child) == "por":
            found.append(child)
    return found


def possessive_pronoun(noun: Token) -> bool:
    return any(
        (c.dep_ in {"poss", "det", "nmod:poss"} and ("Yes" in c.morph.get("Poss") or c.tag_ == "PRP$"))
        for c in noun.children
    )


def has_recipient(verb: Token) -> bool:
    """The verb names a recipient: an indirect object or a to/a complement."""
    return any(c.dep_ in {"dative", "iobj"} or (c.dep_ in PREP_DEPS and prep_objects(c)[0] in RECIPIENT_PREPS and prep_objects(c)[1])
               for c in verb.children)


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "csubj"} for c in verb.children)


def has_agent(verb: Token) -> bool:
    return any(c.dep_ in {"agent", "obl:agent"} or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def mentions_any(token: Token, prepositions: set[str]) -> bool:
    """One of ``prepositions`` occurs in the token's paragraph (a cheap test before walking a subtree)."""
    from detente.analyze.events.sentence_words import has_lower

    return has_lower(token.doc, prepositions)


def oblique(token: Token) -> bool:
    """An object the small Spanish parser labels obj although a preposition (not the personal "a") heads it."""
    return token.dep_ in {"obj", "iobj"} and any(c.dep_ == "case" and c.lower_ not in {"a", "al"} for c in token.children)


PASSIVE_DEPS = {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"}


def passive_marked(verb: Token) -> bool:
    """The verb carries a passive auxiliary or passive subject ("was sent", "cannot be allowed")."""
    return any(c.dep_ in PASSIVE_DEPS for c in verb.children)


def is_passive(verb: Token) -> bool:
    if "Part" in verb.morph.get("VerbForm") and any(c.dep_ in {"aux", "cop"} and c.lower_ in SER_FORMS for c in verb.children):
        return True  # "fue atacado por X": the small Spanish parser labels the auxiliary aux, not aux:pass
    return passive_marked(verb) or (
        verb.dep_ == "acl" and (verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm"))  # "organizada por X"
    )


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
PARTICLES = {"back", "out", "away", "off"}  # "pulled back from the border": the phrase hangs on the particle


def verb_phrases(verb: Token) -> list[Token]:
    """The verb's children plus those hung on its particle ("pulled its troops back from Lebanon": the small
    parser attaches the from-phrase to "back"); a particle is part of the verb, so its phrases are the verb's."""
    return [*verb.children] + [g for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ in PARTICLES
                               for g in c.children]


def misparsed_subject(verb: Token) -> Token | None:
    """"Turkey massed troops on its border": the parser sometimes labels a sentence-initial proper-noun subject
    npadvmod; with no subject of its own, a name before the verb is its subject."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "nsubj:pass"} for c in verb.children):
        return None  # not a participle ("Iran-backed militia", "an MP taken hostage")
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i
                 and c.ent_type_ not in {"DATE", "TIME"} and c.nbor().text != "-"), None)
