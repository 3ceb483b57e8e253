"""JSONL: one article per line ({text|html, url?, title?, published?, lang?}); a bad line is a Reject."""
from __future__ import annotations

import json
import re
from typing import Iterable, Iterator

from detente.ingest.options import IngestOptions, too_large
from detente.model import RawDocument, Reject

_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def read_jsonl(name: str, lines: Iterable[bytes], options: IngestOptions) -> Iterator[RawDocument | Reject]:
    """Every record of a JSONL stream, in order; ``name:line`` names each one."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield record_to_raw(f"{name}:{number}", line, options)


def record_to_raw(source: str, line: bytes | str, options: IngestOptions) -> RawDocument | Reject:
    """One JSONL line as a RawDocument, or a Reject saying what is wrong with it."""
    if len(line) > options.max_bytes:
        return Reject(source=source, reason=f"line {too_large(len(line), options)}")
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return Reject(source=source, reason="line is not UTF-8 (JSONL must be UTF-8)")
    except ValueError as error:
        return Reject(source=source, reason=f"malformed JSON ({error})")
    if not isinstance(record, dict):
        return Reject(source=source, reason=f"record is a JSON {type(record).__name__}, not an object")
    html, text = record.get("html"), record.get("text")
    content, kind = (html, "html") if _usable(html) else (text, "text")
    if content is None:
        return Reject(source=source, reason="record has no 'text' or 'html' field")
    if not isinstance(content, str):
        return Reject(source=source, reason=f"'{kind}' is a JSON {type(content).__name__}, not a string")
    if not content.strip():
        return Reject(source=source, reason=f"empty '{kind}'")
    return RawDocument(
        source=source,
        content=content,
        kind=kind,
        url=_string(record.get("url")),
        title=_string(record.get("title")),
        published=normalise_date(_string(record.get("published") or record.get("date"))),
        lang=_string(record.get("lang") or record.get("language")),
    )


def normalise_date(value: str | None) -> str | None:
    """ISO dates pass through; compact YYYYMMDD (as in wire archives) becomes YYYY-MM-DD."""
    if value is None:
        return None
    match = _COMPACT_DATE.match(value.strip())
    return f"{match[1]}-{match[2]}-{match[3]}" if match else value.strip()


def _usable(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _string(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
