"""Learned complement to the rule coder: where the rules coded nothing in a sentence that names a resolved
actor, a sentence classifier (learned_model) may add one event, anchored on the sentence's main predicate.

Precision first: only confident predictions, only sentences with a verbal predicate, no direct speech, a resolved
actor with a country as the predicate's own source, at most one event per sentence, and a confidence below the
rules' (≤ 0.45).
Opt-in: DETENTE_LEARNED_EVENTS=1 switches it on, 0 (the default) off.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.events.found_roles import unique_hits
from detente.analyze.events.learned_model import Classifier
from detente.model import Event, Evidence, Span

ENV_SWITCH = "DETENTE_LEARNED_EVENTS"
DEFAULT = "0"  # opt-in until embedding is cheap enough for every article
MIN_TOKENS, MAX_TOKENS = 5, 80  # headlines fragments and run-on paragraphs are poor classifier input
VERBAL = {"VERB"}
COMPLEMENT_DEPS = {"ccomp", "xcomp", "conj", "parataxis"}
LEARNED_CONFIDENCE_CAP = 0.45
QUOTE_MARKS = set('"“”«»')
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "dative", "agent", "obl", "obl:agent",
                 "prep", "obl:arg"}
CIVILIAN_TYPES = {"PROTEST", "REQUEST", "ACCUSE", "REJECT", "SUPPORT"}  # acts private people (sector CVL) do
SENTENCE_END = (".", "!", "?", ".\u201d", ".\"", "?\u201d", ".)")
NON_EVENT_LEMMAS = {"be", "have", "seem", "become", "remain", "ser", "estar", "haber", "tener", "parecer", "quedar"}


@dataclass
class Candidate:
    """A sentence that names a resolved actor and in which the rules coded nothing."""

    parsed: ParsedParagraph
    sent: SpacySpan
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.sent.text


def enabled() -> bool:
    """Opt-in: on when DETENTE_LEARNED_EVENTS is 1/true/on/yes (embedding costs seconds per long article on
    one CPU core; see bench/events_learned_speed.py), off when unset or 0."""
    return os.environ.get(ENV_SWITCH, DEFAULT).strip().lower() in {"1", "true", "on", "yes"}


def complement(analysis: Analysis, classifier: Classifier | None = None) -> None:
    """Pipeline step after the rules: add classifier events to sentences the rules left empty."""
    if not enabled():
        return
    from detente.analyze.events.learned_model import LearnedModelError, embed, load_classifier

    found = candidates(analysis)
    if not found:
        return
    try:
        classifier = classifier or load_classifier()
        predictions = classifier.predict(embed([c.text for c in found]))
    except LearnedModelError:
        return  # no model or no embedder: the rules' events stand alone
    added: list[Event] = []
    for candidate, (label, probability) in zip(found, predictions):
        if label == "NONE" or probability < classifier.threshold:
            continue
        try:
            event = event_for(analysis, candidate, label, probability)
        except Exception:  # noqa: BLE001 - one odd parse must not lose the article's other events
            continue
        if event is not None:
            added.append(event)
    if added:
        analysis.events = sorted(analysis.events + added, key=lambda e: (e.evidence.start, e.evidence.trigger.start))


def candidates(analysis: Analysis) -> list[Candidate]:
    """Sentences with no rule event, a final stop, no direct speech, a verbal main predicate and a resolved actor
    with a country as that predicate's own source: the only ones worth embedding."""
    coded = [(e.evidence.start, e.evidence.end) for e in analysis.events]
    mentions = sorted(m.start for actor in analysis.actors for m in actor.mentions)
    found: list[Candidate] = []
    for parsed, sent in analysis.sentences():
        start, end = parsed.offset + sent.start_char, parsed.offset + sent.end_char
        if not MIN_TOKENS <= len(sent) <= MAX_TOKENS:
            continue
        if any(s < end and start < e for s, e in coded):
            continue
        if not any(start <= m < end for m in mentions):
            continue
        if not sent.text.rstrip().endswith(SENTENCE_END):
            continue  # headlines and captions ("Voters Dread a Rematch", "A woman mourns ...") are not reports of acts
        if QUOTE_MARKS & set(sent.text):
            continue  # direct speech: what is said is coded by the rules' speech-act cues, not guessed
        predicate = main_predicate(sent, parsed.lang)
        if predicate is None or not _argument_actor(analysis, parsed, predicate, mentions):
            continue
        if not _has_doer(analysis, parsed, predicate):
            continue  # no event could be kept (see event_for): do not pay for the embedding
        found.append(Candidate(parsed, sent, start, end))
    return found


def _has_doer(analysis: Analysis, parsed: ParsedParagraph, predicate: Token) -> bool:
    """The predicate's own source names an actor with a country (read as a protest, the most permissive type)."""
    try:
        _, found = _participants(analysis, parsed, predicate, "PROTEST")
    except Exception:  # noqa: BLE001 - an odd parse only loses this sentence's chance
        return False
    return not found.inherited_source and any(hit.actor.country for hit in found.sources)


