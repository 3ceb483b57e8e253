"""The wire dateline as the place of the day's statements (a pipeline step after the events are coded).

A dateline ("WASHINGTON — The Senate ...", "MIAMI —", "Bruselas, 7 oct (EFE).-") says where the reporter files
from, and so where the story's own news of the day happened. Only acts of saying and stance (accusations, calls,
votes, pledges: ``STATED_TYPES``) by actors of the dateline's country take it, and only when:
- the act has no place of its own and its sentence names none after a locative word ("in", "at", "en");
- the act is news of the story's window: not historical, dated no earlier than ``RECENT_DAYS`` before publication;
- its sources are of the dateline's country (at least one source has it, none has another);
- it is told as an act, not as a habit or an attribute: no English simple present ("even as he lashes out at her",
  "the ways he attacks them"), no participle on a noun ("a new effort backed by Elon Musk"), no present perfect in
  a relative clause ("the front-runner, who has refused to take part");
- it comes in or after the datelined paragraph: a headline or a photo caption before it is no part of the story;
- it is not a statement relayed from an earlier day: an act said, written or told (on or under a verb of
  communication) on a stated day ``RELAYED_DAYS`` or more before publication ("said on Thursday that Kyiv hoped to
  reach ...", "wrote a letter on Tuesday insisting ...") was made wherever the speaker then was; the reporter's
  dateline is where the story is filed on its own day. A vote or a blockade of an earlier day ("Senate Republicans
  blocked the bill on Sept. 10") is no relayed statement and still takes it.
Talks (CONSULT) take it too when every party, source and target, is of the dateline's country: the negotiations
between the White House and congressional Democrats of a WASHINGTON story are held there; talks with a foreign
party may be held anywhere, and a visit (mode "visit": "the prime minister's official trips") is away from home.
An attack or a deployment reported from afar keeps no place rather than the reporter's city, and a foreign actor's
statement is not placed at the dateline: the reporter files from where the home actors speak.

With no dateline, the lead may name the story's venue instead: a past-tense sentence of the first paragraphs that
puts a gathering (``venue_nouns.tsv``: a debate, a summit, a hearing, the stage) "in" a place ("gathered onstage in
Miami for the party's third debate", "sparred ... on the debate stage in Miami"). It plays the dateline's part, on the
same conditions, but for a present perfect ("Lawmakers have raised concerns"), which is no act of the gathering.
A present-tense sentence is a photo caption ("Trump wraps up a campaign rally in Hialeah"), not the
story's news, so it names no venue.
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from detente.analyze.context import Analysis, PlaceMention
from detente.analyze.events.act_places import STATED_TYPES
from detente.analyze.nlp import dateline_end
from detente.analyze.time.calendar import as_date
from detente.model import Event

VENUES = Path(__file__).resolve().parents[2] / "knowledge" / "places" / "venue_nouns.tsv"
RECENT_DAYS = 30  # the story's window: the dating module's recent past
HOME_TALKS = {"CONSULT"}  # talks between home actors only ("negotiations between the White House and Democrats")
AWAY_MODES = {"visit"}
RELAYED_DAYS = 2  # a statement said this many days or more before publication is relayed, not filed from the dateline
LEAD_PARAGRAPHS = 3  # a photo caption or a headline may come before the datelined paragraph
# "WASHINGTON — ", "WASHINGTON\ufffd\ufffdThe" (a dash lost in decoding), "KYIV, Dec 24 (Reuters) -": capitals
# followed by a dash, a comma or an undecodable character
CAPS_DATELINE = re.compile(r"\s*(?:[-–—―\ufffd]|,\s*\w)")


def dateline_place(analysis: Analysis) -> PlaceMention | None:
    """The place that opens one of the first paragraphs as a wire dateline, or None."""
    for parsed in analysis.parsed[:LEAD_PARAGRAPHS]:
        end = dateline_end(parsed.text)
        for mention in analysis.places:
            if mention.start != parsed.offset:
                continue
            local_end = mention.end - parsed.offset
            if end is not None and local_end <= end:
                return mention
            if mention.text.isupper() and len(mention.text) > 2 and CAPS_DATELINE.match(parsed.text, local_end):
                return mention
    return None


@lru_cache(maxsize=None)
def venue_nouns() -> frozenset[str]:
    rows = [line.split("\t") for line in VENUES.read_text(encoding="utf-8").splitlines()]
    return frozenset(row[1].strip().lower() for row in rows if len(row) >= 2 and not row[0].startswith("#"))


def lead_venue(analysis: Analysis) -> PlaceMention | None:
    """The place a past-tense lead sentence gives a gathering of the story ("on the debate stage in Miami")."""
    for parsed in analysis.parsed[:LEAD_PARAGRAPHS]:
        for mention in analysis.places:
            if not parsed.offset <= mention.start < parsed.offset + len(parsed.text):
                continue
            span = parsed.doc.char_span(mention.start - parsed.offset, mention.end - parsed.offset, alignment_mode="expand")
            if span is None or not len(span) or span.root.dep_ != "pobj" or span.root.head.lower_ not in {"in", "en"}:
                continue
            holder = span.root.head.head  # the word the "in" phrase hangs on
            verb = next((t for t in [holder, *holder.ancestors] if t.pos_ in {"VERB", "AUX"}), holder)
            if verb.tag_ != "VBD" and "Past" not in verb.morph.get("Tense"):
                continue  # a caption in the present, or a statement of what is
            near = {holder, *holder.children, *(c for k in holder.children for c in k.children)}
            if any(t.lemma_.lower() in venue_nouns() or t.lower_ in venue_nouns() for t in near):
                return mention
    return None


def add_dateline_places(analysis: Analysis) -> None:
    """Pipeline step: the dateline's place (else the lead's venue) for the undated-place statements of its country's
    actors (see above)."""
    mention = dateline_place(analysis)
    venue = mention is None
    mention = mention or lead_venue(analysis)
    if mention is None or not mention.place.country:
        return
    published = as_date(analysis.article.reference_date)
    parsed = analysis.paragraph_at(mention.start)
    story_start = parsed.offset if parsed is not None else mention.start
    for event in analysis.events:
        if event.evidence.start < story_start:
            continue  # a headline or a photo caption before the datelined lead
        if event.location is None and _takes_dateline(analysis, event, mention, published, venue):
            event.location = mention.place


def _takes_dateline(analysis: Analysis, event: Event, mention: PlaceMention, published, venue: bool) -> bool:
    if event.type not in STATED_TYPES | HOME_TALKS or event.historical:
        return False
    countries = {s.country for s in event.source if s.country}
    if countries != {mention.place.country}:
        return False
    home = {mention.place.country}
    if event.type in HOME_TALKS and ({t.country for t in event.target} != home or event.mode in AWAY_MODES):
        return False  # talks with a foreign party may be held anywhere; a visit is away by definition
    day = as_date(event.date) if event.date else None
    if published is not None and day is not None and day < published - timedelta(days=RECENT_DAYS):
        return False
    if published is not None and day is not None and event.date_text and event.date_precision == "day" \
            and day <= published - timedelta(days=RELAYED_DAYS) and _relayed(analysis, event):
        return False
    return not _sentence_locates(analysis, event) and not _habit_or_attribute(analysis, event, venue)


def _relayed(analysis: Analysis, event: Event) -> bool:
    """The act is, or lies under, a verb or noun of communication ("said", "wrote", "told", "statement")."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import words

    found = analysis.trigger_root(event)
    if found is None:
        return False
    parsed, trigger = found
    speech = words("communication")
    line = [trigger, *trigger.ancestors]
    return any(lemma(t, parsed.lang) in speech for t in line) or any(
        lemma(c, parsed.lang) in speech for t in line for c in t.children if c.dep_ in {"dobj", "obj"})


