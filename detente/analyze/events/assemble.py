"""An Event assembled from a coded trigger once its type, sides and flags are decided: mode hints, contexts,
confidence, date, place, score and evidence. The rules (coder.py) and the implicit protests (implicit.py) both
build their events here, so both read these the same way."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from detente.analyze.events.actor_lookup import ActorHit, Frame
from detente.analyze.events.dating import date_event
from detente.analyze.events.flags import Flags
from detente.analyze.events.lemmas import lemma
from detente.analyze.events.lexicon import DERIVED_CONFIDENCE_PENALTY, context_words, mode_hints, score_for, words
from detente.analyze.events.location import place_for_trigger
from detente.analyze.events.sentence_text import sentence_text
from detente.analyze.events.sentence_words import sentence_words
from detente.analyze.events.triggers import Trigger
from detente.model import ActorRef, Event, Evidence, Span

ASKED_TYPES = {"REQUEST", "REJECT"}
ASKED_DEPS = {"dobj", "obj", "xcomp", "ccomp", "attr"}


def build_event(trigger: Trigger, sent: SpacySpan, frame: Frame, event_type: str, mode: str | None, sources: list[ActorRef],
                targets: list[ActorRef], flags: Flags, confidence: float, source_span: Span | None,
                target_span: Span | None) -> Event:
    """The Event of a coded trigger, once its type, sides and flags are decided: its date, place, score, contexts
    and evidence (the sentence as written, the trigger's and the sides' spans). Used by the rules and by the
    implicit protests (implicit.py), so both read these the same way."""
    token = trigger.token
    start = frame.offset + token.idx
    end = start + len(token.text)
    location = place_for_trigger(frame.analysis, sent, token, frame.offset)
    dating = date_event(frame.analysis, token, start, end, frame.lang)
    evidence = Evidence(
        sentence=frame.analysis.text[frame.offset + sent.start_char : frame.offset + sent.end_char],  # as written (a shouted line is parsed in sentence case)
        start=frame.offset + sent.start_char,
        end=frame.offset + sent.end_char,
        trigger=Span(start, end),
        source=source_span,
        target=target_span,
    )
    return Event(
        type=event_type,
        mode=mode,
        contexts=_contexts(trigger, sent, frame.lang),
        source=sources,
        target=targets,
        date=dating.date,
        date_text=dating.text,
        date_precision=dating.precision,
        location=location,
        negated=flags.negated,
        hypothetical=flags.hypothetical,
        future=flags.future or dating.after_publication,
        historical=dating.historical and not flags.future,
        score=score_for(event_type, mode),
        confidence=confidence,
        evidence=evidence,
    )


def hinted_mode(trigger: Trigger, lang: str) -> str | None:
    hints = mode_hints().get(trigger.cue.type)
    if not hints:
        return None
    if trigger.cue.type in ASKED_TYPES:  # what is asked for or refused, not where ("at the round of talks")
        asked = [c for c in trigger.token.children if c.dep_ in ASKED_DEPS or (c.dep_ == "prep" and c.lower_ in {"for", "para"})]
        nearby = {lemma(t, lang) for c in asked for t in [c, *c.children, *(g for k in c.children for g in k.children)]}
    else:
        nearby = {lemma(t, lang) for t in trigger.token.subtree} | {lemma(t, lang) for t in trigger.token.children}
    nearby |= {lemma(trigger.token, lang)}
    for mode, hint_words in hints:
        if nearby & hint_words:
            return mode
    return None


def _contexts(trigger: Trigger, sent: SpacySpan, lang: str) -> list[str]:
    found: list[str] = []
    if trigger.cue.context:
        found.append(trigger.cue.context)
    lemmas = set(sentence_words(sent, lang)[0])
    lowered = None
    for context, single, phrases in _context_cues():
        if context in found:
            continue
        if not lemmas.isdisjoint(single):
            found.append(context)
            continue
        if phrases:
            lowered = sentence_text(sent).lower() if lowered is None else lowered
            if any(w in lowered or w in lemmas for w in phrases):
                found.append(context)
    return found


@lru_cache(maxsize=1)
def _context_cues() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """Per context: its one-word cues (matched against lemmas) and its phrases (matched in the text)."""
    return tuple((context, frozenset(w for w in cue_words if " " not in w), tuple(w for w in cue_words if " " in w))
                 for context, cue_words in context_words())


def rule_confidence(trigger: Trigger, has_source: bool, has_target: bool, inherited: bool) -> float:
    value = 0.5 + (0.2 if has_source and has_target else 0.0) + (0.1 if len(trigger.tokens) > 1 else 0.0)
    value += 0.1 if not trigger.is_nominal or _light_object(trigger.token) else 0.0
    value -= 0.15 if inherited else 0.0
    value -= DERIVED_CONFIDENCE_PENALTY if trigger.cue.derived else 0.0  # WordNet-derived cue: hand cues win
    return round(max(0.1, min(0.95, value)), 2)


def _light_object(noun) -> bool:
    """The event noun is the object of a light verb ("announced a suspension of links", "held talks", "imposed
    sanctions"): the verb's clause states the act itself, as sure as its verb form ("suspended links")."""
    return noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in words("light")


def side_span(hits: list[ActorHit]) -> Span | None:
    if not hits:
        return None
    return Span(hits[0].start, hits[0].end)
