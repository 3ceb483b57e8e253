"""Code a short actor string without a document: the function evaluations and other stages call."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from detente.analyze.actors.coding import ActorCode, code_phrase
from detente.analyze.actors.matcher import annotate, compile_lexicon
from detente.analyze.actors.phrases import Phrase, group_phrases
from detente.knowledge.actors import ActorKnowledge, default_knowledge


def main_phrase(doc: Doc, phrases: list[Phrase], sents: list[Span] | None = None) -> Phrase | None:
    """The phrase holding the syntactic root of the text, else the longest one (``sents``: precomputed doc.sents)."""
    if not phrases:
        return None
    roots = {sent.root.i for sent in (doc.sents if sents is None else sents)}
    for phrase in phrases:
        if any(phrase.start <= r < phrase.end for r in roots):
            return phrase
    return max(phrases, key=lambda p: (p.end - p.start, -p.start))


def code_doc(doc: Doc, lang: str, date: str | None, kb: ActorKnowledge) -> ActorCode | None:
    lexicon = compile_lexicon(kb, lang)
    sents = list(doc.sents)
    phrase = main_phrase(doc, group_phrases(doc, annotate(doc, lexicon), sents), sents)
    return code_phrase(phrase, lexicon, date) if phrase is not None else None


def resolve_text(text: str, date: str | None = None, lang: str = "en", context: str | None = None,
                 kb: ActorKnowledge | None = None) -> ActorCode | None:
    """Country, sector and name of an actor string at ``date`` (ISO; None = today), or None.

    ``context`` is an optional hint such as a nationality ("Colombian defense") used when the text
    itself names no country or sector.
    """
    from detente.analyze.nlp import load_pipeline

    if not isinstance(text, str):
        raise TypeError(f"resolve_text needs a string, got {type(text).__name__}: {text!r}")
    kb = kb or default_knowledge()
    nlp = load_pipeline(lang)
    code = code_doc(nlp(text.strip()), lang, date, kb) if text.strip() else None
    if context and context.strip():
        hint = code_doc(nlp(context.strip()), lang, date, kb)
        if hint is not None:
            if code is None:
                return hint if hint.resolved else None
            code.country = code.country or hint.country
            code.sector = code.sector or hint.sector
    if code is not None and code.country is None and code.homeland:
        code.country = code.homeland  # no context: "ethnic Albanians" fall back to Albania
    return code if code is not None and code.resolved else None
