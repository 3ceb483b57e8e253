"""One event per real-world event in an article: mentions of the same act in different sentences are merged.

An article names its main event several times ("Trump and Petro met at the White House", "the meeting with Mr.
Trump", "the White House talks"). Each sentence codes it once; here the mentions that can be the same act (same
type, compatible mode, flags, sides, date and place) become one event that keeps the best evidence and lists the
others in ``Event.other_mentions``. Events of one sentence are never merged here: the sentence coder has already
kept apart what it lists as separate acts ("the revocation of his visa, sanctions imposed by the Treasury"); it
only collapses repeated codings of one act within the sentence (``dedupe_sentence``, called by the sentence coder).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as Date
from typing import Callable

from detente.analyze.events.lexicon import score_for, words
from detente.model import ActorRef, Event

# types whose two sides are interchangeable ("X met Y" = "Y met X"; codebook: reciprocal meetings and
# cooperation code both parties alike); a visit is directed (visitor → host)
RECIPROCAL_TYPES = {"CONSULT", "COOPERATE"}
DIRECTED_MODES = {"visit"}
# How long a stated date's period is (see docs/schema.md, date_precision); a season is about a quarter.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5, "decade": 6, "century": 7}
PERIOD_MONTHS = {"season": 3, "half": 6, "decade": 120, "century": 1200}  # periods dated by their first day


def merge_events(events: list[Event], back_reference: Callable[[Event], bool] = lambda event: True,
                 apart: Callable[[Event, Event], bool] = lambda first, second: False) -> list[Event]:
    """Merge mentions of the same act across sentences; the result is in text order of each event's evidence.
    ``back_reference`` tells the mentions that may leave a side unnamed ("the White House meeting", "the attack":
    event nouns); the coder passes "the trigger is a noun", so a verb with a missing side ("the US called for
    ...") is not taken for a mention of another act of the same actors. ``apart``: a caller's own reason to keep
    two mentions apart (implicit protests in different places)."""
    groups: list[list[Event]] = []
    for event in sorted(events, key=_position):
        group = next((g for g in groups if all(same_act(member, event, back_reference) and not apart(member, event)
                                               for member in g)), None)
        if group is None:
            groups.append([event])
        else:
            group.append(event)
    return sorted((_combine(group) for group in groups), key=_position)


def meeting_partners(events: list[Event]) -> None:
    """A joint undertaking stated by one party of the article's meeting, with no partner named ("Trump said they
    would continue to work together", "a willingness to cooperate"), is aimed at whom that party met: the
    nearest realised CONSULT with both sides in an earlier sentence (cue list ``reciprocal``). The target has no
    span in the statement's evidence: the partner is not named there."""
    joint = words("reciprocal")
    meetings = [e for e in events if e.type == "CONSULT" and e.source and e.target
                and not (e.negated or e.hypothetical or e.future)]
    for event in events:
        if event.type not in {"AGREE", "COOPERATE"} or event.target or not event.source:
            continue
        if not joint & set(re.findall(r"\w+", event.evidence.sentence.lower())):
            continue
        if _names_both_sides(event):
            continue  # "the two governments could work together": the source is both parties, no partner is missing
        earlier = [m for m in meetings if m.evidence.start < event.evidence.start]  # an earlier sentence
        for meeting in sorted(earlier, key=lambda m: -m.evidence.start):
            for ours, theirs in ((meeting.source, meeting.target), (meeting.target, meeting.source)):
                if same_actors(event.source, ours):
                    event.target = list(theirs)
                    break
            if event.target:
                break


def _names_both_sides(event: Event) -> bool:
    """The source mention counts both parties ("the two governments", "both leaders", "ambos países")."""
    span = event.evidence.source
    if span is None:
        return False
    text = event.evidence.sentence[span.start - event.evidence.start : span.end - event.evidence.start]
    return bool(words("both_sides") & set(re.findall(r"\w+", text.lower())))


def same_act(first: Event, second: Event, back_reference: Callable[[Event], bool] = lambda event: True) -> bool:
    """Whether two coded events from different sentences can be two mentions of one act."""
    if first.evidence.start == second.evidence.start and first.evidence.end == second.evidence.end:
        return False  # same sentence: the sentence coder decides
    if first.type != second.type or not _compatible_modes(first.mode, second.mode):
        return False
    if (first.negated, first.hypothetical, first.future, first.historical) != (
            second.negated, second.hypothetical, second.future, second.historical):
        return False  # "met" vs "will meet", the 2025 sanctions vs new ones
    if not compatible_dates(first, second) or not _compatible_places(first, second):
        return False
    strict = _domestic(first) or _domestic(second)
    if any(not (e.source and e.target) and not back_reference(e) for e in (first, second)) and not (
            _named_alike(first.source, second.source, strict) and _named_alike(first.target, second.target, strict)):
        return False  # a side left unnamed is only matched for a back-reference ("the meeting")
    if _same_sides(first.source, first.target, second.source, second.target, strict):
        return True
    reciprocal = first.type in RECIPROCAL_TYPES and not {first.mode, second.mode} & DIRECTED_MODES
    return reciprocal and _same_sides(first.source, first.target, second.target, second.source, strict)


def _domestic(event: Event) -> bool:
    """Both sides of one country ("the mayor thanked the city council", "Moreno thanked the administrations"):
    country and sector then tell no party apart, so only the same actor counts as the same party."""
    countries = {a.country for a in event.source if a.country}
    return any(a.country in countries for a in event.target)


def _same_sides(source_a: list[ActorRef], target_a: list[ActorRef], source_b: list[ActorRef],
                target_b: list[ActorRef], strict: bool = False) -> bool:
    """Each side matches (an empty side matches anything), and at least one side is named in both: an event
    known only by its source is not merged with one known only by its target."""
    if not (same_actors(source_a, source_b, strict) and same_actors(target_a, target_b, strict)):
        return False
    return bool(source_a and source_b) or bool(target_a and target_b)


def _named_alike(left: list[ActorRef], right: list[ActorRef], strict: bool = False) -> bool:
    """Both unnamed, or both named and the same parties."""
    return (not left and not right) or (bool(left) and bool(right) and same_actors(left, right, strict))


def same_actors(left: list[ActorRef], right: list[ActorRef], strict: bool = False) -> bool:
    """Two actor lists name the same parties: every actor of each has a match in the other (an empty list is
    unknown, and matches). ``strict``: only the same actor matches (see ``_same_actor``)."""
    if not left or not right:
        return True
    return all(any(_same_actor(a, b, strict) for b in right) for a in left) and all(
        any(_same_actor(b, a, strict) for a in left) for b in right)


def _same_actor(a: ActorRef, b: ActorRef, strict: bool = False) -> bool:
    """The same actor id, or the same country and sector ("Trump", "the White House", "the presidents of the
    United States" are all USA GOV); a missing sector matches any ("Colombia" and "Petro"). ``strict`` (a domestic
    dyad, where every party may share country and sector): the same id, or a name whose words are all in the
    other's ("Supreme Court", "the US Supreme Court")."""
    if a.id == b.id:
        return True
    if strict:
        shorter, longer = sorted((_name_words(a), _name_words(b)), key=len)
        return a.country == b.country and bool(shorter) and shorter <= longer
    if not a.country or a.country != b.country:
        return False
    return a.sector == b.sector or a.sector is None or b.sector is None


def _name_words(actor: ActorRef) -> set[str]:
    return set(re.findall(r"\w+", actor.name.casefold()))


def _compatible_modes(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first == second


def compatible_dates(first: Event, second: Event) -> bool:
    """The same stated date, one contained in the other (a day in a stated month or year), or at most one stated
    (an event with no date of its own carries the publication date, which says nothing about the act)."""
    if not first.date_text or not second.date_text or not first.date or not second.date:
        return True
    if first.date == second.date and first.date_precision == second.date_precision:
        return True
    coarse, fine = sorted((first, second), key=lambda e: -PRECISION_RANK.get(e.date_precision or "day", 0))
    try:
        outer, inner = Date.fromisoformat(coarse.date[:10]), Date.fromisoformat(fine.date[:10])
    except ValueError:
        return False
    if coarse.date_precision == "year":
        return outer.year == inner.year
    if coarse.date_precision == "quarter":
        return (outer.year, (outer.month - 1) // 3) == (inner.year, (inner.month - 1) // 3)
    if coarse.date_precision == "month":
        return (outer.year, outer.month) == (inner.year, inner.month)
    if coarse.date_precision in PERIOD_MONTHS:  # dated by the period's first day ("last summer" → 2025-06-01)
        months_in = (inner.year - outer.year) * 12 + inner.month - outer.month
        return 0 <= months_in < PERIOD_MONTHS[coarse.date_precision]
    return False


def _compatible_places(first: Event, second: Event) -> bool:
    a, b = first.location, second.location
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.name == b.name


def _rank(event: Event) -> tuple:
    """Best evidence first: both sides named, a stated date, a place, confidence, then the earliest mention."""
    sides = bool(event.source) + bool(event.target)
    return (-sides, not event.date_text, event.location is None, -event.confidence, _position(event))


def _combine(group: list[Event]) -> Event:
    """The best mention, completed by what the others state (date, place, mode, a missing side) and listing them."""
    ordered = sorted(group, key=_rank)
    best, others = ordered[0], ordered[1:]
    if not others:
        return best
    merged = replace(best, contexts=list(best.contexts), evidence=replace(best.evidence))
    for other in others:
        if not merged.date_text and other.date_text:
            merged.date, merged.date_text, merged.date_precision = other.date, other.date_text, other.date_precision
        elif merged.date_text and other.date_text and _finer(other, merged):
            merged.date, merged.date_text, merged.date_precision = other.date, other.date_text, other.date_precision
        if merged.location is None and other.location is not None:
            merged.location = other.location
        if merged.mode is None and other.mode is not None:
            merged.mode = other.mode
            merged.score = score_for(merged.type, merged.mode)
        if not merged.source and other.source:
            merged.source = list(other.source)
            merged.evidence.source = other.evidence.source
        if not merged.target and other.target:
            merged.target = list(other.target)
            merged.evidence.target = other.evidence.target
        merged.contexts += [c for c in other.contexts if c not in merged.contexts]
        merged.confidence = max(merged.confidence, other.confidence)
    merged.other_mentions = sorted([m.evidence for m in others] + [e for m in group for e in m.other_mentions],
                                   key=lambda e: (e.start, e.trigger.start))
    return merged


def _finer(candidate: Event, current: Event) -> bool:
    """A stated date of a shorter period than the current one (no precision counts as the coarsest)."""
    coarsest = max(PRECISION_RANK.values())
    return (PRECISION_RANK.get(candidate.date_precision or "", coarsest)
            < PRECISION_RANK.get(current.date_precision or "", coarsest))


def _position(event: Event) -> tuple[int, int]:
    return event.evidence.start, event.evidence.trigger.start


def dedupe_sentence(events: list[Event]) -> list[Event]:
    """Within a sentence, one event per (type, mode, sources, targets, flags): repeated codings of the same act
    collapse into the one with a stated date (else the most confident); acts with different stated dates stay apart.
    Across sentences, merge_events does this and counts the mentions."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        key = (
            event.type,
            event.mode,
            tuple(sorted(a.id for a in event.source)),
            tuple(sorted(a.id for a in event.target)),
            event.negated,
            event.hypothetical,
        )
        groups.setdefault(key, []).append(event)
    kept: list[Event] = []
    for group in groups.values():
        by_date: dict[str | None, Event] = {}
        for event in group:
            slot = event.date if event.date_text else None
            if slot not in by_date or event.confidence > by_date[slot].confidence:
                by_date[slot] = event
        if None in by_date and len(by_date) > 1:
            del by_date[None]  # the undated mention is one of the dated ones
        kept += by_date.values()
    return sorted(kept, key=lambda e: (e.evidence.start, e.evidence.trigger.start))
