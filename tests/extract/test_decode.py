"""Decoding bytes: BOMs, declared charsets that lie, detection, junk."""
import codecs

import pytest

from detente.extract.decode import decode
from detente.extract.errors import ExtractionError

SPANISH = "Se reunió la Comisión de Economía en Bogotá para debatir la reforma."


def test_utf16_with_bom():
    decoded = decode(codecs.BOM_UTF16_LE + SPANISH.encode("utf-16-le"))
    assert decoded.text == SPANISH and decoded.encoding == "utf-16-le"


@pytest.mark.parametrize("label", ["iso-8859-1", "iso-8859-15", "windows-1250"])
def test_declared_single_byte_charset_but_bytes_are_utf8(label):
    page = f'<html><head><meta charset="{label}"></head><body><p>{SPANISH}</p></body></html>'.encode("utf-8")
    decoded = decode(page)
    assert SPANISH in decoded.text and decoded.encoding == "utf-8" and label in decoded.note


def test_declared_iso_8859_15_is_used_when_the_bytes_are_not_utf8():
    page = f'<html><head><meta charset="iso-8859-15"></head><body><p>{SPANISH} 20 €</p></body></html>'
    decoded = decode(page.encode("iso-8859-15"))
    assert f"{SPANISH} 20 €" in decoded.text and decoded.encoding == "iso-8859-15"


def test_declared_charset_is_used():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><p>{SPANISH}</p>'
    decoded = decode(page.encode("cp1252"))
    assert SPANISH in decoded.text and decoded.encoding == "cp1252"


def test_plain_utf8_needs_no_note():
    decoded = decode(SPANISH.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.note) == (SPANISH, "utf-8", None)


@pytest.mark.parametrize("junk", [b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, b"\x00\x00\x00abc" * 200, bytes(range(1, 32)) * 100])
def test_binary_is_refused(junk):
    with pytest.raises(ExtractionError, match="binary"):
        decode(junk)
