"""Builders of real Documents for relation and serve tests (written through detente.store's batch writer)."""
from __future__ import annotations

from dataclasses import replace

from detente.model import Actor, ActorRef, Article, Document, Event, Evidence, Mention, Quote, Speaker, Span
from detente.model import Place  # noqa: F401 - conftest builds places through this module

COUNTRY_NAMES = {"USA": "United States", "COL": "Colombia", "VEN": "Venezuela", "RUS": "Russia"}


def make_article(doc_id: str, text: str, published: str, site: str | None = None, url: str | None = None,
                 title: str | None = None) -> Article:
    article = Article.of_paragraphs([(chunk, "en") for chunk in text.split("\n\n")], published, id=doc_id)
    return replace(article, url=url, title=title or text.split(".")[0][:60], site=site)


def make_event(text: str, sentence: str, trigger: str, source: str, target: str, etype: str, score: float,
               date: str | None = None, **flags) -> Event:
    """An event whose evidence offsets point into ``text`` (source/target are country codes named in the sentence)."""
    s0 = text.index(sentence)
    t0 = text.index(trigger, s0)
    src_name, tgt_name = COUNTRY_NAMES[source], COUNTRY_NAMES[target]
    a0, b0 = text.find(src_name, s0), text.find(tgt_name, s0)
    return Event(
        type=etype, mode=None, contexts=[],
        source=[ActorRef(id="A1", name=src_name, country=source, sector="GOV")],
        target=[ActorRef(id="A2", name=tgt_name, country=target, sector="GOV")],
        date=date, date_text=None, date_precision="day" if date else None,
        location=flags.pop("location", None),
        negated=flags.pop("negated", False), hypothetical=flags.pop("hypothetical", False),
        future=flags.pop("future", False), historical=False, score=score, confidence=flags.pop("confidence", 0.8),
        evidence=Evidence(sentence=sentence, start=s0, end=s0 + len(sentence), trigger=Span(t0, t0 + len(trigger)),
                          source=Span(a0, a0 + len(src_name)) if a0 >= 0 else None,
                          target=Span(b0, b0 + len(tgt_name)) if b0 >= 0 else None),
    )


def make_quote(text: str, quoted: str, speaker: str, country: str | None, tone: float = 0.0) -> Quote:
    """A direct quote of ``quoted`` (found in ``text``) by ``speaker``."""
    start = text.index(quoted)
    return Quote(text=quoted, start=start, end=start + len(quoted), direct=True, cue="said",
                 speaker=Speaker(text=speaker, name=speaker, country=country, sector="GOV"), about=None, tone=tone)


def make_document(doc_id: str, text: str, published: str, events: list[Event], site: str | None = None,
                  url: str | None = None, title: str | None = None, quotes: list[Quote] | None = None) -> Document:
    actors = []
    for i, code in enumerate(dict.fromkeys(c for e in events for c in (e.source[0].country, e.target[0].country))):
        name = COUNTRY_NAMES[code]
        start = text.find(name)
        actors.append(Actor(id=f"A{i + 1}", text=name, name=name, country=code, sector="GOV",
                            mentions=[Mention(name, start, start + len(name))] if start >= 0 else []))
    return Document(article=make_article(doc_id, text, published, site, url, title), actors=actors, events=events,
                    quotes=quotes or [])


def write_store(path, documents: list[Document]) -> str:
    from detente.store import Store

    with Store(path) as store:
        store.write(documents)
    return str(path)
