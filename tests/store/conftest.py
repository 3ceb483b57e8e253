"""A fully populated Document built by hand: every field of the contract set, so round trips can fail."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.model import (
    Actor, Article, Document, Event, Evidence, Mention, Place, Quote, SentenceTone, Span,
    Speaker, Tone,
)


def make_document(doc_id: str = "d0c0000000000001", url: str = "https://news.example/a") -> Document:
    texts = ["Petro met Trump in Washington on Tuesday.", "“We worked,” Trump said."]
    article = replace(Article.of_paragraphs([(text, "en") for text in texts], "2026-02-04", id=doc_id),
                      url=url, title="Petro meets Trump", authors=["Ana Ruiz"], sections=["Politics"],
                      captions=["Petro arrives"], site="news.example", source="fixture.txt")
    petro = Actor(id="A1", text="Petro", name="Gustavo Petro", country="COL", sector="GOV", role="President",
                  mentions=[Mention("Petro", 0, 5)])
    trump = Actor(id="A2", text="Trump", name="Donald Trump", country="USA", sector="GOV", role=None,
                  mentions=[Mention("Trump", 10, 15), Mention("Trump", 57, 62)])
    event = Event(
        type="CONSULT", mode="visit", contexts=["diplomatic"], source=[petro.ref()], target=[trump.ref()],
        date="2026-02-03", date_text="Tuesday", date_precision="day",
        location=Place(name="Washington", country="USA", lat=38.9, lon=-77.04, geonameid=4140963),
        negated=False, hypothetical=False, future=False, historical=True, score=1.0, confidence=0.9,
        evidence=Evidence(sentence=texts[0], start=0, end=len(texts[0]), trigger=Span(6, 9), source=Span(0, 5),
                          target=Span(10, 15)),
        tone=0.25,
    )
    quote = Quote(text="We worked,", start=44, end=54, direct=True, cue="said",
                  speaker=Speaker(text="Trump", name="Donald Trump", country="USA", sector="GOV", actor_id="A2"),
                  about=None, tone=1.5)
    tone = Tone(article=0.5, paragraphs=[0.0, 1.0], sentences=[SentenceTone(0, 41, 0.25), SentenceTone(43, 67, 1.0)])
    return Document(article=article, actors=[petro, trump], events=[event], quotes=[quote], tone=tone)


@pytest.fixture
def document() -> Document:
    return make_document()