def _habit_or_attribute(analysis: Analysis, event: Event, venue: bool) -> bool:
    """The act is an English simple present or present passive (a habit or a state), a participle on a noun, or a
    present perfect in a relative clause; with a lead ``venue``, any present perfect (see the module docstring)."""
    trigger = _trigger(analysis, event)
    if trigger is None:
        return False
    if trigger.dep_ == "acl" and trigger.tag_ in {"VBN", "VBG"}:
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "’s"} for c in trigger.children)
    if trigger.dep_ in {"relcl", "acl:relcl"} and perfect:
        return True  # "the front-runner who has refused to take part": a standing trait of a participant
    if any(c.dep_ == "auxpass" and c.lower_ in {"is", "are", "am"} for c in trigger.children):
        return True  # "offices, which are backed by 200 GOP offices": a state
    if venue and perfect:
        return True  # "Lawmakers have raised concerns about TikTok": not an act of the venue's occasion
    return trigger.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)


def _sentence_locates(analysis: Analysis, event: Event) -> bool:
    """The sentence names a place after a locative word, outside the act's other clauses: the act may be there, so
    the dateline is not carried ("in South Carolina" of "accused her of allowing businesses in South Carolina" is
    not the act's)."""
    from detente.analyze.events.act_places import in_other_clause
    from detente.analyze.places import locative_pattern
    from detente.analyze.time.lexicon import fold

    text, start, end = analysis.text, event.evidence.start, event.evidence.end
    trigger = _trigger(analysis, event)
    for mention in analysis.places:
        if not (start <= mention.start < end and locative_pattern().search(fold(text[max(start, mention.start - 25) : mention.start]))):
            continue
        if trigger is None:
            return True
        span = trigger.doc.char_span(mention.start - (event.evidence.trigger.start - trigger.idx),
                                     mention.end - (event.evidence.trigger.start - trigger.idx), alignment_mode="expand")
        if span is None or not len(span) or not in_other_clause(trigger, span.root, stated=True):
            return True
    return False


def _trigger(analysis: Analysis, event: Event):
    """The event's trigger token in its paragraph's parse, or None."""
    found = analysis.trigger_root(event)
    return found[1] if found is not None else None
