"""HTML extraction: metadata, headings, captions, bylines, offsets, broken markup."""
from detente.extract import extract
from detente.model import RawDocument


def html_article(content, **fields):
    return extract(RawDocument(source="test.html", content=content, kind="html", **fields))


def test_metadata_comes_from_json_ld_and_og_without_site_suffix(fixture_bytes):
    article = html_article(fixture_bytes("article.html"))
    assert article.title == "Ministers agree on river treaty after long talks"
    assert article.published == "2026-03-12"  # datePublished, not dateModified
    assert article.published_inferred is False
    assert article.authors == ["Ana Ruiz", "Tom Becker"]
    assert article.site == "The Valley Herald"
    assert article.language == "en"


def test_section_headings_and_figcaption_are_paragraphs_of_their_kind(fixture_bytes):
    article = html_article(fixture_bytes("article.html"))
    assert article.sections == ["A long dispute", "What happens next"]
    assert article.captions == ["The two foreign ministers shake hands after signing the river treaty in Geneva."]
    kinds = [(p.kind, p.text[:14]) for p in article.paragraphs]
    assert ("heading", "A long dispute") in kinds
    assert kinds[0] == ("caption", "The two foreig")
    assert not any("Most read" in p.text or "Storm hits" in p.text for p in article.paragraphs)
    assert not any("Storm damage" in p.text for p in article.paragraphs if p.kind != "body")  # a linked teaser


def test_title_is_not_a_paragraph_and_offsets_locate_every_paragraph(fixture_bytes):
    article = html_article(fixture_bytes("article.html"))
    assert all(article.title not in p.text for p in article.paragraphs)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    assert article.paragraphs[0].start == 0
    assert article.paragraphs[-1].end == len(article.text)


def test_byline_authors_are_split_and_caption_class_is_kept(fixture_bytes):
    article = html_article(fixture_bytes("byline.html"))
    assert article.authors == ["Maria Lopez", "Kevin O'Neill"]
    assert not any(p.text.startswith("By ") for p in article.paragraphs)
    assert article.title == "Port workers strike over pay"
    assert article.captions == ["Container ships wait at anchor outside the harbour during the strike."]
    caption = next(p for p in article.paragraphs if p.kind == "caption")
    body = [p for p in article.paragraphs if p.kind == "body"]
    assert body[1].start < caption.start < body[2].start  # kept where it stands in the page


def test_source_fields_win_over_page_metadata(fixture_bytes):
    article = html_article(
        fixture_bytes("article.html"), title="Given title", published="2026-04-01", url="https://example.org/a", lang="es"
    )
    assert article.title == "Given title"
    assert article.published == "2026-04-01" and article.published_inferred is False
    assert article.url == "https://example.org/a"
    assert article.language == "es"


def test_broken_html_still_gives_its_text(fixture_bytes):
    article = html_article(fixture_bytes("broken.html"))
    assert "Firefighters battled a large blaze" in article.text
    assert "Roads around the site will stay closed" in article.text


def test_html_with_meta_charset_windows_1252_is_decoded():
    body = "<p>" + "El ministro de Econom\u00eda anunci\u00f3 un acuerdo con los sindicatos del sector p\u00fablico. " * 4 + "</p>"
    page = f'<html><head><meta charset="windows-1252"><title>Acuerdo</title></head><body><article>{body}</article></body></html>'
    article = html_article(page.encode("cp1252"))
    assert "Econom\u00eda anunci\u00f3" in article.text
    assert article.paragraphs[0].lang == "es"


def test_article_id_is_the_raw_document_id(fixture_bytes):
    raw = RawDocument(source="a.html", content=fixture_bytes("article.html"), kind="html")
    assert extract(raw).id == raw.id


def test_byline_paragraph_is_taken_out_of_the_text():
    story = "".join(f"<p>{sentence}</p>" for sentence in (
        "Por Lucía Gómez y Pedro Sánchez",
        "El Congreso aprobó este jueves la reforma de la ley de aguas con el apoyo de cuatro grupos parlamentarios.",
        "La norma obliga a las comunidades a publicar cada mes el nivel de sus embalses y el consumo de los regantes.",
    ))
    article = html_article(f"<html><head><title>Reforma</title></head><body><article>{story}</article></body></html>")
    assert article.authors == ["Lucía Gómez", "Pedro Sánchez"]
    assert article.paragraphs[0].text.startswith("El Congreso aprobó")


def test_meaningful_img_alt_is_a_caption_only_when_the_figure_has_none():
    first, second = (
        f"<p>{text}</p>"
        for text in (
            "Rescue teams searched the collapsed building through the night, helped by dogs and thermal cameras.",
            "The regional government declared three days of mourning and promised help to the families who lost their homes.",
        )
    )
    figures = (
        '<figure><img src="a.jpg" alt="Rescue workers carry a stretcher out of the collapsed building at dawn"></figure>'
        '<figure><img src="b.jpg" alt="IMG_2041.jpg"></figure>'
    )
    page = f"<html><head><title>Building collapse</title></head><body><article>{first}{figures}{second}</article></body></html>"
    article = html_article(page)
    assert article.captions == ["Rescue workers carry a stretcher out of the collapsed building at dawn"]
    assert [p.kind for p in article.paragraphs] == ["body", "caption", "body"]


RELATED_TEASER = """<html><head><title>Flood defences approved</title></head><body><article>
<h1>Flood defences approved</h1>
<p>The regional council approved new flood defences on Monday after a long debate about their cost and about
who should pay for the walls along the river, which burst its banks twice last winter.</p>
<p>Councillors said the work would start in spring and take two years, and that the national government had agreed
to pay half of the bill once the first section of the wall is finished.</p>
<section><header><span>Noticia Relacionada</span></header><article><figure><a href="/other-story.html">
<img src="/img/other.jpg" alt="Six teachers accuse their former director of fraud in the school accounts"></a>
</figure><h3><a href="/other-story.html">Six teachers accuse their former director of fraud in the school accounts</a>
</h3></article></section>
<p>Residents of the lower town welcomed the decision, though some said the walls should have been built years ago,
before the worst of the floods damaged their homes and shops.</p>
</article></body></html>"""


def test_related_story_teaser_image_alt_is_not_a_caption():
    article = html_article(RELATED_TEASER.encode())
    assert not any("Six teachers" in p.text for p in article.paragraphs)
