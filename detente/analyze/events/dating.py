"""When an event happened: the governing time expression, else the publication date; and the historical flag.

Decision (documented in docs/schema.md via the lead): an event with no time expression of its own gets the
publication date with ``date_precision`` null and ``date_text`` null — the date it was reported, not a stated
one. An event recalled as background (a past-year expression governs it, its date is more than
HISTORICAL_DAYS before publication, or it hangs under "a period of / episodes / history") is historical; a
historical event with no date of its own takes the latest earlier-year expression of the article, precision year.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.sentence_words import sentence_words, token_at
from detente.analyze.events.lexicon import words

HISTORICAL_DAYS = 30


@dataclass(frozen=True)
class Dating:
    date: str | None
    text: str | None
    precision: str | None
    historical: bool
    after_publication: bool


def date_event(analysis: Analysis, trigger: Token, start: int, end: int, lang: str) -> Dating:
    published = _as_date(analysis.article.published)
    expression = governing_time(analysis, start, end, trigger)
    cue = has_historical_cue(trigger, lang)
    unit = anterior_unit(trigger, lang)
    if expression is not None and expression.value and unit and not _own_dependent(trigger, expression.start - (start - trigger.idx)):
        # "days after the US attacked Venezuela, ... on 7 January": the date is the main clause's; the attack
        # lies some days (weeks, months) before it, so only its month (year) is known
        reference = _as_date(expression.value)
        if reference is not None:
            when = reference - timedelta(days=_span_days(unit))
            precision = "month" if unit.lower_ in SHORT_UNITS else "year"
            value = when.replace(day=1) if precision == "month" else when.replace(month=1, day=1)
            old = bool(published and when < published - timedelta(days=HISTORICAL_DAYS))
            return Dating(value.isoformat(), expression.text, precision, old, False)
    phrase = anterior_phrase(trigger) if expression is not None and expression.value and unit is None else None
    if phrase is not None and not _inside(phrase, expression.start - (start - trigger.idx)):
        # "tras las declaraciones de Trump sugiriendo una intervención ..., el 7 de enero": what came before the
        # main clause's stated day is known only to its month
        reference = _as_date(expression.value)
        if reference is not None and expression.precision == "day":
            old = bool(published and reference < published - timedelta(days=HISTORICAL_DAYS))
            return Dating(reference.replace(day=1).isoformat(), expression.text, "month", old or cue, False)
    if expression is not None and expression.value:
        when = _as_date(expression.value)
        old = bool(published and when and when < published - timedelta(days=HISTORICAL_DAYS))
        later = bool(published and when and when > published)
        return Dating(expression.value, expression.text, expression.precision, old or cue, later)
    if cue:
        recalled = _latest_past_year(analysis, published)
        if recalled is not None:
            return Dating(recalled.value, recalled.text, "year", True, False)
        return Dating(None, None, None, True, False)
    return Dating(published.isoformat() if published else None, None, None, False, False)


SHORT_UNITS = {"day", "week", "día", "semana", "days", "weeks", "días", "semanas"}
UNITS = SHORT_UNITS | {"month", "months", "year", "years", "mes", "meses", "año", "años"}


def anterior_unit(trigger: Token, lang: str) -> Token | None:
    """The unit of "N days/weeks after" when the trigger's clause is what happened that long before the main
    clause ("días después de que EE.UU. atacara Venezuela", "weeks after the attack on X"); else None."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    anchors = [node.head, *(c for c in node.children if c.dep_ == "mark")]
    for anchor in anchors:
        if anchor.lower_ not in ANTERIOR_PREPS:
            continue
        if anchor.head.lower_ in UNITS and anchor.dep_ in {"prep", "advmod"}:
            return anchor.head  # "Days after the attack", "días después de que": "after" hangs on the unit
        for child in [*anchor.children, *node.children]:
            if child.dep_ in {"npadvmod", "obl", "nmod", "obl:tmod"} and child.lower_ in UNITS:
                return child
    return None


