"""The working state that analysis stages share while they build a :class:`Document`.

Like spaCy's ``Doc``, one :class:`Analysis` flows through the stages in order
(nlp → actors → time → places → events → quotes → tone); each stage reads what earlier
stages added and adds its own layer. Offsets are into ``article.text``.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterator

from spacy.tokens import Doc, Span as SpacySpan

from detente.model import Actor, Article, Document, Event, Place, Quote, Tone

MAX_MENTION_CHARS = 300  # no actor mention is longer: bounds the backward scan in actor_at


@dataclass
class ParsedParagraph:
    """A paragraph parsed by the spaCy pipeline of its language; ``offset`` maps doc → article."""

    index: int
    lang: str  # "en" | "es": the pipeline that parsed it
    offset: int
    doc: Doc


@dataclass
class TimeExpression:
    """A temporal expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO date (YYYY-MM-DD) of the start of the period
    precision: str | None  # day | week | month | year


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

    @property
    def text(self) -> str:
        return self._text

    def sentences(self) -> Iterator[tuple[ParsedParagraph, SpacySpan]]:
        """Every sentence of the article with the paragraph it belongs to."""
        for parsed in self.parsed:
            for sent in parsed.doc.sents:
                yield parsed, sent

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps the article span [start, end)."""
        if self._mention_index is None:
            self.reindex_actors()
        index = self._mention_index or []
        position = bisect_right(index, end - 1, key=lambda item: item[0]) - 1
        best: Actor | None = None
        best_overlap = 0
        while position >= 0 and index[position][0] > start - MAX_MENTION_CHARS:
            m_start, m_end, actor = index[position]
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
            position -= 1
        return best

    def reindex_actors(self) -> None:
        """Rebuild the mention index after the actor list changed."""
        self._mention_index = sorted(
            ((m.start, m.end, actor) for actor in self.actors for m in actor.mentions),
            key=lambda item: (item[0], item[1]),
        )

    def to_document(self) -> Document:
        return Document(
            article=self.article,
            actors=self.actors,
            events=self.events,
            quotes=self.quotes,
            tone=self.tone,
        )
