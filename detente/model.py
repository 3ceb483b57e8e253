"""The data model: typed records that flow ingest → extract → analyze → store → serve.

Every JSON output (``detente analyze``, the REST API, JSONL export) is generated from these
dataclasses by :func:`to_dict`, so the contract documented in docs/schema.md lives in one place.
Offsets (``start``/``end``) are character offsets into :attr:`Article.text`.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One input as read by an ingest source, before extraction."""

    source: str  # path, URL or "path:line" naming where it came from
    content: bytes | str
    kind: str  # "html" | "text"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date given by the source (JSONL field, feed entry)
    lang: str | None = None

    @property
    def id(self) -> str:
        """Stable document id: the same input bytes always get the same id (idempotent ingest)."""
        return content_id(self.content)


def content_id(content: bytes | str) -> str:
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass
class Reject:
    """An input that could not be turned into an article, with the reason."""

    source: str
    reason: str
    doc_id: str | None = None


@dataclass
class Paragraph:
    text: str
    lang: str | None
    start: int
    end: int
    kind: str = "body"  # body | heading | caption


@dataclass
class Article:
    """The clean article; ``text`` is the paragraphs joined by blank lines."""

    id: str
    url: str | None
    title: str | None
    published: str | None  # ISO date (YYYY-MM-DD)
    published_inferred: bool
    authors: list[str]
    language: str | None
    sections: list[str]
    captions: list[str]
    paragraphs: list[Paragraph]
    site: str | None = None
    source: str | None = None
    updated: str | None = None  # ISO date the text was rewritten on, when later than published (extract.dates.revision_date)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def reference_date(self) -> str | None:
        """The date the text's relative expressions ("on Tuesday", "this year") are read against: the rewrite date
        of a page rewritten after it was first published, else the publication date."""
        return self.updated or self.published

    @classmethod
    def of_paragraphs(cls, texts: list[tuple[str, str]], published: str | None, id: str = "text") -> "Article":
        """An article around bare (text, lang) paragraphs, offsets as extraction sets them: for evaluations and tests."""
        paragraphs, offset = [], 0
        for text, lang in texts:
            paragraphs.append(Paragraph(text, lang, offset, offset + len(text)))
            offset += len(text) + 2
        return cls(id=id, url=None, title=None, published=published, published_inferred=False, authors=[],
                   language=texts[0][1] if texts else None, sections=[], captions=[], paragraphs=paragraphs)

    @classmethod
    def of_sentence(cls, text: str, lang: str, published: str | None, id: str = "sentence") -> "Article":
        """A one-paragraph article around a bare sentence: how gold records are analysed in evaluations."""
        return cls.of_paragraphs([(text, lang)], published, id)


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Actor:
    """An actor found in the article, resolved to codes, with all its mentions."""

    id: str  # stable within the document, e.g. "A1"
    text: str  # the fullest mention
    name: str  # canonical name
    country: str | None  # ISO3 or IGO code
    sector: str | None  # GOV, MIL, REB, OPP, CVL, BUS, MED, IGO, ...
    role: str | None = None  # e.g. "President of Colombia (2022-08-07..2026-08-07)"
    mentions: list[Mention] = field(default_factory=list)
    country_inferred: bool = False  # the country comes from the context ("police" in a Kenyan paragraph), not the phrase

    def ref(self) -> "ActorRef":
        return ActorRef(id=self.id, name=self.name, country=self.country, sector=self.sector)


@dataclass
class ActorRef:
    id: str
    name: str
    country: str | None
    sector: str | None


@dataclass
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: Span
    source: Span | None = None
    target: Span | None = None


@dataclass
class Event:
    type: str  # PLOVER type, e.g. CONSULT
    mode: str | None
    contexts: list[str]
    source: list[ActorRef]
    target: list[ActorRef]
    date: str | None  # ISO date
    date_text: str | None
    date_precision: str | None  # day | week | month | quarter | year
    location: Place | None
    negated: bool
    hypothetical: bool
    future: bool
    historical: bool
    score: float
    confidence: float
    evidence: Evidence
    tone: float | None = None  # tone of the evidence sentence (-10..+10), filled by the tone stage
    # further mentions of this same event in the article (one Evidence each, in text order); `evidence` is the best
    # one, so the event is mentioned 1 + len(other_mentions) times (GDELT NumMentions)
    other_mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Speaker:
    text: str
    name: str | None
    country: str | None
    sector: str | None
    actor_id: str | None = None


@dataclass
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    cue: str | None
    speaker: Speaker | None
    about: str | None
    tone: float


@dataclass
class SentenceTone:
    start: int
    end: int
    score: float


@dataclass
class Tone:
    """Tone on a -10..+10 scale (see docs/tone.md)."""

    article: float = 0.0
    paragraphs: list[float] = field(default_factory=list)
    sentences: list[SentenceTone] = field(default_factory=list)


@dataclass
class Document:
    """Everything Détente found in one article: the unit that is stored and served."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    warnings: list[str] = field(default_factory=list)  # analysis stages that failed; their layers are left empty

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def to_dict(record: Any) -> Any:
    """Plain JSON-ready form of any model record (dataclasses, lists, scalars)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record
