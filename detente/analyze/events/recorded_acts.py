"""Who recorded an act is not who did it. "a number of arrests documented by Fusion", "air strikes recorded by the
United Nations", "killings documented by Human Rights Watch": the by-agent of a clause that documents, records or
reports the act is its witness or reporter, never its doer (nor, for a condemned act, the one accused)."""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words


def recording_clause(clause: Token, lang: str) -> bool:
    """``clause`` (a clause on an act noun) is one of recording or reporting the act ("documented by X")."""
    return clause.dep_ in {"acl", "relcl"} and lemma(clause, lang) in words("recording_verb")
