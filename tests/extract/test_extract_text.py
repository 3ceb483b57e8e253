"""Plain text: title, captions and headings by layout, languages, inferred dates."""
from detente.extract import extract, sniff_kind
from detente.model import RawDocument


def text_article(content, **fields):
    return extract(RawDocument(source="test.txt", content=content, kind="text", **fields))


def test_seed_like_layout(fixture_bytes):
    article = text_article(fixture_bytes("seedlike.txt"))
    assert article.title == "Neighbours sign a water pact after months of tension"
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[:5] == ["caption", "body", "heading", "heading", "body"]
    assert article.sections == ["What was agreed", "Background to the talks"]
    assert len(article.captions) == 2 and article.captions[1].endswith("REUTERS/ ANA TORRES")
    standfirst = article.paragraphs[1].text
    assert standfirst.startswith("After a year of public quarrels") and "1." not in standfirst
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text


def test_spanish_paragraph_gets_es_and_article_language_is_majority(fixture_bytes):
    article = text_article(fixture_bytes("seedlike.txt"))
    spanish = next(p for p in article.paragraphs if p.text.startswith("El presidente de Borovia"))
    assert spanish.lang == "es"
    assert article.language == "en"
    assert all(p.lang == "en" for p in article.paragraphs if p.kind == "heading")  # short: article language


def test_spanish_article():
    text = (
        "El Gobierno anuncia un nuevo plan de vivienda\n\n"
        "El Gobierno aprobó este martes un plan para construir cuarenta mil viviendas en los próximos cinco años, "
        "según informó la ministra en una rueda de prensa.\n\n"
        "Los sindicatos recibieron la medida con cautela y pidieron más detalles sobre la financiación."
    )
    article = text_article(text)
    assert article.title == "El Gobierno anuncia un nuevo plan de vivienda"
    assert article.language == "es"
    assert [p.lang for p in article.paragraphs] == ["es", "es"]


def test_first_line_ending_with_period_is_not_a_title():
    article = text_article("This is a sentence.\n\nAnd this is another paragraph of the same short note.")
    assert article.title is None
    assert len(article.paragraphs) == 2


def test_hard_wrapped_prose_is_one_paragraph():
    text = (
        "Officials from both countries met on Monday to discuss the\n"
        "future of the border crossing, which has been closed since\n"
        "the floods of last spring.\n"
    )
    article = text_article(text)
    assert len(article.paragraphs) == 1
    assert "discuss the future of the border" in article.paragraphs[0].text


def test_date_inferred_from_wire_dateline():
    text = "WASHINGTON, Feb 4 (Reuters) - The talks ended on 3 February 2026 without a deal, officials said on Wednesday."
    article = text_article(text)
    assert article.published == "2026-02-04"
    assert article.published_inferred is True


def test_date_inferred_from_spanish_date_in_text():
    text = "La cumbre se celebró el 4 de febrero de 2026 en Bogotá y terminó con una declaración conjunta de los dos gobiernos."
    article = text_article(text)
    assert (article.published, article.published_inferred) == ("2026-02-04", True)


def test_explicit_published_wins_and_is_not_inferred():
    text = "La cumbre se celebró el 4 de febrero de 2026 en Bogotá y terminó con una declaración conjunta."
    article = text_article(text, published="2026-02-05")
    assert (article.published, article.published_inferred) == ("2026-02-05", False)


def test_no_date_anywhere_gives_none():
    article = text_article("The committee will meet again soon to discuss the proposals made by the members.")
    assert (article.published, article.published_inferred) == (None, False)


def test_sniff_kind():
    assert sniff_kind("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_kind(b"\xef\xbb\xbf<html><p>hola</p></html>") == "html"
    assert sniff_kind("<div><p>Fragment</p><p>of markup</p></div>") == "html"
    assert sniff_kind("Plain text with a < sign and a > sign.") == "text"
    assert sniff_kind(b"Just bytes of text\n\nand more") == "text"


def test_plain_text_byline_gives_authors_and_is_not_a_paragraph():
    text = (
        "Port strike enters its second week\n\n"
        "By Maria Lopez and Kevin O'Neill\n\n"
        "Dock workers stayed off the job for a seventh day on Monday as talks with port managers stalled again."
    )
    article = text_article(text)
    assert article.authors == ["Maria Lopez", "Kevin O'Neill"]
    assert [p.kind for p in article.paragraphs] == ["body"]
    assert not article.text.startswith("By ")


def test_one_paragraph_per_line_without_blank_lines():
    text = (
        "Parliament approves the new budget after a long night\n"
        "Lawmakers approved the budget early on Friday after a session that lasted more than fourteen hours and ended with a narrow vote.\n"
        "Spending cuts\n"
        "The budget cuts spending on roads and defence while raising the money set aside for schools and hospitals next year.\n"
    )
    article = text_article(text)
    assert article.title == "Parliament approves the new budget after a long night"
    assert [p.kind for p in article.paragraphs] == ["body", "heading", "body"]
    assert article.sections == ["Spending cuts"]


def test_feed_date_format_is_normalised():
    article = text_article("A short report about the meeting of the committee.", published="Tue, 04 Feb 2026 10:00:00 GMT")
    assert (article.published, article.published_inferred) == ("2026-02-04", False)


def test_kind_is_corrected_when_the_content_disagrees():
    plain = extract(RawDocument(source="x.html", content="A headline here\n\nThe body of the story, in plain text.", kind="html"))
    assert plain.title == "A headline here"
    page = "<!DOCTYPE html><html><body><article><p>" + "The council voted to close the old bridge to traffic. " * 6 + "</p></article></body></html>"
    markup = extract(RawDocument(source="x.txt", content=page, kind="text"))
    assert "<p>" not in markup.text and markup.text.startswith("The council voted")


def test_a_leading_byline_is_not_the_title():
    article = text_article("By Jane Doe\n\nThe committee met on Monday and agreed to publish its report next month.")
    assert article.title is None and article.authors == ["Jane Doe"]