def _participants(analysis: Analysis, parsed: ParsedParagraph, token: Token, label: str):
    """The rule coder's argument reading for ``token`` as a verbal trigger of type ``label``."""
    from detente.analyze.events.actor_lookup import Frame
    from detente.analyze.events.arguments import participants
    from detente.analyze.events.lexicon import Cue
    from detente.analyze.events.triggers import Trigger

    cue = Cue(type=label, mode=None, pos="V", words=(token.lemma_.lower(),), head=0, context=None)
    trigger = Trigger(token=token, cue=cue, tokens=(token,))
    return trigger, participants(trigger, Frame(analysis=analysis, offset=parsed.offset, lang=parsed.lang))


def _argument_actor(analysis: Analysis, parsed: ParsedParagraph, predicate: Token, mentions: list[int]) -> bool:
    """A resolved actor is named inside the predicate's own subject, object or prepositional arguments (cheap
    check before embedding: "he said" two clauses away does not make a sentence about him)."""
    for child in predicate.children:
        if child.dep_ not in ARGUMENT_DEPS:
            continue
        subtree = list(child.subtree)
        start = parsed.offset + subtree[0].idx
        end = parsed.offset + subtree[-1].idx + len(subtree[-1].text)
        if any(start <= m < end for m in mentions):
            return True
    return False


def main_predicate(sent: SpacySpan, lang: str) -> Token | None:
    """The verb the sentence asserts: its root, or for "X said (that) ..." the reported verb."""
    from detente.analyze.events.lemmas import lemma
    from detente.analyze.events.lexicon import words

    root = sent.root
    if root.pos_ not in VERBAL and root.pos_ != "AUX":
        return None
    if lemma(root, lang) in words("communication"):
        reported = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in VERBAL]
        if reported:
            return reported[0]
        return None  # "he said": a speech act the rules' cues did not code is left alone
    if root.pos_ == "AUX":
        verbs = [c for c in root.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in VERBAL]
        root = verbs[0] if verbs else None
    if root is None or lemma(root, lang) in NON_EVENT_LEMMAS:
        return None
    return root


def event_for(analysis: Analysis, candidate: Candidate, label: str, probability: float) -> Event | None:
    """One event of type ``label`` on the sentence's main predicate, with the rule coder's argument reading,
    flags, dating and place; None when the predicate has no resolved actor of its own."""
    from detente.analyze.events.dating import date_event
    from detente.analyze.events.flags import flags_for
    from detente.analyze.events.lexicon import score_for
    from detente.analyze.events.location import place_for_trigger

    parsed, sent = candidate.parsed, candidate.sent
    lang = parsed.lang
    token = main_predicate(sent, lang)
    if token is None:
        return None
    trigger, found = _participants(analysis, parsed, token, label)
    if not any(hit.actor.country for hit in found.sources) or found.inherited_source:
        return None  # a guess needs a named doer of its own: "a woman was killed", "the hostages died" code nothing
    if label not in CIVILIAN_TYPES and all(hit.actor.sector in {None, "CVL"} for hit in found.sources):
        return None  # "a woman mourns", "voters dread": private people do not assault, sanction or agree in PLOVER terms
    flags = flags_for(token, lang)
    if flags.negated:
        return None  # the classifier does not read negation: a negated act is left to the rules
    start = parsed.offset + token.idx
    end = start + len(token.text)
    dating = date_event(analysis, token, start, end, lang)
    evidence = Evidence(
        sentence=analysis.text[candidate.start : candidate.end],  # as written (a shouted line is parsed in sentence case)
        start=candidate.start,
        end=candidate.end,
        trigger=Span(start, end),
        source=Span(found.sources[0].start, found.sources[0].end) if found.sources else None,
        target=Span(found.targets[0].start, found.targets[0].end) if found.targets else None,
    )
    mode = _mode(trigger, lang)
    return Event(
        type=label,
        mode=mode,
        contexts=[],
        source=[hit.actor.ref() for hit in unique_hits(found.sources)],
        target=[hit.actor.ref() for hit in unique_hits(found.targets)],
        date=dating.date,
        date_text=dating.text,
        date_precision=dating.precision,
        location=place_for_trigger(analysis, sent, token, parsed.offset),
        negated=False,
        hypothetical=flags.hypothetical,
        future=flags.future or dating.after_publication,
        historical=dating.historical and not flags.future,
        score=score_for(label, mode),
        confidence=learned_confidence(probability, bool(found.sources), bool(found.targets)),
        evidence=evidence,
    )


def learned_confidence(probability: float, has_source: bool, has_target: bool) -> float:
    """Below the rules' usual 0.5–0.95: a classifier guess on an unlexicalised predicate."""
    value = 0.15 + 0.25 * probability + (0.05 if has_source and has_target else 0.0)
    return round(min(LEARNED_CONFIDENCE_CAP, value), 2)


def _mode(trigger, lang: str) -> str | None:
    """The mode the rule coder's hint words give for this type around the predicate, if any."""
    try:
        from detente.analyze.events.assemble import hinted_mode
    except ImportError:
        return None
    return hinted_mode(trigger, lang)
