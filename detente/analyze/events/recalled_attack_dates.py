"""An attack the text refers back to has the time (and place) of the attack first told, not the publication date.

dating.py gives an undated act the publication date: the news of the day. A story about an earlier attack goes on
mentioning it without a date, and those later mentions are the same, earlier act:
- a definite description: the trigger is "the attack", "this strike", "el ataque" (no date of its own);
- an attack verb whose subject, or whose "in" / "by" / "during" phrase, is such a description ("The attack killed
  our colleague", "were also wounded in the attack");
- a past perfect ("a tank in Israel had fired at the journalists"; the tense test is earlier_acts.past_perfect): the
  act lies before the time its sentence reports from, so a date of another clause ("an investigation in December")
  is not its own;
- a relative clause on a dated attack noun ("the Oct. 7 attacks on southern Israel, which killed 1,200 and took
  250 hostages"): it tells more of that attack, so it takes that attack's date and place, whatever its age.
Such a mention (but the last kind) takes the date of the nearest attack told before it, within ``REACH_CHARS``, when
that one has a date (stated, or taken by this rule) that ended at least ``FRESH_DAYS`` before publication; the place
too when it has none. A chain of such mentions goes back to the attack first told with its own date, whose place is
the best founded ("killed a reporter in Lebanon in October ... a tank in Israel had fired ... the attack on
journalists": Lebanon, where the tank's shells fell). A fresh attack ("overnight strikes ... people were wounded in
the attack") stays news of the day: the nearest earlier attack is then of the day itself, or undated; a definite
mention with no place still takes that nearest attack's site ("missiles struck Kyiv overnight ... 83 people were
wounded in the attack": Kyiv), but a past perfect does not (it may tell an older attack). It runs once
events are coded and merged (statement_places.settle_places), so it changes no side and no merge.
recalled_attacks.py gives such a mention its doer; this module gives it its time.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis
from detente.analyze.events.background_dates import cue_words
from detente.analyze.events.earlier_acts import past_perfect
from detente.analyze.events.lemmas import lemma
from detente.model import Event

WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "recalled_attacks.tsv"
ATTACK_TYPES = {"ASSAULT"}
REACH_CHARS = 1500  # the story's time holds this far (background_dates.FOCUS_CHARS)
FRESH_DAYS = 1  # an attack of today is the news of the day itself; a stated yesterday is its own day (stop 27)
SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
RELATIVES = {"which", "that", "que", "cual", "cuales"}
ANTECEDENT_TOKENS = 8  # how far back a relative pronoun's antecedent may stand ("attacks on X, which")


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(WORDS, lang, kind)


def date_recalled_attacks(analysis: Analysis) -> None:
    """Pipeline step (see the module docstring)."""
    from detente.analyze.events.dating import span_end, before_news_window
    from detente.analyze.time.calendar import as_date

    published = as_date(analysis.article.reference_date)
    if published is None:
        return
    attacks = sorted((e for e in analysis.events if e.type in ATTACK_TYPES), key=lambda e: e.evidence.start)
    dated: list[Event] = []  # attacks with a date of their own or taken here, in text order
    first: dict[int, Event] = {}  # id of an event that took a date here -> the attack first told with it
    roots = {id(e): analysis.trigger_root(e) for e in attacks}
    nouns = {(found[0].offset, found[1].i): e for e in attacks if (found := roots[id(e)]) is not None and e.date_text}
    for event in attacks:
        antecedent = site = None
        found = roots[id(event)]
        described = _described(found, nouns) if found is not None else None
        if described is not None and described is not event and (not event.date_text or event.date == described.date):
            # "the Oct. 7 attacks on southern Israel, which killed 1,200": that attack's time and place
            _take_time(event, described, described.historical)
        elif found is not None and _refers_back(analysis, event, found, found[0].lang):
            parsed, trigger = found
            sent_start = parsed.offset + trigger.sent.start_char
            earlier = [e for e in dated if e.evidence.end <= sent_start and sent_start - e.evidence.end <= REACH_CHARS]
            antecedent = first.get(id(earlier[-1]), earlier[-1]) if earlier else None
            site = None if past_perfect(trigger, found[0].lang) else _recalled_site(attacks, sent_start)
        if antecedent is not None:
            when = as_date(antecedent.date or "")
            ended = span_end(when, antecedent.date_precision) if when is not None else None
            if ended is not None and ended <= published - timedelta(days=FRESH_DAYS):
                _take_time(event, antecedent, before_news_window(ended, published))
                first[id(event)] = antecedent
        if site is not None and event.location is None:
            event.location = site  # "the attack" of the day: the site of the attack told just before
        if event.date_text:
            dated.append(event)


def _recalled_site(attacks: list[Event], sent_start: int):
    """The place of the nearest attack told before the sentence, within ``REACH_CHARS``, when it has one: a definite
    "the attack" with no place of its own is that attack, fresh or not ("Russian missiles struck Kyiv overnight ...
    At least 83 people were wounded in the attack": Kyiv)."""
    earlier = [e for e in attacks if e.evidence.end <= sent_start and sent_start - e.evidence.end <= REACH_CHARS]
    return earlier[-1].location if earlier else None


def _take_time(event: Event, attack: Event, historical: bool) -> None:
    """``event`` is a further mention of ``attack``: its date, and its place when it has none of its own."""
    event.date, event.date_text, event.date_precision = attack.date, attack.date_text, attack.date_precision
    event.historical = historical
    event.location = event.location or attack.location


def _described(found, nouns: dict) -> Event | None:
    """The dated attack whose noun the act's relative clause describes ("the Oct. 7 attacks on southern Israel, which
    killed 1,200 and took 250 hostages"): the clause tells more of that same attack."""
    parsed, trigger = found
    node = trigger
    while node.dep_ in {"conj", "ccomp"} and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head  # "which Israeli figures say killed 1,200 and took ...": up to the relative clause
    if node.dep_ not in {"relcl", "acl:relcl"}:
        return None
    found = nouns.get((parsed.offset, node.head.i))
    if found is not None:
        return found
    # the parser may hang the clause on a noun further up ("the mastermind behind the Oct. 7 attacks on X, which
    # ... killed"): its relative pronoun's antecedent is the nearest attack noun just before it
    pronoun = next((t for t in [*node.subtree, *trigger.subtree] if t.tag_ == "WDT" or t.lower_ in RELATIVES), None)
    if pronoun is None:
        return None
    for i in range(pronoun.i - 1, max(pronoun.i - ANTECEDENT_TOKENS, pronoun.sent.start - 1), -1):
        if (parsed.offset, i) in nouns:
            return nouns[(parsed.offset, i)]
    return None


def _refers_back(analysis: Analysis, event: Event, found, lang: str) -> bool:
    """The mention is a definite attack noun, an attack verb on one, or a past perfect with no date of its own."""
    parsed, trigger = found
    if event.date_text and not past_perfect(trigger, lang):
        return False
    if past_perfect(trigger, lang):
        return not _own_date(analysis, parsed, trigger)
    if event.date_text:
        return False
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return _definite(trigger, lang)
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    within = _cue(lang, "within")
    for child in trigger.children:
        noun = child
        if child.dep_ == "prep" and child.lower_ in within:
            noun = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ == "agent":
            noun = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ not in SUBJECT_DEPS and not (child.dep_ in {"obl", "nmod"} and any(
                c.dep_ == "case" and c.lower_ in within for c in child.children)):
            continue
        if noun.pos_ == "NOUN" and lemma(noun, lang) in _cue(lang, "noun") and _definite(noun, lang):
            return True
    return False


def _definite(noun: Token, lang: str) -> bool:
    """A definite description with no possessor or date of its own ("the attack", not "Hamas's attack")."""
    return any(c.dep_ == "det" and c.lower_ in _cue(lang, "definite") for c in noun.children) and not any(
        c.dep_ == "poss" for c in noun.children)


def _own_date(analysis: Analysis, parsed, trigger: Token) -> bool:
    """A time expression of the sentence hangs on the verb itself ("had fired on Oct. 13")."""
    from detente.analyze.events.dating import own_dependent

    lo, hi = parsed.offset + trigger.sent.start_char, parsed.offset + trigger.sent.end_char
    return any(own_dependent(trigger, t.start - parsed.offset) for t in analysis.times if lo <= t.start < hi)
