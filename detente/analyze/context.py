"""The working state that analysis stages share while they build a :class:`Document`.

Like spaCy's ``Doc``, one :class:`Analysis` flows through the stages in order
(nlp → actors → time → places → events → quotes → tone); each stage reads what earlier
stages added and adds its own layer. Offsets are into ``article.text``.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterator, TypeVar

from spacy.tokens import Doc, Span as SpacySpan, Token

from detente.model import Actor, Article, Document, Event, Place, Quote, Tone

T = TypeVar("T")
MAX_MENTION_CHARS = 300  # no actor mention is longer: bounds the backward scan in actor_at


@dataclass
class ParsedParagraph:
    """A paragraph parsed by the spaCy pipeline of its language; ``offset`` maps doc → article."""

    index: int
    lang: str  # "en" | "es": the pipeline that parsed it
    offset: int
    doc: Doc
    text: str | None = None  # = doc.text, kept as a string: spaCy's ``doc.text`` re-joins every token on each call

    def __post_init__(self) -> None:
        if self.text is None:
            self.text = self.doc.text

    @cached_property
    def sents(self) -> list[SpacySpan]:
        """The sentences, built once (``doc.sents`` walks the whole doc on each call)."""
        return list(self.doc.sents)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Character offset (in the paragraph) where each sentence starts, for bisecting."""
        return [sent.start_char for sent in self.sents]

    def sentence_at(self, local: int) -> SpacySpan | None:
        """The sentence holding paragraph offset ``local`` (the next one when ``local`` falls between two)."""
        if not 0 <= local < len(self.text) or not self.sents:
            return None
        position = bisect_right(self.sentence_starts, local) - 1
        if position < 0:
            return self.sents[0]
        sent = self.sents[position]
        if local < sent.end_char or position + 1 == len(self.sents):
            return sent if local < sent.end_char else None
        return self.sents[position + 1]


@dataclass
class TimeExpression:
    """A temporal expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO date (YYYY-MM-DD) of the start of the period
    precision: str | None  # day | week | month | quarter | season | half | year | decade | century


@dataclass
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place


@dataclass
class Analysis:
    article: Article
    parsed: list[ParsedParagraph] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)

    def __post_init__(self) -> None:
        self._text = self.article.text
        self._mention_index: list[tuple[int, int, Actor]] | None = None
        self._mention_starts: list[int] | None = None  # the index's start offsets, bisected without a key function
        self._paragraph_starts: tuple[list[ParsedParagraph], list[int]] | None = None
        self._sentence_starts: tuple[list[ParsedParagraph], list[int]] | None = None
        self._once: dict[str, object] = {}

    @property
    def text(self) -> str:
        return self._text

    def sentences(self) -> Iterator[tuple[ParsedParagraph, SpacySpan]]:
        """Every sentence of the article with the paragraph it belongs to."""
        for parsed in self.parsed:
            for sent in parsed.sents:
                yield parsed, sent

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``'s answer for this article, computed on the first call for ``key``: an article-wide fact that
        every sentence's rule asks for (such as "the page is a sports report") is read once, not per sentence."""
        if key not in self._once:
            self._once[key] = compute()
        return self._once[key]  # type: ignore[return-value]

    def sentence_offsets(self) -> list[int]:
        """The article offset where each sentence starts, in text order (computed once per parse)."""
        if self._sentence_starts is None or self._sentence_starts[0] is not self.parsed:
            starts = [parsed.offset + sent.start_char for parsed, sent in self.sentences()]
            self._sentence_starts = (self.parsed, starts)
        return self._sentence_starts[1]

    def sentence_index(self, offset: int) -> int:
        """The number of the article's sentence holding ``offset`` (0 for the first; -1 before it): how far apart
        two mentions are, counted in sentences."""
        return bisect_right(self.sentence_offsets(), offset) - 1

    def paragraph_at(self, offset: int) -> ParsedParagraph | None:
        """The parsed paragraph holding article offset ``offset`` (None between paragraphs or outside)."""
        position = self.paragraph_index(offset)
        return None if position is None else self.parsed[position]

    def paragraph_index(self, offset: int) -> int | None:
        """The position in ``parsed`` of the paragraph holding article offset ``offset`` (None between paragraphs or
        outside), for rules that look a paragraph or more back."""
        if self._paragraph_starts is None or self._paragraph_starts[0] is not self.parsed:
            self._paragraph_starts = (self.parsed, [p.offset for p in self.parsed])
        position = bisect_right(self._paragraph_starts[1], offset) - 1
        if position < 0:
            return None
        parsed = self.parsed[position]
        return position if offset - parsed.offset < len(parsed.text) else None

    def trigger_of(self, event: Event) -> tuple[ParsedParagraph, Token] | None:
        """The paragraph and the token of an event's trigger, or None when the trigger's span is no single token."""
        start, end = event.evidence.trigger.start, event.evidence.trigger.end
        parsed = self.paragraph_at(start)
        if parsed is None:
            return None
        span = parsed.doc.char_span(start - parsed.offset, end - parsed.offset)
        return (parsed, span[0]) if span is not None and len(span) == 1 else None

    def trigger_root(self, event: Event) -> tuple[ParsedParagraph, Token] | None:
        """The paragraph and the root token of an event's trigger span, widened to whole tokens (a multiword trigger
        gives its head), or None outside the parsed paragraphs."""
        start, end = event.evidence.trigger.start, event.evidence.trigger.end
        parsed = self.paragraph_at(start)
        if parsed is None:
            return None
        span = parsed.doc.char_span(start - parsed.offset, end - parsed.offset, alignment_mode="expand")
        return (parsed, span.root) if span is not None and len(span) else None

    def next_actor_id(self) -> str:
        """An actor id no actor of the article has yet ("A12" after "A11"), for actors added after the actor stage."""
        numbers = [int(actor.id[1:]) for actor in self.actors if actor.id[:1] == "A" and actor.id[1:].isdigit()]
        return f"A{max(numbers, default=0) + 1}"

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps the article span [start, end)."""
        if self._mention_index is None:
            self.reindex_actors()
        index = self._mention_index or []
        position = bisect_right(self._mention_starts or [], end - 1) - 1
        best: Actor | None = None
        best_overlap = 0
        while position >= 0 and index[position][0] > start - MAX_MENTION_CHARS:
            m_start, m_end, actor = index[position]
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
            position -= 1
        return best

    def actors_state(self) -> tuple[object, int]:
        """What an actor lookup reads of the article's actors (the mention index object and the actor count): a reading
        cached while this stays the same is still the reading a new lookup would make."""
        return self._mention_index, len(self.actors)

    def reindex_actors(self) -> None:
        """Rebuild the mention index after the actor list changed."""
        self._mention_index = sorted(
            ((m.start, m.end, actor) for actor in self.actors for m in actor.mentions),
            key=lambda item: (item[0], item[1]),
        )
        self._mention_starts = [item[0] for item in self._mention_index]

    def to_document(self) -> Document:
        return Document(
            article=self.article,
            actors=self.actors,
            events=self.events,
            quotes=self.quotes,
            tone=self.tone,
        )
