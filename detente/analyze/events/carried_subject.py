"""A sentence that opens on "It"/"They" as its main subject continues the previous sentence's named subject
("North Korea held a parade on Sunday. It rejected U.S. demands ..."): wire copy names a side once and goes on
with a pronoun, and the actor layer links only persons' pronouns (coref.py)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import ActorHit, Frame, actors_of
from detente.analyze.events.previous_paragraph import sentence_before
from detente.analyze.events.targets import SUBJECT_DEPS, relative_antecedent

CARRIED_PRONOUNS = {"it", "they"}
OPENING_WORDS = {"but", "and", "yet", "later", "then", "meanwhile", "also", ","}  # "But it refused ...", "Later they ..."


def previous_subject(subject: Token, frame: Frame) -> list[ActorHit]:
    """The named subject of the previous sentence's main clause, for a pronoun that is the main-clause subject at
    the opening of its own sentence; "it" takes no plural common noun ("the rebels ... It"), "they" takes anything
    (a state's troops or people)."""
    if subject.pos_ != "PRON" or subject.lower_ not in CARRIED_PRONOUNS or subject.dep_ not in SUBJECT_DEPS:
        return []
    sent = subject.sent
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "It condemned the strikes and recalled its envoy"
        verb = verb.head
    if verb.i != sent.root.i or sent.start == 0:
        return []
    if any(t.lower_ not in OPENING_WORDS and not _time_word(t) for t in subject.doc[sent.start : subject.i]):
        return []  # "After the talks, it ...": an opening clause may name another antecedent ("On Friday, it": none)
    before = subject.doc[sent.start - 1].sent
    named = [c for c in before.root.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
    if subject.lower_ == "it":
        named = [c for c in named if c.tag_ != "NNS"]
    return [h for c in named for h in actors_of(relative_antecedent(c), frame)]


TIME_PREPS = {"on", "in", "at", "by", "early", "late", "last", "this", "earlier", "later"}


def _time_word(token: Token) -> bool:
    """A word of an opening time phrase ("On Friday,", "Late Thursday,", "In 2019,"): it names no antecedent."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    return token.lower_ in TIME_PREPS and any(c.ent_type_ in {"DATE", "TIME"} for c in token.children) \
        or token.lower_ in TIME_PREPS and token.head.ent_type_ in {"DATE", "TIME"}


# "the two sides", "both countries", "the two governments": a pair named before stands behind the plural noun
PAIR_NOUNS = {"side", "country", "nation", "government", "state", "leader", "party", "neighbour", "neighbor",
              "delegation", "capital", "army", "foe", "rival"}


# "negotiators" in a sentence about "the two sides" are both sides' negotiators, never one country's
PAIR_AGENTS = {"negotiator", "mediator"}


def pair_stand_in(subject: Token) -> Token | None:
    """The "two sides"/"both sides" noun earlier in the sentence that a bare "negotiators" stands for (no owner or
    modifier names whose they are: "Chinese negotiators" are China's)."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in PAIR_AGENTS or any(
            c.dep_ in {"poss", "amod", "compound", "nmod"} for c in subject.children):
        return None
    return next((t for t in subject.doc[subject.sent.start : subject.i] if _pair_noun(t)), None)


def both_pronoun(token: Token) -> bool:
    """"they both": a plural pronoun that its own sentence marks as standing for a pair."""
    return token.pos_ == "PRON" and token.lower_ == "they" and any(
        c.lower_ == "both" and c.dep_ in {"appos", "det", "predet", "advmod", "quantmod"} for c in token.children)


def is_pair_noun(token: Token) -> bool:
    """"the two sides", "both countries": a plural pair noun counted as two."""
    return _pair_noun(token)


def _pair_noun(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in PAIR_NOUNS and any(
        c.dep_ == "nummod" and c.lower_ == "two" or c.dep_ in {"det", "predet"} and c.lower_ == "both"
        for c in token.children)


def pair_antecedent(subject: Token, frame: Frame) -> list[ActorHit]:
    """The two parties named last before "the two sides"/"both countries" (a coordinated subject or the objects of
    "between"), in its own sentence or the one before ("Israel and Syria resumed talks. The two sides agreed ..."),
    else the subject and object of the previous main clause when they are of two countries."""
    if (stand_in := pair_stand_in(subject)) is not None:
        subject = stand_in  # "the two sides ... if negotiators decide to compromise"
    both = both_pronoun(subject)
    if not both and not _pair_noun(subject):
        return []
    sent = subject.sent
    before = [(t, frame) for t in subject.doc[sent.start : subject.i]][::-1]
    if sent.start > 0:
        before += [(t, frame) for t in subject.doc[sent.start - 1].sent][::-1]
    elif both and (previous := sentence_before(subject, frame)) is not None:
        before += [(t, previous[1]) for t in previous[0]][::-1]  # "they both" opening a paragraph
    for token, its_frame in before:
        if token.dep_ in SUBJECT_DEPS or token.dep_ == "pobj" and token.head.lower_ == "between":
            hits = actors_of(relative_antecedent(token), its_frame)
            if both and len({h.actor.id for h in hits}) == 2:
                return hits  # "they both": the two named last, of one country or two (two candidates, two states)
            if len({h.actor.country for h in hits} - {None}) == 2:
                return hits
    if both:
        return []
    if sent.start == 0:
        return []
    # "Yeltsin met Jiang Zemin in Beijing. The two leaders signed ...": the previous main clause's subject and object
    root = subject.doc[sent.start - 1].sent.root
    hits = [h for c in root.children if c.dep_ in SUBJECT_DEPS | {"dobj"} for h in actors_of(relative_antecedent(c), frame)]
    return hits if len({h.actor.country for h in hits} - {None}) == 2 else []
