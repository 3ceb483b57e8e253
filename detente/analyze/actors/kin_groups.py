"""Armed men of a nation's kin abroad: "Albanian gunmen attacked police near Tetovo" are ethnic Albanians of
Macedonia, and the codebook codes a group by the state it is in or fights. A group named by a demonym and an
irregular armed noun (kin_armed_nouns.txt), placed by its own phrase or clause in a town or province of a state where that
nation's kin live (kin_minorities.tsv), is that state's; troops and officials keep their demonym's country."""
from __future__ import annotations

from spacy.tokens import Span, Token

from detente.analyze.actors.matcher import Unit
from detente.analyze.actors.phrases import Phrase
from detente.knowledge.actors.words import kin_armed_nouns, kin_minorities

TOWN_KINDS = ("city", "capital", "region")  # "near Tetovo" is read as its municipality
CLAUSE_VERBS = {"VERB", "AUX"}
SUB_CLAUSES = {"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "xcomp", "csubj"}


def kin_state(phrase: Phrase, code, units: list[Unit]) -> str | None:
    """The state of the kin community the phrase's armed men are placed in, else None. ``units`` are the
    paragraph's units (towns already read in context)."""
    nation = code.country
    if nation is None or code.kind != "group" or not code.titles or not code.titles <= kin_armed_nouns():
        return None
    if not any(u.first("demonym") is not None and u.first("demonym").value == nation for u in phrase.units):
        return None
    if any(u.first("country") or u.first("city") or u.first("capital") for u in phrase.units):
        return None  # "Albanian gunmen from Albania": the phrase names the place itself
    clause = _clause_tokens(Span(phrase.doc, phrase.start, phrase.end).root)
    towns = {entry.value for u in units if u.start in clause and not u.first("demonym") and not u.first("entity")
             and (entry := next((e for e in u.entries if e.kind in TOWN_KINDS), None)) is not None}
    if len(towns) != 1:
        return None
    state = towns.pop()
    return state if (nation, state) in kin_minorities() else None


def _clause_tokens(root: Token) -> set[int]:
    """Token indices of the clause around ``root``: its verb's subtree less the clauses under it."""
    verb = root
    while verb.pos_ not in CLAUSE_VERBS and verb.head.i != verb.i:  # spaCy makes a new Token per access: compare indices
        verb = verb.head
    kept: set[int] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        kept.add(token.i)
        stack.extend(c for c in token.children if not (c.dep_ in SUB_CLAUSES and c.pos_ in CLAUSE_VERBS))
    return kept
