"""Company business is no political act (TimeBank dev audit s26, class N6 business: half its non-events).

PLOVER codes political interaction. In business news the lexicon's words name market moves: a company "agreed to
sell three candy businesses to Nestle", "raised its bid for" a rival, "extended its tender offer", "is offering a
one-time bonus", directors "rejected the offer as inadequate", two firms "sweetened their merger agreement". None
of these is coded when no side is political (no state, official body, party or armed group, and no country standing
alone for its state) and no union or workers' group is the doer. Three readings, any of which suffices:

- a deal: the trigger's own phrase names a thing traded (cue list ``deal_thing``: a stake, shares, a merger, a
  tender offer, a division, a payout ...) or a verb of trading ("agreed to sell / buy / be acquired", list
  ``deal_verb``);
- company sides: every side is a company (sector BUS, or a name ending in Inc., Corp., PLC, Group ... list
  ``company_suffix``) and the act is an agreement, a decision, a resignation or praise (not a charge or complaint);
- a business report: the article uses five or more distinct words of the list ``finance_report`` (shareholder,
  dividend, earnings, merger ...), and the act has no political side.

A company acting toward a state stays coded ("GM sought U.S. antitrust clearance", "Timex asked the Commerce
Department for duty-free treatment"), so does a state acting on a company ("regulators seized the thrift"), a
country's deal ("Russia agreed to sell missiles to Turkey", "China agreed to buy soybeans"), labour acts (strikes,
a union rejecting an offer) and lawsuits ("shareholders sued the chief executive"). A country named only as a
company's origin ("Marubeni of Japan", "American Medical") is no political side.
"""
from __future__ import annotations

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import words
from detente.analyze.events.sector_groups import POLITICAL
from detente.analyze.events.sentence_words import doc_words, sentence_lowers
from detente.analyze.events.triggers import Trigger

UNTOUCHED = {"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"}  # strikes, violence, seizures: never business moves
COMPANY_ACTS = {"AGREE", "REJECT", "RETREAT", "SANCTION", "SUPPORT", "COOPERATE", "CONCEDE", "AID"}
FINANCE_WORDS = 5  # distinct finance words that make an article a business report
BODY_CODES = {"IGO", "UNO", "NGO", "EUR", "AFR", "ASA", "MEA", "WST"}  # organisation codes standing for bodies of states
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
PHRASE_STEPS = 3  # how far down the trigger's phrase a traded thing is looked for


def company_business(trigger: Trigger, found, frame) -> bool:
    """The English trigger, with its sides read, is a company's business, no political act (module docstring)."""
    if frame.lang != "en" or trigger.cue.type in UNTOUCHED or trigger.cue.context == "legal":
        return False
    hits = found.sources + found.targets
    if not hits or any(_political(hit, trigger.token, frame.offset) for hit in hits) \
            or any(hit.actor.sector == "LAB" for hit in found.sources):
        return False
    if _deal(trigger):
        return True
    if trigger.cue.type in COMPANY_ACTS and all(_company(hit.actor) for hit in hits):
        return True
    return business_report(frame.analysis)


def business_report(analysis: Analysis) -> bool:
    """The English article is a business report (module docstring); computed once per article."""
    return analysis.once("business_report", lambda: _finance_words_seen(analysis) >= FINANCE_WORDS)


def _finance_words_seen(analysis: Analysis) -> int:
    finance = words("finance_report")
    seen: set[str] = set()
    for parsed in analysis.parsed:
        if parsed.lang != "en" or not len(parsed.doc):
            continue
        lemmas, _ = doc_words(parsed.doc, "en")
        lowers = sentence_lowers(parsed.doc[:])
        seen.update(w for pair in zip(lemmas, lowers) for w in pair if w in finance)
    return len(seen)


def _political(hit, trigger_token: Token, offset: int) -> bool:
    """A side that acts politically: a state body, party, armed group, or a country standing alone (not
    named as a company's origin)."""
    actor = hit.actor
    if actor.sector in POLITICAL or actor.country in BODY_CODES:
        return True  # also "IGO/BUS: International Monetary Fund": a body of states whatever its sector
    if not actor.country or actor.sector is not None:
        return False
    token = _hit_token(hit, trigger_token, offset)
    return token is None or not _origin(token)


def _hit_token(hit, inside: Token, offset: int) -> Token | None:
    """The head word of the side's mention when it lies in the trigger's sentence."""
    covered = [t for t in inside.sent if hit.start <= offset + t.idx < hit.end]
    heads = [t for t in covered if t.head not in covered or t.head.i == t.i]
    return heads[0] if heads else None


def _origin(token: Token) -> bool:
    """"Marubeni of Japan", "Bank of New York", "American Medical": a country naming where a company is from."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN":
        return True
    return token.dep_ in {"compound", "amod"} and head.pos_ == "PROPN" and head.ent_type_ == "ORG"


def _deal(trigger: Trigger) -> bool:
    """The trigger's own phrase (not its subject) names a thing traded or a verb of trading."""
    token = trigger.token
    things, verbs = words("deal_thing"), words("deal_verb")
    start = [token]
    if token.dep_ == "relcl":
        start.append(token.head)  # "the offer, which the directors rejected"
    for top in start:
        for node in _phrase(top):
            own = lemma(node, "en")
            if own in things or node.lower_ in things:
                return True
            if node is not token and node.pos_ in {"VERB", "AUX"} and own in verbs:
                return True
            if node.dep_ == "prep" and node.lower_ in {"for", "at"} and _priced(node):
                return True  # "offers the MacBook for $700", "is offered at a $9.99 monthly rate"
    return False


def _priced(preposition: Token) -> bool:
    """A price follows: a sum of money ("for $700", "at $26.50 a share")."""
    return any(t.tag_ == "$" or t.lower_ in {"$", "£", "€", "¥"} or t.ent_type_ == "MONEY"
               for t in preposition.subtree)


def _phrase(token: Token) -> list[Token]:
    """The trigger and the words below it, a few steps down, leaving out its subject and its clauses of report."""
    found = [token]
    frontier = [token]
    for _ in range(PHRASE_STEPS):
        frontier = [c for t in frontier for c in t.children
                    if c.dep_ not in SUBJECTS | {"relcl", "advcl", "ccomp", "parataxis", "punct", "conj", "cc"}]
        found += frontier
    return found


def _company(actor) -> bool:
    """A company: the business sector, or a name ending like a firm's ("Hallwood Group Inc.", "Ratners Group PLC")."""
    if actor.sector == "BUS":
        return True
    if actor.sector is not None or actor.country:
        return False
    last = (actor.name or actor.text or "").replace(",", " ").split()
    return bool(last) and last[-1].lower().rstrip(".") in words("company_suffix")
