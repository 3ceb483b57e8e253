"""Time layer: temporal expressions found in each paragraph and resolved against the publication date.

``resolve(analysis)`` fills ``analysis.times`` with :class:`TimeExpression` records (value = ISO date of the
start of the period, precision day|week|month|quarter|season|half|year|decade|century; both None when the article has no publication date or
the expression names no calendar period, e.g. "recent weeks").

Conventions: a bare weekday or month in a past-tense clause is the latest one *on or before* publication (the
publication day itself counts: "on Wednesday" in a Wednesday story is that day), in a future-tense clause the
next one on or after it; "last"/"el pasado" and "next"/"el próximo" exclude the publication day. Weeks are ISO
weeks given by their Monday.

For other stages:
- ``resolve_expression(text, published, lang="en", tense="past") -> (value, precision) | None`` reads one
  expression (pure, cached); the TimeBank benchmark and the event coder use it.
- ``timex_value(text, published, lang, tense, quarter_focus=None, story_time=None) -> str | None`` writes one expression as a
  TIMEX3 value, including what the calendar contract cannot hold (seasons, halves, decades, PAST_REF...);
  ``reference_time(times, offset)`` is the story's time that "that year" or "the next day" read from.
- ``time_for_span(analysis, start, end) -> TimeExpression | None`` is the resolved expression that dates a
  clause: the nearest one in the same sentence as the article span [start, end) (e.g. an event trigger),
  or None, in which case callers fall back to the publication date.
"""
from __future__ import annotations

from detente.analyze.context import Analysis, TimeExpression
from detente.analyze.time import calendar as cal
from detente.analyze.time.anaphora import quarter_in_focus, resolve_anaphor
from detente.analyze.time.detect import clause_tense, entity_candidates, merge, rule_candidates
from detente.analyze.time.periods import period_resolution
from detente.analyze.time.reference import reference_time, resolve_back_reference
from detente.analyze.time.rules import clean, resolve_expression
from detente.analyze.time.timex import timex_value
from detente.analyze.time.spans import sentence_bounds

__all__ = ["resolve", "resolve_expression", "time_for_span", "find_times", "timex_value", "quarter_in_focus", "reference_time"]


def find_times(analysis: Analysis) -> list[TimeExpression]:
    """Every temporal expression of the parsed article, resolved where it names a calendar period."""
    published = analysis.article.reference_date
    anchor = cal.as_date(published)
    times: list[TimeExpression] = []
    quarters: list[TimeExpression] = []  # the quarters named so far: what "a year ago" may lean on
    dated: list[TimeExpression] = []  # the expressions resolved so far: the story's time is the latest of them
    for parsed in analysis.parsed:
        doc, paragraph_text = parsed.doc, parsed.text
        candidates = rule_candidates(paragraph_text, parsed.lang)
        if parsed.lang != "es":
            candidates = merge(candidates, entity_candidates(doc))
        for candidate in candidates:
            text = paragraph_text[candidate.start : candidate.end]
            span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            tense = clause_tense(span, parsed.lang) if span is not None and len(span) else "past"
            start = parsed.offset + candidate.start
            cleaned = clean(text)
            resolved = None
            focus = quarter_in_focus(quarters, start, parsed.lang, published) if quarters else None
            if focus is not None:  # "a year ago" after "the third quarter" is the third quarter a year before
                resolved = resolve_anaphor(cleaned, focus, parsed.lang, published)
            if resolved is None and published:  # "that year", "the next day": from the story's time
                resolved = resolve_back_reference(cleaned, reference_time(dated[-2:], start), parsed.lang, published)
            if resolved is None and published:
                resolved = resolve_expression(text, published, parsed.lang, tense)
            if resolved is None and published and candidate.source != "TIME":  # "last summer", "el primer semestre"
                resolved = period_resolution(cleaned, anchor, parsed.lang, tense)
            if resolved is None and candidate.source == "TIME":
                continue  # durations and clock times ("two hours", "3 p.m.") date nothing
            value, precision = resolved if resolved else (None, None)
            times.append(TimeExpression(text=text, start=start, end=start + len(text), value=value, precision=precision))
            if value:
                dated.append(times[-1])
            if precision == "quarter":
                quarters.append(times[-1])
    return times


def resolve(analysis: Analysis) -> None:
    """Pipeline stage: fill ``analysis.times``."""
    analysis.times = find_times(analysis)


def time_for_span(analysis: Analysis, start: int, end: int) -> TimeExpression | None:
    """The resolved time expression nearest the span [start, end) within its sentence, or None."""
    bounds = sentence_bounds(analysis, start)
    if bounds is None:
        return None
    sent_start, sent_end = bounds
    in_sentence = [t for t in analysis.times if t.value and sent_start <= t.start < sent_end]
    if not in_sentence:
        return None
    return min(in_sentence, key=lambda t: (_gap(t.start, t.end, start, end), t.start))


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, a_start - b_end, b_start - a_end)
