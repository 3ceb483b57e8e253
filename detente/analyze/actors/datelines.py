"""Wire datelines and dashes around actor phrases: "WASHINGTON — The Senate ...", "NEW YORK -" on a line of its own,
"JEDDAH, Saudi Arabia -- If ...". The dateline says where the reporter files from: it is a place, never an actor,
and no dash is part of an actor's words ("NEW YORK -", "workers - companies")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from detente.analyze.nlp import dateline_end

CAPS_LINE = re.compile(r"^[^\W\d_a-zß-ÿ][^\W\da-zß-ÿ]*(?:[ ./,'’-]+[^\W\da-zß-ÿ]+)*\s*[-–—:]*\s*$")  # "JEDDAH", "NEW YORK -"
DASHES = {"-", "–", "—", "--", "―", "---"}


def dateline_length(text: str) -> int:
    """How many characters at the start of a paragraph are a wire dateline ("WASHINGTON — " of "WASHINGTON — The
    Senate ..."), the whole paragraph when it is a dateline alone ("NEW YORK -", "WASHINGTON —"); else 0."""
    end = dateline_end(text)
    if end is not None:
        return end
    line = text.rstrip()
    if line and dateline_end(f"{line} The") == len(line) + 1:
        return len(text)  # a dateline with its dash, alone on its line
    return 0


COLON_DATELINE = re.compile(r"^\s*([^\W\d_a-zß-ÿ][^\W\da-zß-ÿ]+(?:[ '’.-][^\W\da-zß-ÿ]+){0,3})\s*:\s+(?=[^\W\d_a-zß-ÿ])")


def colon_dateline(text: str) -> tuple[str, int] | None:
    """"NEW DELHI: Their American dream ...": a place in capitals and a colon opening a paragraph (the Indian and
    Pakistani press's dateline), as (the place, where the story starts); the caller checks that it names a place
    ("UPDATE: ..." and "WATCH: ..." do not)."""
    match = COLON_DATELINE.match(text)
    return (match.group(1), match.end()) if match is not None else None


def caps_place_line(text: str) -> bool:
    """A short paragraph in capitals only, without a dash: "JEDDAH", "KEREM SHALOM" (a dateline split off its story,
    or a place heading); its place names are no actors."""
    return len(text) <= 40 and CAPS_LINE.match(text) is not None


def _is_dash(doc: Doc, i: int) -> bool:
    return doc[i].text in DASHES


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash token set off by a space on either side: 'workers - companies', not 'Al-Qaeda'."""
    return _is_dash(doc, i) and (bool(doc[i].whitespace_) or (i > 0 and bool(doc[i - 1].whitespace_)))


def without_dashes(doc: Doc, start: int, end: int, root: int, named: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Token bounds [start, end) of a mention with no dash at its edges, cut at a spaced dash to the part holding
    ``root`` (its head): "NEW YORK -" → "NEW YORK", "the North – 16 Israeli soldiers" → "16 Israeli soldiers". When
    the head is no noun ("journalist Issam Abdallah - found"), the part holding most ``named`` tokens (its units)."""
    cuts = [i for i in range(start, end) if _spaced_dash(doc, i)]
    if cuts and doc[root].pos_ not in {"NOUN", "PROPN", "PRON"} and named:
        parts = list(zip([start] + [c + 1 for c in cuts], cuts + [end]))
        best = max(parts, key=lambda part: sum(1 for i in range(*part) if i in named))
        root = next((i for i in range(*best) if i in named), root)
    for i in cuts:
        if i < root:
            start = i + 1
        elif i > root:
            end = i
            break
    while start < end and _is_dash(doc, start):
        start += 1
    while end > start and _is_dash(doc, end - 1):
        end -= 1
    return start, end