def anterior_phrase(trigger: Token) -> Token | None:
    """The "after/tras X" phrase of the main clause that the trigger is part of ("tras las declaraciones de Trump
    sugiriendo una intervención", "after statements suggesting an intervention"), up to four steps up."""
    node = trigger
    for _ in range(4):
        marker = node.head.lower_ if node.dep_ == "pobj" else next(
            (c.lower_ for c in node.children if c.dep_ == "case"), None)
        governor = node.head.head if node.dep_ == "pobj" else node.head
        if marker in ANTERIOR_PREPS and node.dep_ in {"pobj", "obl", "nmod"} and governor.pos_ in {"VERB", "AUX"}:
            return node.head if node.dep_ == "pobj" else node
        if node.dep_ not in {"obj", "dobj", "acl", "nmod", "pobj", "prep", "xcomp", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _inside(phrase: Token, doc_char: int) -> bool:
    """The token at ``doc_char`` belongs to ``phrase``."""
    return any(t.idx <= doc_char < t.idx + len(t.text) for t in phrase.subtree)


UNIT_DAYS = {"day": 1, "days": 1, "día": 1, "días": 1, "week": 7, "weeks": 7, "semana": 7, "semanas": 7,
             "month": 30, "months": 30, "mes": 30, "meses": 30, "year": 365, "years": 365, "año": 365, "años": 365}
SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "una": 1, "dos": 2, "tres": 3,
                 "cuatro": 4, "cinco": 5}


def _span_days(unit: Token) -> int:
    """How far back "three weeks after" reaches, in days (a bare plural "days" counts as two)."""
    number = next((c for c in unit.children if c.dep_ == "nummod"), None)
    if number is not None and number.text.isdigit():
        count = int(number.text)
    elif number is not None:
        count = SMALL_NUMBERS.get(number.lower_, 1)
    else:
        count = 2 if unit.lower_.endswith("s") else 1
    return UNIT_DAYS.get(unit.lower_, 1) * count


def _own_dependent(trigger: Token, doc_char: int) -> bool:
    """The token at ``doc_char`` hangs on the trigger's clause head itself (directly or through a preposition)."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    heads = {token.head.i, token.head.head.i}
    return bool(heads & {node.i, trigger.i})


def governing_time(analysis: Analysis, start: int, end: int, trigger: Token | None = None) -> TimeExpression | None:
    """The resolved time expression nearest the trigger in its sentence, skipping those that only modify
    another noun ("the confrontational tone of 2025")."""
    try:
        from detente.analyze.time import time_for_span
    except ImportError:  # the time layer is optional for this stage
        return None
    nearest = time_for_span(analysis, start, end)
    if nearest is None or trigger is None:
        return nearest
    sent = trigger.sent
    sent_start = start - (trigger.idx - sent.start_char)
    sent_end = sent_start + (sent.end_char - sent.start_char)  # len(sent.text), without building it
    candidates = sorted(
        (t for t in analysis.times if t.value and sent_start <= t.start < sent_end),
        key=lambda t: max(0, t.start - end, start - t.end),
    )
    for expression in candidates:
        doc_char = expression.start - (start - trigger.idx)
        if not _modifies_other_noun(trigger, doc_char) and not _in_other_clause(trigger, doc_char):
            return expression
    return None


CLAUSE_DEPS = {"relcl", "acl", "acl:relcl"}


def _in_other_clause(trigger: Token, doc_char: int) -> bool:
    """The time expression at ``doc_char`` dates a relative or participial clause on another noun than the act's
    ("lifted the sanctions it had imposed in October", "according to a statement released on Wednesday"); a
    clause on the trigger noun or on the act's occasion still dates it (``_occasion``)."""
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    for node in [token, *token.ancestors]:
        if node.i == trigger.i:
            return False  # the trigger governs the expression
        if node.dep_ in CLAUSE_DEPS and node.head.i != trigger.i:
            return not _occasion(node.head, trigger)
    return False


OCCASION_PREPS = {"in", "at", "during", "on", "en", "durante"}


