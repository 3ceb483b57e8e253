"""A speaker's undated act next to that speaker's dated statement happened on that statement's day.

dating.py gives an act with no time expression of its own the publication date (news of the day). News tells one
speaker's words at one occasion over adjacent sentences, often across a paragraph break, and dates only one of them:
"'We have to figure out how ...,' Biden said Thursday. / The former vice president also accused Trump of ...";
"McEnany said it's up to Pelosi ..., accusing her of 'engaging in political drama.' 'We're really at a stalemate,'
McEnany told reporters during a press briefing Tuesday." The undated act then takes the statement's day when:
- the act took the default date (no date text, not future or hypothetical) and its clause is a simple past, or a
  participle on one ("..., accusing her of");
- the sentence just before or just after it (across a paragraph break too) is a statement: its main verb is a
  simple past of saying (``earlier_cues.tsv``, kind ``say``) whose subject lies in a mention of one of the act's
  source actors, and a day of the news week (at most ``NEWS_WEEK_DAYS`` before publication: "Thursday", "Tuesday") hangs on that verb.
It runs once events are coded and merged (after recalled_attack_dates.py), so it changes no side and no merge.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from spacy.tokens import Token

from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.events.background_dates import NEWS_WEEK_DAYS, clause_head, cue_words, hangs_on, simple_past
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.repeated_act_dates import default_dated
from detente.analyze.events.sentence_words import token_at

WORDS = Path(__file__).resolve().parents[2] / "knowledge" / "time" / "earlier_cues.tsv"  # kind "say"
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
CLAUSE_DEPS = {"relcl", "acl", "acl:relcl", "ccomp", "xcomp", "advcl", "csubj", "parataxis", "pcomp", "conj"}


def date_speaker_occasions(analysis: Analysis) -> None:
    """Pipeline step (see the module docstring)."""
    from detente.analyze.time.calendar import as_date

    published = as_date(analysis.article.reference_date)
    if published is None:
        return
    mentions = {actor.id: actor.mentions for actor in analysis.actors}
    for event in analysis.events:
        if not default_dated(event, published) or not event.source:
            continue
        found = analysis.trigger_root(event)
        if found is None or found[0].lang not in {"en", "es"}:
            continue
        parsed, trigger = found
        if not _simple_past_act(trigger, parsed.lang) or _dated_sentence(analysis, parsed, trigger.sent):
            continue
        spans = [(m.start, m.end) for ref in event.source for m in mentions.get(ref.id, ())]
        if not spans:
            continue
        for neighbour in _neighbours(analysis, parsed, trigger.sent):
            day = _statement_day(analysis, published, spans, *neighbour)
            if day is not None:
                event.date, event.date_text, event.date_precision = day.value, day.text, day.precision
                event.historical = False
                break


def _simple_past_act(trigger: Token, lang: str) -> bool:
    """The act's clause is a simple past ("also accused Trump"), or a participle hanging on one ("said ..., accusing
    her of")."""
    if any(c.dep_ in {"aux", "auxpass", "aux:pass"} for c in trigger.children):
        return False  # "and that moving forward would destroy ...": not the clause's simple past
    head = clause_head(trigger)
    if simple_past(head, lang):
        return True
    if head.dep_ not in {"advcl", "xcomp"} or head.tag_ != "VBG":
        return False
    verb = head.head  # "said it's up to Pelosi ..., accusing her": the participle may hang on the reported clause
    if verb.dep_ in {"relcl", "acl", "acl:relcl"}:
        return False  # "a critique he made during the debate, inviting ridicule": another occasion's clause
    return simple_past(verb, lang) or (verb.dep_ == "ccomp" and simple_past(verb.head, lang))


def _dated_sentence(analysis: Analysis, parsed, sent) -> bool:
    """The act's own sentence has a time expression (dating.py's choice stands, whatever it was)."""
    lo, hi = parsed.offset + sent.start_char, parsed.offset + sent.end_char
    return any(lo <= t.start < hi for t in analysis.times)


def _neighbours(analysis: Analysis, parsed, sent):
    """(paragraph, sentence) just before and just after ``sent``, across a paragraph break; a sentence with no word
    (a stray quote mark the parser split off) is passed over."""
    index = analysis.paragraph_index(parsed.offset)
    for step in (-1, 1):
        at, current = parsed, sent
        for _ in range(3):
            found = _adjacent(analysis, index, at, current, step)
            if found is None:
                break
            at, current = found
            index = analysis.paragraph_index(at.offset)
            if any(t.is_alpha for t in current):
                yield at, current
                break
        index = analysis.paragraph_index(parsed.offset)


def _adjacent(analysis: Analysis, index: int | None, parsed, sent, step: int):
    """The sentence just before (``step`` -1) or after (+1) ``sent``, in the paragraph before or after at its edge."""
    doc = parsed.doc
    if step < 0 and sent.start > 0:
        return parsed, doc[sent.start - 1].sent
    if step > 0 and sent.end < len(doc):
        return parsed, doc[sent.end].sent
    if index is None or not 0 <= index + step < len(analysis.parsed):
        return None
    other = analysis.parsed[index + step]
    if not len(other.doc):
        return None
    return other, other.doc[len(other.doc) - 1 if step < 0 else 0].sent


def _statement_day(analysis: Analysis, published: date, spans, parsed, sent) -> TimeExpression | None:
    """The news-week day of the sentence's statement when its speaker lies in one of ``spans`` (see the docstring)."""
    from detente.analyze.time.calendar import as_date

    root = sent.root
    lang = parsed.lang
    if lemma(root, lang) not in cue_words(WORDS, lang, "say") or not simple_past(root, lang):
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    at = parsed.offset + subject.idx
    if not any(start <= at < end for start, end in spans):
        return None
    lo, hi = parsed.offset + sent.start_char, parsed.offset + sent.end_char
    for expression in analysis.times:
        if not (lo <= expression.start < hi) or expression.precision != "day" or not expression.value:
            continue
        when = as_date(expression.value)
        if when is None or not published - timedelta(days=NEWS_WEEK_DAYS) <= when < published:
            continue
        token = token_at(parsed.doc, expression.start - parsed.offset)
        if token is not None and _hangs_on(token, root):
            return expression
    return None


def _hangs_on(token: Token, verb: Token) -> bool:
    """The time token reaches ``verb`` through its heads without entering another clause ("told reporters during a
    press briefing Tuesday")."""
    return hangs_on(token, verb, CLAUSE_DEPS)