"""Speaker-colon lines: "Graham: Trump's Rhetoric Destroying GOP's Chance" (headlines, digests) and transcripts
("TAPPER: Do you think …"): the name opening the paragraph is the speaker, the rest of the line what was said."""
from __future__ import annotations

import re

from detente.analyze.context import Analysis
from detente.analyze.quotes.attribution import Attribution, Locator, trim
from detente.analyze.quotes.lexicon import colon_labels
from detente.analyze.quotes.marks import QuotedSpan
from detente.analyze.quotes.speakers import resolve_speaker

COLON_CUE = ":"
MAX_NAME_WORDS = 5
MIN_WORDS = 2  # "Clinton: 547", "Twitter: @Milbank" report nothing
# the label: capitalised words (initials, hyphens, apostrophes), after an optional "EXCLUSIVE –"-style lead
LINE = re.compile(r"(?:[A-Z][A-Z ]+\s[–—-]\s)?((?:[A-Z][\w.’'\-]*)(?: (?:[A-Z][\w.’'\-]*))*):[ \t]+(?=\S)")
EDGE = " \n\t.,;:!?—–-"


def colon_attributions(analysis: Analysis, quoted: list[QuotedSpan], taken: list[Attribution]) -> list[Attribution]:
    """One attribution per paragraph that opens with a speaker's name and a colon, unless the rest is a quote
    (the quotes stage already gave it the cue ":") or another cue reports it already."""
    text, locator, found = analysis.text, Locator(analysis), []
    for paragraph in analysis.article.paragraphs:
        line = LINE.match(text, paragraph.start, paragraph.end)
        if line is None:
            continue
        name_start, name_end = line.span(1)
        label = text[name_start:name_end]
        if len(label.split()) > MAX_NAME_WORDS or label.lower() in colon_labels():
            continue
        content = trim(text, line.end(), paragraph.end, EDGE)
        words = [w for w in text[content[0]:content[1]].split() if any(c.isalpha() for c in w) and "@" not in w]
        if len(words) < MIN_WORDS or _reported(content, name_end, quoted, taken):
            continue
        parsed, tokens = locator.tokens(name_start, name_end)
        if parsed is None or not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
            continue
        head = next((t for t in tokens if t.head.i == t.i or not tokens[0].i <= t.head.i <= tokens[-1].i), tokens[-1])
        found.append(Attribution(spans=[content], direct=False, cue=COLON_CUE, cue_start=name_end,
                                 speaker=resolve_speaker(analysis, parsed, head)))
    return found


def _reported(content: tuple[int, int], colon: int, quoted: list[QuotedSpan], taken: list[Attribution]) -> bool:
    """The line's words are one quote, or overlap what another cue than this colon already reports."""
    start, end = content
    if any(q.start <= start + 1 and end - 1 <= q.end for q in quoted):
        return True
    return any(s < end and start < e for a in taken if a.cue_start != colon for s, e in a.spans)
