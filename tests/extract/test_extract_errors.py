"""Hostile inputs: each is refused with a clear reason, or decoded correctly."""
import pytest

from detente.extract import ExtractionError, extract
from detente.model import RawDocument


def raw(content, kind="text"):
    return RawDocument(source="bad-input", content=content, kind=kind)


@pytest.mark.parametrize("content", [b"", b"   \n\t  ", "", "\n\n"])
def test_empty_input_is_refused(content):
    with pytest.raises(ExtractionError, match="empty"):
        extract(raw(content))


def test_binary_junk_is_refused():
    junk = bytes(range(256)) * 50
    with pytest.raises(ExtractionError, match="binary"):
        extract(raw(junk))


def test_pdf_is_refused_by_signature():
    with pytest.raises(ExtractionError, match="PDF"):
        extract(raw(b"%PDF-1.7\n" + b"x" * 500))


def test_nul_bytes_in_a_string_are_refused():
    with pytest.raises(ExtractionError, match="binary"):
        extract(raw("\x00\x01\x02\x03" * 100))


def test_cp1252_bytes_without_declaration_are_decoded_with_a_note(caplog):
    text = "La ministra de Econom\u00eda se reuni\u00f3 con el presidente de la C\u00e1mara \u2013 \u201cun acuerdo hist\u00f3rico\u201d, dijo."
    with caplog.at_level("WARNING", logger="detente.extract"):
        article = extract(raw(text.encode("cp1252")))
    assert article.paragraphs[0].text == text
    assert any("bad-input" in record.getMessage() and "encoding" in record.getMessage() for record in caplog.records)


def test_html_without_text_is_refused():
    page = b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(ExtractionError, match="no article text"):
        extract(raw(page, kind="html"))


def test_error_carries_the_input_name_and_a_short_reason():
    with pytest.raises(ExtractionError) as caught:
        extract(RawDocument(source="data/junk.bin", content=bytes(range(256)) * 20, kind="text"))
    assert caught.value.source == "data/junk.bin"
    assert str(caught.value).startswith("binary") and "data/junk.bin" not in str(caught.value)


def test_oversized_html_is_refused_quickly():
    page = "<html><body>" + "<div><p>Same words again and again in a page far too big.</p></div>" * 100_000 + "</body></html>"
    with pytest.raises(ExtractionError, match="HTML too large"):
        extract(raw(page, kind="html"))


def test_oversized_text_is_refused():
    with pytest.raises(ExtractionError, match="text too large"):
        extract(raw("A line of text that repeats.\n\n" * 80_000))
