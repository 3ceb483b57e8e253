"""Quoted spans found from the quotation marks alone, in every style news uses.

Handles “curly double”, "straight double", ‘curly single’ (telling the closing ’ from the apostrophe in
Petro’s / don’t), 'straight single', «comillas», quotes running over several paragraphs (each paragraph
reopens the quote, only the last one closes it) and Spanish dialogue dashes (—Texto —dijo X—. Más texto).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "‘": "’", "„": "“", '"': '"', "'": "'"}
CLOSERS = {"”", "»", "’", '"', "'", "“"}
CONTINUATION_MARKS = {"“": "“", "«": "«»", "‘": "‘", '"': '"', "'": "'", "„": "„"}
DASHES = "—―"


@dataclass
class QuotedSpan:
    """Inner text of one quotation (marks excluded); ``group`` links the pieces of one dialogue turn."""

    start: int
    end: int
    closed: bool = True
    group: int | None = None


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _char(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else " "


def _opens(text: str, i: int, mark: str, stack: list[tuple[str, int]]) -> bool:
    """Whether the mark at ``i`` opens a quotation (straight and single marks need their neighbours)."""
    before, after = _char(text, i - 1), _char(text, i + 1)
    if mark in ("'", "‘"):
        if _is_word_char(before):
            return False
        if mark == "'" and (after.isspace() or after.isdigit()):
            return False  # '90s, or a dangling apostrophe
        if any(m in ("'", "‘") for m, _ in stack):
            return False  # single quotes do not nest inside single quotes
        return not after.isspace()
    if mark == '"':
        return not after.isspace() or before.isspace() or before in "([—–-"
    return True


def _closes(text: str, i: int, mark: str, stack: list[tuple[str, int]]) -> int | None:
    """Index in ``stack`` of the opener that the mark at ``i`` closes, or None when it is no closer."""
    before, after = _char(text, i - 1), _char(text, i + 1)
    if mark in ("’", "'"):
        if _is_word_char(before) and _is_word_char(after):
            return None  # apostrophe inside a word: Petro’s, don’t
        wanted = ("‘",) if mark == "’" else ("'",)
        if before.isspace():
            return None
    elif mark == '"':
        wanted = ('"',)  # straight double quotes toggle
        if not before.isspace() and not _is_word_char(after):
            wanted = ('"', "“")  # “mixed styles," she said: a straight mark closes a curly opener
    elif mark == "“":
        wanted = ("„",)
        if not before.isspace() and not _is_word_char(after) and before not in "([—–-":
            wanted = ("„", "“")  # “Is it?“ he asked: an opening mark typed where the closing one belongs
    elif mark == "”":
        wanted = ("“",)
        if not any(m == "“" for m, _ in stack):
            wanted = ("“", '"')  # "mixed styles,” said X: a curly closer ends a straight opener when no curly one is open
    else:
        wanted = ("«",)
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] in wanted:
            return index
    return None


MARK = re.compile("[" + re.escape("".join(sorted(set(OPENERS) | CLOSERS))) + "]")


def _scan_paragraph(text: str, start: int, end: int, stack: list[tuple[str, int]],
                    ignored: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Outermost quotations closed inside text[start:end]; ``stack`` carries open ones across paragraphs."""
    spans: list[tuple[int, int]] = []
    for found in MARK.finditer(text, start, end):  # only the marks: most characters are none
        i, mark = found.start(), found.group()
        if i in ignored:
            continue
        closing = _closes(text, i, mark, stack) if mark in CLOSERS else None
        if closing is not None:
            opener_pos = stack[closing][1]
            del stack[closing:]
            if not stack:
                spans.append((opener_pos + 1, i))
            continue
        if mark in OPENERS and _opens(text, i, mark, stack):
            stack.append((mark, i))
    return spans


def _continues(text: str, paragraph_start: int, opener: str) -> int | None:
    """Position of the mark that reopens ``opener``'s quotation at the start of the next paragraph."""
    i = paragraph_start
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    if i < len(text) and text[i] in CONTINUATION_MARKS.get(opener, ""):
        return i
    return None


PLACEHOLDER = "\x00"


def _double_apostrophes(text: str) -> str:
    """Old wire style writes double quotes as two apostrophes ('' or ``): read them as one straight mark."""
    return text.replace("''", '"' + PLACEHOLDER).replace("``", '"' + PLACEHOLDER)


def find_quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Every outermost quotation of the article, with offsets of its inner text."""
    text = _double_apostrophes(text)
    spans = _find(text, paragraphs)
    for span in spans:
        while span.start < span.end and text[span.start] == PLACEHOLDER:
            span.start += 1
    return spans


def _find(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    stack: list[tuple[str, int]] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        scan_from = p_start
        if stack:
            reopen = _continues(text, p_start, stack[0][0])
            if reopen is None:
                stack.clear()
            else:
                scan_from = reopen + 1
        carried = list(stack)
        found = _scan_paragraph(text, scan_from, p_end, stack)
        while stack and stack[0][0] in ("'", "‘") and stack[0][1] >= scan_from:
            # an unclosed single mark is an apostrophe (‘bout, ‘90s): scan again without it
            ignored = {position for mark, position in stack if mark in ("'", "‘")}
            stack[:] = list(carried)
            found = _scan_paragraph(text, scan_from, p_end, stack, ignored)
        spans.extend(QuotedSpan(s, e) for s, e in found)
        if stack:
            next_start = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if next_start is None or _continues(text, next_start, stack[0][0]) is None:
                opener_pos = stack[0][1]
                stack.clear()
                inner_end = _rstrip(text, opener_pos + 1, p_end)
                if inner_end - opener_pos > 1 and not _inside_any(opener_pos, spans):
                    spans.append(QuotedSpan(opener_pos + 1, inner_end, closed=False))
    spans.extend(dialogue_spans(text, paragraphs))
    return sorted(_outermost(spans), key=lambda s: s.start)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _inside_any(position: int, spans: list[QuotedSpan]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def _outermost(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Drop spans nested in another span (an unclosed quote can swallow later closed ones)."""
    kept: list[QuotedSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start >= kept[-1].start and span.end <= kept[-1].end:
            continue
        kept.append(span)
    return kept


def dialogue_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Spanish dialogue: a paragraph opening with a dash alternates speech and narrator incisos (—dijo X—)."""
    spans: list[QuotedSpan] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        if p_start >= p_end or text[p_start] not in DASHES:
            continue
        position, speaking = p_start + 1, True
        while position < p_end:
            dash = next((i for i in range(position, p_end) if text[i] in DASHES), p_end)
            if speaking:
                s, e = _strip(text, position, dash)
                if e > s:
                    spans.append(QuotedSpan(s, e, group=p_start))
            position, speaking = dash + 1, not speaking
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ".,;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end
