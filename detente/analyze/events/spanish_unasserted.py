"""Spanish event words that assert no act: a count in a statistic ("el número de huelgas descendió a su nivel más
bajo": how many, not a strike that took place) and an act in an indirect question ("votarán si aceptan o no la
oferta": what they will decide, not an acceptance or a refusal)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.spanish_arguments import spanish_words

COUNT_KIND = "count"  # spanish_cues.tsv: nouns of number whose "de" complement is what is counted
DECIDING_KIND = "deciding"  # spanish_cues.tsv: verbs whose "si" clause is a question put, not a condition


def counted_event(token: Token) -> bool:
    """An event noun in the "de" complement of a noun of number ("el número de huelgas", "la cifra de detenciones")."""
    return token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.i != token.i \
        and lemma(token.head, "es") in spanish_words(COUNT_KIND) \
        and any(c.dep_ == "case" and c.lower_ == "de" for c in token.children)


def questioned_act(token: Token) -> bool:
    """A verb (or its object noun) in a clause of "si" that a verb of deciding or asking takes ("decidirán si aceptan la oferta", "votarán
    si aceptan o no"); with a verb of acting ("amenazaron con un paro si no ...") "si" is a condition, left alone."""
    if token.pos_ == "NOUN" and token.dep_ == "obj":
        token = token.head  # "si aceptan o no la oferta": the offer's acceptance is the question too
    if token.pos_ not in {"VERB", "AUX"} or token.head.i == token.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "si" for c in token.children) \
        and lemma(token.head, "es") in spanish_words(DECIDING_KIND)
