"""Shared fixture builder for the quote and tone tests: a real Analysis run through the real stages."""
from __future__ import annotations

from detente.analyze import actors, nlp, quotes, tone
from detente.analyze.context import Analysis
from detente.model import Article, Quote


def analyse(paragraphs: list[tuple[str, str]], published: str = "2026-02-04") -> Analysis:
    """Parse, resolve actors, extract quotes and score tone for (lang, text) paragraphs."""
    analysis = Analysis(article=Article.of_paragraphs([(text, lang) for lang, text in paragraphs], published, id="t"))
    for stage in (nlp.parse, actors.resolve, quotes.extract, tone.score):
        stage(analysis)
    return analysis


def quote_with(analysis: Analysis, words: str) -> Quote:
    """The quote whose text contains ``words`` (fails the test with the quotes found otherwise)."""
    found = [q for q in analysis.quotes if words in q.text]
    assert found, f"no quote containing {words!r}; quotes: {[q.text for q in analysis.quotes]}"
    return found[0]
