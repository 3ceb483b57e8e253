"""A sentence that opens with the document or utterance it reports ("In a Des Moines Register poll last month,
Mr. Cruz had a 10-point lead", "En una entrevista, …"): the rest of the sentence is its content, the document
(or whoever it names) its source."""
from __future__ import annotations

from detente.analyze.context import Analysis
from detente.analyze.quotes.attribution import Attribution, trim
from detente.analyze.quotes.lexicon import lemma, reporting_kind, source_nouns
from detente.analyze.quotes.locate import inside, token_start
from detente.analyze.quotes.marks import QuotedSpan
from detente.analyze.quotes.speakers import resolve_speaker

OPENERS = {"in", "en"}
MAX_PHRASE_TOKENS = 14
EDGE = " \n\t.,;:!?—–-"


def source_noun_attributions(analysis: Analysis, quoted: list[QuotedSpan],
                             taken: list[Attribution]) -> list[Attribution]:
    """One attribution per sentence opening with "In <a poll / an interview / a statement …>," when no cue of
    the sentence reports it already ("In an interview, Trump said …" is the verb's)."""
    found: list[Attribution] = []
    text = analysis.text
    for parsed, sent in analysis.sentences():
        first = sent[0]
        if first.lower_ not in OPENERS or inside(token_start(parsed, first), quoted):
            continue
        noun = next((c for c in first.children if c.dep_ in ("pobj", "obj", "nmod")), None)
        comma = next((t for t in sent[1:MAX_PHRASE_TOKENS] if t.text == ","), None)
        if noun is None or comma is None or noun.i > comma.i or lemma(noun, parsed.lang) not in source_nouns(parsed.lang):
            continue
        sent_start, sent_end = parsed.offset + sent.start_char, parsed.offset + sent.end_char
        if any(a.cue_start is not None and sent_start <= a.cue_start < sent_end for a in taken) or any(
                reporting_kind(t, parsed.lang) is not None for t in sent[comma.i - sent.start:]):
            continue  # "In an interview, Trump called it …": the verb is the cue
        content = trim(text, parsed.offset + comma.idx + 1, sent_end, EDGE)
        if len(text[content[0]:content[1]].split()) < 3:
            continue
        found.append(Attribution(spans=[content], direct=False, cue=first.text, cue_start=token_start(parsed, first),
                                 speaker=resolve_speaker(analysis, parsed, noun)))
    return found
