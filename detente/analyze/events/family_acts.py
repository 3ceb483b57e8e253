"""Acts between a person and their own family or household are private life (PolNeAR train audit s24, class N5
"private or trivial act").

PLOVER codes interactions of political actors. "His mother refused to teach him Japanese", "Clinton asks her
assistant to print out recommendations", "Trump prevented his first wife from writing about their partnership": one
party is a relative or a household helper named by a possessive (cue list ``kin_noun``: "his mother", "her
assistant", "Trump's wife"), and no one else the act reaches is a body or an official. "His mother accused the police
of killing him", "Putin's daughter was sanctioned by the EU" and "the president's son met Chinese officials" stay:
an official or a named organisation or state is a party. The other parties must be persons named or pronouns (the
relative's own kin, as far as the words show): "some of the women who accused her husband" is a public accusation.
Only exchanges between people are read so (requests,
refusals, promises, support, talks, apologies, reproaches): "her parents were arrested and deported" is an act of the
state that arrests, whoever is named.
Stop 26: an exchange between private people outside the family is read here too (private_parties.py).
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.private_parties import private_exchange
from detente.analyze.events.triggers import Trigger

ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "obj", "dative", "agent"}
PARTY_PREPS = {"to", "with", "against", "for", "from", "by"}
OFFICIAL = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "PTY", "REB", "UAF", "SPY", "NGO"}
NAMED = {"ORG", "GPE", "NORP"}
# exchanges between people; a force used on a relative ("her parents were arrested and deported") is a state's act
PERSONAL_TYPES = {"REQUEST", "REJECT", "AGREE", "SUPPORT", "CONSULT", "COOPERATE", "CONCEDE", "ACCUSE"}


def family_act(trigger: Trigger, sources: list, targets: list, frame: Frame) -> bool:
    """An English act one of whose parties is a possessed relative or helper, with no official party (docstring),
    or an exchange between private people (private_parties.py)."""
    if private_exchange(trigger, sources, targets, frame):
        return True
    if frame.lang != "en" or trigger.is_nominal or trigger.cue.type not in PERSONAL_TYPES:
        return False
    args = _arguments(trigger.token)
    kin = [a for a in args if lemma(a, "en") in words("kin_noun") and any(c.dep_ == "poss" for c in a.children)]
    if not kin:
        return False
    others = [a for a in args if a not in kin]
    if any(t.ent_type_ in NAMED for a in others for t in a.subtree):
        return False
    if not all(o.pos_ == "PRON" or o.ent_type_ == "PERSON" for o in others):
        return False  # "the women who accused her husband": the relative is someone else's, the act a public one
    spans = [(frame.offset + t.idx, frame.offset + t.idx + len(t.text)) for k in kin for t in k.subtree]
    for hit in sources + targets:
        own = any(start < hit.end and hit.start < end for start, end in spans)
        if not own and hit.actor.sector in OFFICIAL:
            return False
    return True


def _arguments(verb: Token) -> list[Token]:
    """The verb's subject and objects, with the objects of its prepositions ("refused to talk to his father")."""
    args = [c for c in verb.children if c.dep_ in ARGUMENTS]
    args += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS for o in c.children
             if o.dep_ == "pobj"]  # not a setting ("in another email")
    if verb.dep_ in {"relcl", "acl"}:
        args.append(verb.head)
    return args
