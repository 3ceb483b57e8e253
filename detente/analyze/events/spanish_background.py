"""Protest nouns that only date another act ("detuvieron a doce jóvenes durante los disturbios", "impuso el toque de
queda tras las protestas", "detuvo a varias disidentes antes de la marcha"): a time adjunct of an arrest, a curfew or
an accusation places that act; the protest itself is reported elsewhere, and coding it here doubles it.
An event noun in a concessive adjunct ("pese a la prohibición judicial, miles marcharon", "a pesar de las amenazas
del gobierno", "pese a las protestas, el Congreso aprobó la reforma") is granted as known: the sentence reports what
happened in spite of it, not the ban, the threat or the protest. A concessive clause with its own verb ("pese a que
la policía detuvo a diez dirigentes") may report a new act and is left alone."""
from __future__ import annotations

from typing import Mapping

from spacy.tokens import Token

TIME_MARKS = {"durante", "tras"}  # "antes de" / "después de" are parsed as an adverb with a fixed "de"
TIME_ADVERBS = {"antes", "después", "luego"}


def dated_by_protest(token: Token, lemmas: list[str], start: int, lexicon: Mapping[str, tuple]) -> bool:
    """``token``, a protest noun, is a time adjunct ("durante/tras/antes de X") of a verb whose own cue is of another
    type (``lemmas``: the sentence's trigger lemmas from ``start``)."""
    if token.pos_ != "NOUN" or token.dep_ not in {"obl", "nmod"}:
        return False
    act = token.head
    if act.lower_ in TIME_ADVERBS and act.dep_ == "advmod" and any(c.dep_ == "case" and c.lower_ == "de" for c in token.children):
        act = act.head  # "detuvo a varias antes de la marcha": "marcha" hangs on "antes"
    elif not _time_marked(token):
        return False
    if act.i == token.i or not start <= act.i < start + len(lemmas) or act.pos_ not in {"VERB", "AUX"}:
        return False
    cues = lexicon.get(lemmas[act.i - start], ())
    return bool(cues) and all(c.type != "PROTEST" for c in cues)


def _time_marked(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "case" and child.lower_ in TIME_MARKS:
            return True
        if child.lower_ in TIME_ADVERBS and any(f.lower_ == "de" for f in child.children):
            return True
    return False


CONCESSIVE_MARK = "pese"  # "pese a X"; "a pesar de X" is "a" with a fixed "pesar"
CONCESSIVE_NOUN = "pesar"


def conceded_event(token: Token) -> bool:
    """``token``, an event noun, heads a concessive adjunct "pese a X" / "a pesar de X" (module docstring)."""
    if token.pos_ != "NOUN" or token.dep_ not in {"obl", "nmod"}:
        return False
    for child in token.children:
        if child.dep_ != "case":
            continue
        if child.lower_ == CONCESSIVE_MARK or any(f.lower_ == CONCESSIVE_NOUN for f in child.children):
            return True
    return False
