"""Bytes → text: BOM, declared charset (HTML meta / HTTP-like hint), UTF-8, a detector, then cp1252.

Binary junk (file signatures, NUL bytes, mostly non-printable text) is refused here, before any parser sees it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from detente.extract.errors import ExtractionError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_SIGNATURES = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
    b"MZ": "executable",
    b"RIFF": "RIFF media",
    b"OggS": "Ogg media",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in practice.
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252"}
_MAX_JUNK_RATIO = 0.1
_JUNK_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


@dataclass
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the encoding was guessed or a lossy fallback was used


def decode(content: bytes | str, declared: str | None = None) -> Decoded:
    """Decode ``content`` to text, or raise ExtractionError (empty, binary, undecodable)."""
    if isinstance(content, str):
        text = content.lstrip("\ufeff")
        _refuse_junk(text)
        return Decoded(text, "str")
    if not content.strip():
        raise ExtractionError("empty input")
    decoded = _decode_with_bom(content)
    if decoded is None:
        _refuse_binary(content)  # after the BOM check: UTF-16 text is full of NUL bytes
        decoded = _decode_bytes(content, declared)
    _refuse_junk(decoded.text)
    return decoded


def _decode_with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    return None


def _decode_bytes(data: bytes, declared: str | None) -> Decoded:
    declared = declared or _meta_charset(data)
    if declared:
        label = declared.lower()
        if _single_byte(label) and _is_utf8(data) and not data.isascii():
            return Decoded(data.decode("utf-8"), "utf-8", note=f"declared {declared} but the bytes are UTF-8")
        label = "cp1252" if label in _LATIN1_LABELS else label
        try:
            return Decoded(data.decode(label), label)
        except (LookupError, UnicodeDecodeError):
            pass
    if _is_utf8(data):
        return Decoded(data.decode("utf-8"), "utf-8")
    guessed = _detect(data)
    if guessed:
        return guessed
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", note="encoding unknown; decoded as cp1252")


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", "ignore") if match else None


def _single_byte(label: str) -> bool:
    """Whether ``label`` names a one-byte-per-character charset (Latin-1, ISO-8859-15, windows-1251...): text in
    those is almost never valid UTF-8 by chance, so valid UTF-8 bytes under such a label were mislabelled."""
    if label in _LATIN1_LABELS:
        return True
    try:
        if codecs.lookup(label).name.startswith("utf"):
            return False
        return len(bytes(range(256)).decode(label, errors="replace")) == 256
    except LookupError:
        return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of trafilatura
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    try:
        return Decoded(data.decode(best.encoding), best.encoding, note=f"encoding guessed as {best.encoding}")
    except (LookupError, UnicodeDecodeError):
        return None


def _refuse_binary(data: bytes) -> None:
    head = data[:8]
    for signature, name in _SIGNATURES.items():
        if head.startswith(signature):
            raise ExtractionError(f"binary content ({name}), not text or HTML")
    sample = data[:65536]
    if sample.count(b"\x00") > max(2, len(sample) // 100):
        raise ExtractionError("binary junk (NUL bytes), not text or HTML")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_JUNK_RATIO * len(sample):
        raise ExtractionError(f"binary junk ({controls} of {len(sample)} bytes are control codes)")


def _refuse_junk(text: str) -> None:
    if not text.strip():
        raise ExtractionError("empty input")
    sample = text[:65536]
    bad = len(_JUNK_CHARS.findall(sample))
    if bad > _MAX_JUNK_RATIO * len(sample):
        raise ExtractionError(f"binary junk ({bad} of {len(sample)} characters are not printable)")
