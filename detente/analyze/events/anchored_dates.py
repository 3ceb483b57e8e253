"""Earlier acts that the text anchors by another act or by an earlier mention: not the publication date.

dating.py gives an act with no time expression of its own the publication date (news of the day). Three kinds of
reference to an EARLIER act have no date in their own words, yet the text places them:
- an act some time before another: "a month after he was arrested", "weeks after the invasion", "días después de
  que lo detuvieran". When the main clause is dated, dating.py already dates the act back from it; when it is not,
  the act lies at least that span before an act of the story, so it is no news of the day: no date (the honest
  answer; docs/schema.md: null "for an earlier act the text does not date");
- an act that starts the stretch of time of a "since" phrase, or of a "since" clause under a perfect ("has been
  held since his arrest", "has signaled ... since the invasion began", "desde la invasión"): earlier too; no date;
- a definite description of an act the article told before with its date: "Police arrested him on July 6, 2019.
  ... The arrest came after ...", "signed an agreement in March ... this agreement". The mention (a noun with "the",
  "this" or a possessive, of the same lemma as the earlier mention or the verb it derives from) takes the date of
  the nearest such mention before its sentence, within ``REACH_CHARS``, when that one has a date of its own that
  ended at least ``FRESH_DAYS`` before publication. A nearer mention with no date stops the search (the act may be
  of the day); so does a mention whose clause is yet to come ("the talks will resume"). A verb in an "after",
  "since" or "once" clause ("after he was arrested", "tras firmar") is such a mention too: the clause takes its act
  as known. When the mention it reaches has no date but its own words place it before the news ("a week after the
  FBI announced the arrests", "had signed", "months ago"), the back-reference gets no date either (``EARLIER``). Attack nouns and acts of violence are left to recalled_attack_dates.py, which links them by type once
  events are coded.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta
from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.events.background_dates import clause_head, cue_words
from detente.analyze.events.lemmas import lemma
from detente.analyze.time.calendar import as_date

ENABLED = True  # a switch for measuring these rules on and off (benches, never the pipeline)
WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "recalled_acts.tsv"
ATTACKS = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "recalled_attacks.tsv"
REACH_CHARS = 1500  # the story's time holds this far (background_dates.FOCUS_CHARS)
FRESH_DAYS = 2  # an act of yesterday or today is the news of the day itself
ACT_POS = {"NOUN", "VERB", "PROPN"}
ARGUMENT_DEPS = {"dobj", "obj", "nsubj", "nsubjpass", "nsubj:pass"}


def _cue(lang: str, kind: str) -> frozenset[str]:
    return cue_words(WORDS, lang, kind)


def undated_anterior(trigger: Token, unit: Token | None, lang: str) -> bool:
    """The act lies a stated span ("a month after", "days after") before another act, or starts the stretch of time
    that a perfect main clause reaches over ("has signaled ... since the invasion began"), and nothing dates it."""
    return ENABLED and (unit is not None or _since_start(trigger, lang))


def _since_start(trigger: Token, lang: str) -> bool:
    """"since the invasion", "since his arrest", "since Russia invaded" under a perfect ("has been held since he was
    arrested"), "desde la invasión": the act began a period that runs up to the story's present, so it is earlier.
    A "since" clause under a main clause that is no perfect may be causal ("since they refused, we left"): not taken."""
    since = _cue(lang, "since")
    node = clause_head(trigger)
    if trigger.pos_ == "NOUN":
        if trigger.dep_ == "pobj" and trigger.head.lower_ in since:
            return True
        if any(c.dep_ == "case" and c.lower_ in since for c in trigger.children):
            return True
        if trigger.dep_ in ARGUMENT_DEPS:
            node = trigger.head  # "since the invasion of Ukraine began": the noun's clause
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in since for c in node.children):
        return False
    if lang == "es":
        return True  # "desde que" is temporal
    main = node.head
    while True:  # "has signaled his intentions to de-ratify it since ...": the perfect of the verb "to" hangs on
        if any(c.dep_ == "aux" and c.lower_ in _cue(lang, "perfect") for c in main.children):
            return True
        if main.dep_ not in {"xcomp", "conj"} or main.head.i == main.i:
            return False
        main = main.head


def recalled_date(analysis: Analysis, trigger: Token, start: int, lang: str) -> TimeExpression | None:
    """The date of the earlier, dated mention that a definite act noun refers back to (see the module docstring)."""
    if not ENABLED or _yet_to_come(trigger, lang):
        return None
    if not (trigger.pos_ == "NOUN" and _definite(trigger, lang)) and not _presupposed(trigger, lang):
        return None
    published = as_date(analysis.article.reference_date)
    own = lemma(trigger, lang)
    if published is None or own in cue_words(ATTACKS, lang, "noun") or own in _cue(lang, "violent"):
        return None
    stems = {own} | {pair.split(":")[1] for pair in _cue(lang, "derived") if pair.split(":")[0] == own}
    sent_start = start - trigger.idx + trigger.sent.start_char
    for parsed, token in _earlier_tokens(analysis, sent_start):
        if token.pos_ not in ACT_POS or lemma(token, lang) not in stems:
            continue
        expression = _own_time(analysis, parsed.offset, token, lang)
        if expression is None:
            if _placed_earlier(token, lang):
                return EARLIER  # an undated mention whose own words place it before the news
            if token.pos_ == "NOUN" and _definite(token, lang):
                continue  # another back-reference: go on to the act it refers to
            return None  # an undated earlier mention: the act may be of the day
        return expression if _old(expression, published) else None
    return None


EARLIER = TimeExpression("", -1, -1, None, None)  # recalled_date's answer for an act first told as earlier, undated


def _placed_earlier(token: Token, lang: str) -> bool:
    """The earlier mention's own words place it before the news without a date ("a week after the FBI announced the
    arrests", "had signed", "has already ratified", "months ago"): a back-reference to it is no news of the day either."""
    from detente.analyze.events.background_dates import earlier_without_date
    from detente.analyze.events.dating import anterior_unit
    from detente.analyze.events.earlier_acts import marked_earlier

    return earlier_without_date(token, lang) or marked_earlier(token, lang) \
        or undated_anterior(token, anterior_unit(token, lang), lang)


def _earlier_tokens(analysis: Analysis, sent_start: int):
    """(paragraph, token) of the sentences before ``sent_start`` within ``REACH_CHARS``, nearest first; only tokens of
    ``ACT_POS`` (the caller skips the others), found by bisecting the paragraph's index (``_act_tokens``)."""
    for parsed in reversed(analysis.parsed):
        if parsed.offset >= sent_start:
            continue
        if parsed.offset + len(parsed.text or parsed.doc.text) < sent_start - REACH_CHARS:
            break
        starts, rows = _act_tokens(analysis, parsed)
        for k in range(bisect_left(starts, sent_start) - 1, -1, -1):
            at, end, sentence_at, token = rows[k]
            if end > sent_start or sentence_at >= sent_start:
                continue
            if at < sent_start - REACH_CHARS:
                break
            yield parsed, token


_INDEX: dict = {}  # "analysis": the last document walked; id(paragraph) -> (paragraph, index) for its paragraphs


def _act_tokens(analysis: Analysis, parsed) -> tuple[list[int], list[tuple]]:
    """A paragraph's ``ACT_POS`` tokens as (start, end, sentence start, token) in article characters, with their
    starts. Built once per paragraph and kept for the last document only: recalled_date walks back over the earlier
    sentences for every definite act noun, thousands of times a corpus, and ``token.sent`` is costly."""
    if _INDEX.get("analysis") is not analysis:
        _INDEX.clear()
        _INDEX["analysis"] = analysis
    kept = _INDEX.get(id(parsed))
    if kept is None or kept[0] is not parsed:
        rows = [(parsed.offset + t.idx, parsed.offset + t.idx + len(t.text), parsed.offset + sent.start_char, t)
                for sent in parsed.doc.sents for t in sent if t.pos_ in ACT_POS]
        kept = _INDEX[id(parsed)] = (parsed, ([row[0] for row in rows], rows))
    return kept[1]


def _own_time(analysis: Analysis, offset: int, token: Token, lang: str) -> TimeExpression | None:
    """The time expression that dates this earlier mention itself: dating.governing_time's choice, when it hangs on
    the mention, inside the mention's phrase, or on a support verb whose object or subject the mention is ("signed
    an agreement on March 3", not "withdrew her allegations in 2022"); a date of another clause of its sentence
    ("held a briefing March 30 ... to counter the threat") is not the mention's, nor that of a present tense."""
    from detente.analyze.events.dating import present_tense, governing_time, own_dependent

    if present_tense(token, lang):
        return None  # "The law withdraws Russia from the CTBT, originally signed in 1996": now, not dated
    start = offset + token.idx
    expression = governing_time(analysis, start, start + len(token.text), token, lang)
    if expression is None:
        return None
    doc_char = expression.start - offset
    if own_dependent(token, doc_char) or any(t.idx <= doc_char < t.idx + len(t.text) for t in token.subtree):
        return expression
    if token.pos_ == "NOUN" and token.dep_ in ARGUMENT_DEPS and lemma(token.head, lang) in _cue(lang, "support") \
            and own_dependent(token.head, doc_char):
        return expression  # "signed an agreement on March 3": the verb that makes the act dates it
    return None


def _old(expression: TimeExpression, published: date) -> bool:
    """The mention's date ended at least ``FRESH_DAYS`` before publication."""
    from detente.analyze.events.dating import span_end

    when = as_date(expression.value) if expression.value else None
    return when is not None and span_end(when, expression.precision) <= published - timedelta(days=FRESH_DAYS)


def _definite(noun: Token, lang: str) -> bool:
    """A definite description: "the arrest", "this agreement", "his arrest", "Giuffre's allegations", "el acuerdo"."""
    return any((c.dep_ in {"det", "poss"} and c.lower_ in _cue(lang, "definite")) or (c.dep_ == "poss" and lang == "en")
               for c in noun.children)


def _presupposed(verb: Token, lang: str) -> bool:
    """A verb in a temporal clause ("after he was arrested", "since Russia invaded", "tras firmar"): such a clause
    takes its act as known, so a mention of the same act told before is that act."""
    if verb.pos_ != "VERB":
        return False
    node = clause_head(verb)
    marks = _cue(lang, "temporal")
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in marks for c in node.children)
    return node.dep_ == "pcomp" and node.head.lower_ in marks  # "after being arrested"


def _yet_to_come(noun: Token, lang: str) -> bool:
    """The noun's clause is future or possible ("the talks will resume", "the deal could collapse")."""
    verb = noun.head
    return any(c.dep_ in {"aux", "auxpass", "aux:pass"} and c.lower_ in _cue(lang, "future") for c in verb.children)
