"""Where things are in a parsed article: the paragraph, sentence and tokens at an offset, and text edges around quotes."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Span as SpacySpan, Token

from detente.analyze.context import Analysis, ParsedParagraph
from detente.analyze.quotes.lexicon import verb_candidates
from detente.analyze.quotes.marks import QuotedSpan

EDGE_CHARS = " \n\t.,;:!?\"'“”‘’«»—–-()"
QUOTE_CHARS = "\"'“”‘’«»„"
SPACES = " \t\xa0"  # web news puts no-break spaces around quotation marks ("findings:\xa0“Further …")


class Locator:
    """Maps article offsets to the parsed paragraph, sentence and tokens that cover them."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.parsed = analysis.parsed
        self.offsets = [p.offset for p in self.parsed]
        self._token_bounds: dict[int, tuple[list[int], list[int]]] = {}
        self._sentence_ends: dict[int, list[int]] = {}
        self._verb_candidates: dict[int, list[int]] = {}

    def verb_candidates(self, parsed: ParsedParagraph) -> list[int]:
        """Token indexes of the paragraph that may be reporting verbs (:func:`lexicon.verb_candidates`), once each."""
        found = self._verb_candidates.get(id(parsed))
        if found is None:
            found = self._verb_candidates[id(parsed)] = verb_candidates(parsed.doc, parsed.lang)
        return found

    def paragraph(self, position: int) -> ParsedParagraph | None:
        index = bisect_right(self.offsets, position) - 1
        if index < 0:
            return None
        parsed = self.parsed[index]
        return parsed if position <= parsed.offset + len(parsed.text) else None

    def tokens(self, start: int, end: int) -> tuple[ParsedParagraph | None, list[Token]]:
        """Tokens overlapping [start, end): bisects token starts and ends (both rise with the token index)."""
        parsed, first, last = self.token_range(start, end)
        return parsed, list(parsed.doc[first:last]) if parsed is not None and first < last else []

    def token_range(self, start: int, end: int) -> tuple[ParsedParagraph | None, int, int]:
        """The paragraph of ``start`` and the index range [first, last) of its tokens overlapping [start, end),
        with no Token built."""
        parsed = self.paragraph(start)
        if parsed is None:
            return None, 0, 0
        lo, hi = start - parsed.offset, end - parsed.offset
        bounds = self._token_bounds.get(id(parsed))
        if bounds is None:
            columns = parsed.doc.to_array([IDX, LENGTH]).tolist()  # no Token objects built
            starts = [start for start, _ in columns]
            bounds = self._token_bounds[id(parsed)] = (starts, [start + length for start, length in columns])
        first = bisect_right(bounds[1], lo)  # first token ending after lo
        last = bisect_left(bounds[0], hi)  # tokens before this one start before hi
        return parsed, first, last

    def sentence(self, position: int) -> tuple[ParsedParagraph | None, SpacySpan | None]:
        """The first sentence with start_char <= local <= end_char (its end counts as inside)."""
        parsed = self.paragraph(position)
        if parsed is None:
            return None, None
        local = position - parsed.offset
        ends = self._sentence_ends.get(id(parsed))
        if ends is None:
            ends = self._sentence_ends[id(parsed)] = [sent.end_char for sent in parsed.sents]
        index = bisect_left(ends, local)
        if index < len(ends) and parsed.sents[index].start_char <= local:
            return parsed, parsed.sents[index]
        return parsed, None


def token_start(parsed: ParsedParagraph, token: Token) -> int:
    return parsed.offset + token.idx


def trim(text: str, start: int, end: int, chars: str = EDGE_CHARS) -> tuple[int, int]:
    """Narrow [start, end) past edge punctuation, quote marks and spaces."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end

def inside(position: int, quoted: list[QuotedSpan]) -> bool:
    """Whether ``position`` lies in a quotation; ``quoted`` is ordered by start, as find_quoted_spans gives it."""
    for quote in quoted:
        if quote.start > position:
            return False
        if position < quote.end:
            return True
    return False

def next_word(text: str, position: int) -> int:
    """First character after the closing mark and spaces (stays inside the paragraph)."""
    while position < len(text) and (text[position] in QUOTE_CHARS or text[position] in SPACES + ","):
        position += 1
    return position


def previous_word(text: str, position: int) -> int:
    """Last character before the opening mark and spaces (stays inside the paragraph)."""
    position -= 1
    while position > 0 and (text[position] in QUOTE_CHARS or text[position] in SPACES):
        position -= 1
    return max(position, 0)
