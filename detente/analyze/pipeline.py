"""The per-document analysis pipeline: Article → Document, a pure function of its input."""
from __future__ import annotations

from typing import Callable

from detente.analyze import nlp
from detente.analyze.context import Analysis
from detente.model import Article, Document

Stage = Callable[[Analysis], None]


def stages() -> list[Stage]:
    """The analysis stages in data-flow order; each adds one layer to the Analysis."""
    from detente.analyze import actors, events, places, quotes, time, tone

    return [nlp.parse, actors.resolve, time.resolve, places.resolve, events.code, quotes.extract, tone.score]


def analyze_article(article: Article) -> Document:
    """Run every analysis stage over one extracted article."""
    analysis = Analysis(article=article)
    for stage in stages():
        stage(analysis)
    return analysis.to_document()
