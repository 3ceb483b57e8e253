"""'Israel declared war after Hamas militants stormed across its border and killed some 1,200 people': victims of a
raid across a state's border (or into its territory) are that state's people, the state the possessive ("its",
"their", "su") refers to. The place rule of victims.py finds no place here, and the only other country in the
sentence is the attackers'."""
from __future__ import annotations

from spacy.tokens import Token

from detente.knowledge.actors.words import territory_nouns

POSSESSIVE_PRONOUNS = {"its", "their", "su", "sus"}
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}


def _raid_verbs(verb: Token) -> list[Token]:
    """The harm verb and the verbs it is coordinated with ("stormed across its border and killed")."""
    verbs = [verb]
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        verbs.append(verb)
    return verbs


def invaded_possessive(victim: Token) -> Token | None:
    """The possessive pronoun owning the territory crossed by the raid whose victims ``victim`` heads."""
    territories = territory_nouns()
    for verb in _raid_verbs(victim.head):
        for preposition in verb.children:
            if preposition.dep_ != "prep":
                continue
            for noun in preposition.children:
                if noun.lower_ in territories:
                    owner = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
                    if owner:
                        return owner[0]
    return None


def attacker_range(victim: Token) -> tuple[int, int] | None:
    """Token range of the raid's subject (the attackers), whose country the victims never take."""
    for verb in _raid_verbs(victim.head):
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                tokens = list(child.subtree)
                return tokens[0].i, tokens[-1].i + 1
    return None
