"""Announced, scheduled protests ("paralizarán sus actividades durante 48 horas a partir del jueves", "convocará
para fines de septiembre una huelga general de 36 horas", "teachers will strike on Monday", "a 48-hour strike next
week"): the codebook codes an unconditional protest that is set for a time as PROTEST with the auxiliary mode future;
only a warning ("amenazan con una huelga si ...", "advirtieron que harían huelga") is a THREATEN restrict. A protest
is scheduled when its clause names when it happens or how long it lasts."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.lemmas import lemma

TIME_DEPS = {"obl", "nmod", "advmod", "obl:tmod", "nummod", "prep", "npadvmod", "tmod"}
DURATION_UNITS = {"hora", "horas", "día", "días", "semana", "semanas", "mes", "meses", "jornada", "jornadas",
                  "hour", "hours", "day", "days", "week", "weeks", "month", "months"}


def scheduled_protest(token: Token, analysis: Analysis, offset: int) -> bool:
    """The protest act at ``token`` (or the verb governing a protest noun) names its date or its length."""
    heads = [token]
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"obj", "dobj", "nsubj", "nsubj:pass"} and token.head is not token:
        heads.append(token.head)  # "convocará ... una huelga": the call's date is the strike's
    for head in heads:
        for child in head.children:
            if child.dep_ in TIME_DEPS and (_duration(child) or _has_time(child, analysis, offset)):
                return True
    return False


def _duration(token: Token) -> bool:
    """"durante 48 horas", "de 36 horas", "dos días", "for 48 hours": a number of time units."""
    if token.dep_ == "prep":
        return any(_duration(c) for c in token.children if c.dep_ == "pobj")
    spanish_unit = token.doc.lang_ == "es" and lemma(token, "es") in DURATION_UNITS  # no Spanish lemmas for English
    return (token.lower_ in DURATION_UNITS or spanish_unit) and \
        any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in token.children)


def _has_time(token: Token, analysis: Analysis, offset: int) -> bool:
    """A resolved time expression of the article lies inside the child's phrase ("a partir del jueves")."""
    start = offset + token.left_edge.idx
    end = offset + token.right_edge.idx + len(token.right_edge)
    return any(start <= t.start and t.end <= end for t in analysis.times if t.value)
