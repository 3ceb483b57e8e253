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


def stages_before(layer: str) -> list[Stage]:
    """The stages that run before the one filling ``layer`` ("events" → parse, actors, time, places)."""
    before = []
    for stage in stages():
        if stage_name(stage) == layer:
            return before
        before.append(stage)
    raise ValueError(f"no analysis stage fills {layer!r}")


def analyze_article(article: Article) -> Document:
    """Run every analysis stage over one extracted article.

    A stage that fails leaves its layer empty and adds a warning naming it: the article and the layers of the other
    stages are still returned (and stored). Without a parse nothing else can run, so a parse failure ends the analysis.
    """
    analysis = Analysis(article=article)
    warnings: list[str] = []
    for stage in stages():
        try:
            stage(analysis)
        except Exception as error:  # noqa: BLE001 - one failing layer must not lose the article
            warnings.append(f"{stage_name(stage)} stage failed ({type(error).__name__}: {error})")
            if stage is nlp.parse:
                break
    document = analysis.to_document()
    document.warnings = warnings
    return document


def stage_name(stage: Stage) -> str:
    """"events" for detente.analyze.events.code: the analysis layer a stage fills."""
    module = getattr(stage, "__module__", "") or ""
    parts = [part for part in module.split(".") if part not in {"detente", "analyze"}]
    return parts[0] if parts else getattr(stage, "__name__", "analysis")
