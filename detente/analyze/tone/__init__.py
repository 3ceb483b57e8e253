"""Tone stage: tone of every sentence, paragraph, quote and of the article, on a -10..+10 scale (docs/tone.md).

Each event gets the tone of the sentence that carries it (``Event.tone``); :func:`dyad_tones` gives the
per-dyad mean within one article, and the store aggregates event tone per dyad across articles.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from spacy.attrs import IS_PUNCT, IS_SPACE

from detente.analyze.context import Analysis
from detente.analyze.tone.lexicons import sentence_tone
from detente.model import Event, SentenceTone, Tone

__all__ = ["score", "sentence_tone", "event_tone", "dyad_tones", "text_tone"]


def score(analysis: Analysis) -> None:
    """Fill ``analysis.tone`` and the tone of each quote (and of each event when the model has the field)."""
    sentences: list[SentenceTone] = []
    weights: list[int] = []
    paragraph_sums: dict[int, tuple[float, int]] = {}
    current, running, doc_text = None, [0], ""
    for parsed, sent in analysis.sentences():
        if parsed is not current:  # sentences come paragraph by paragraph
            current, running = parsed, _running_word_counts(parsed.doc)
            doc_text = parsed.text  # = doc.text, kept as a string (spaCy joins the tokens anew on every .text)
        words = running[sent.end] - running[sent.start]
        if not words:
            continue
        value = sentence_tone(doc_text[sent.start_char:sent.end_char], parsed.lang)
        sentences.append(SentenceTone(start=parsed.offset + sent.start_char, end=parsed.offset + sent.end_char, score=value))
        weights.append(words)
        total, count = paragraph_sums.get(parsed.index, (0.0, 0))
        paragraph_sums[parsed.index] = (total + value * words, count + words)
    paragraphs = [
        round(paragraph_sums[i][0] / paragraph_sums[i][1], 3) if i in paragraph_sums else 0.0
        for i in range(len(analysis.article.paragraphs))
    ]
    article = sum(s.score * w for s, w in zip(sentences, weights)) / sum(weights) if weights else 0.0
    analysis.tone = Tone(article=round(article, 3), paragraphs=paragraphs, sentences=sentences)
    for quote in analysis.quotes:
        quote.tone = text_tone(analysis, quote.text, quote.start)
    for event in analysis.events:
        event.tone = event_tone(analysis, event)


def _running_word_counts(doc) -> list[int]:
    """Words (tokens neither punctuation nor space) before each token index, from spaCy's arrays in one pass
    (plain Python: numpy's per-call cost outweighs its speed on paragraphs of a few dozen tokens)."""
    flags = doc.to_array([IS_PUNCT, IS_SPACE]).tolist()
    return list(accumulate((not (punct or space) for punct, space in flags), initial=0))


def text_tone(analysis: Analysis, text: str, position: int) -> float:
    """Tone of a piece of the article, scored with the language of the paragraph at ``position``."""
    paragraphs = analysis.article.paragraphs
    index = max(0, bisect_right([p.start for p in paragraphs], position) - 1)
    lang = paragraphs[index].lang if paragraphs else analysis.article.language
    return sentence_tone(text, lang)


def event_tone(analysis: Analysis, event: Event) -> float:
    """Tone of the sentence carrying the event (its evidence), from the tone layer's sentence scores."""
    sentences = analysis.tone.sentences
    starts = [s.start for s in sentences]
    index = bisect_right(starts, event.evidence.start) - 1
    if 0 <= index < len(sentences) and sentences[index].end >= event.evidence.start:
        return sentences[index].score
    return text_tone(analysis, event.evidence.sentence, event.evidence.start)


def dyad_tones(analysis: Analysis) -> dict[tuple[str, str], float]:
    """Mean tone of the event sentences between each (source, target) pair of actor codes (COUNTRY[-SECTOR])."""
    sums: dict[tuple[str, str], list[float]] = {}
    for event in analysis.events:
        value = event_tone(analysis, event)
        for source in event.source:
            for target in event.target:
                key = (_code(source), _code(target))
                sums.setdefault(key, []).append(value)
    return {key: round(sum(values) / len(values), 3) for key, values in sums.items()}


def _code(actor) -> str:
    return "-".join(part for part in (actor.country, actor.sector) if part) or actor.name