def _occasion(noun: Token, trigger: Token) -> bool:
    """The noun a dated clause describes is the act's own occasion: its subject ("the attack, which happened on
    Monday, killed"), the in/at/during phrase it was done in ("in a statement published Oct. 25, X accused"), or a
    noun whose other clause holds the trigger ("the call Trump made on 2 January, in which he pressed ...")."""
    if any(t.i == trigger.i for t in noun.subtree):
        return True
    if noun.head.i == trigger.i and noun.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}:
        return True
    marker = noun.head if noun.dep_ == "pobj" else next((c for c in noun.children if c.dep_ == "case"), None)
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return marker is not None and marker.lower_ in OCCASION_PREPS and governor.i == trigger.i and noun.dep_ in {"pobj", "obl"}


def _modifies_other_noun(trigger: Token, doc_char: int) -> bool:
    """True when the time expression at ``doc_char`` is the of-complement of a noun other than the trigger."""
    token = token_at(trigger.doc, doc_char)
    if token is None:
        return False
    while token.dep_ in {"compound", "nummod", "amod", "det", "case"} and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "de"}:
        noun = token.head.head
    elif token.dep_ in {"nmod", "poss"} and any(c.lower_ in {"de", "del"} for c in token.children):
        noun = token.head
    else:
        return False
    return noun.i != trigger.i and noun.pos_ in {"NOUN", "PROPN"}


def has_historical_cue(trigger: Token, lang: str) -> bool:
    """A background cue on the trigger's path to the root, or a past-perfect auxiliary on its clause."""
    cues = words("historical")
    for token in [trigger, *trigger.ancestors]:
        if token.lower_ in cues or lemma(token, lang) in cues:
            return True
    for child in trigger.children:
        if child.dep_ in {"advmod", "npadvmod"} and child.pos_ == "ADV" and child.lower_ in cues:
            return True
    head = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children) and not _backshifted(head):
        return True
    return _after_background(trigger, lang)


def _backshifted(verb: Token) -> bool:
    """"Fedorov told reporters that Syrsky had blocked his efforts": a past perfect in the complement of a past verb
    of saying is the reported past (backshift), not background before the news."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.i != verb.i and verb.head.tag_ in {"VBD", "VBN", "VBZ", "VBP"} \
        and verb.head.lemma_.lower() in words("communication") | {"say", "tell", "report", "announce", "claim", "add"}


ANTERIOR_PREPS = {"after", "following", "since", "tras", "después", "despues", "luego"}
CORE_DEPS = {"ROOT", "nsubj", "nsubjpass", "dobj", "obj", "attr", "nsubj:pass"}


def _after_background(trigger: Token, lang: str) -> bool:
    """"after a period of tension that included X": X, outside the main clause's core, is background.

    Robust to fragmented parses: the cue noun must be governed by an anteriority preposition and precede the
    trigger, and the trigger must not be the main clause's subject, object or root."""
    sent = trigger.sent
    root = sent.root
    if trigger.i == root.i or (trigger.head.i == root.i and trigger.dep_ in CORE_DEPS):
        return False
    cues = words("historical")
    lemmas = sentence_words(sent, lang)[0]
    for position in range(min(len(lemmas), trigger.i - sent.start)):
        if lemmas[position] not in cues:
            continue
        token = sent[position]
        if token.head.lower_ in ANTERIOR_PREPS | {"of", "de"}:
            anchor = token.head if token.head.lower_ in ANTERIOR_PREPS else token.head.head
            if anchor.lower_ in ANTERIOR_PREPS or anchor.head.lower_ in ANTERIOR_PREPS:
                return True
    return False


def _latest_past_year(analysis: Analysis, published: date | None) -> TimeExpression | None:
    if published is None:
        return None
    earlier = [
        t for t in analysis.times
        if t.value and t.precision == "year" and (_as_date(t.value) or published).year < published.year
    ]
    return max(earlier, key=lambda t: (t.value, -t.start)) if earlier else None


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
