"""Page furniture kept by trafilatura is dropped (detente/extract/furniture.py), and the article's own paragraphs stay.

Each fixture is an article of our own wording with one kind of furniture around it: a related-stories list, teaser
cards, "Read more" pairs on a listing page, reader prompts, a paywall notice, a reference list, bare photo credits.
"""
from lxml import etree

from detente.extract import extract
from detente.extract.blocks import Block
from detente.extract.furniture import drop_furniture, is_citation, is_credit_line, is_read_more, is_reader_prompt
from detente.model import RawDocument

ARTICLE = [
    "The river commission met in Lakeview on Tuesday to settle a dispute over water rights that has lasted a decade.",
    "Delegates from both provinces signed a draft agreement after nine hours of talks, officials said on Wednesday.",
    "The agreement sets quotas for the dry season and creates a joint panel that will monitor the dams upstream.",
    "Farmers' groups welcomed the deal but warned that the quotas would be hard to meet if the drought continued.",
    "The commission's chair said the panel would publish its first report on the reservoirs before the winter.",
    "Both provincial parliaments must still ratify the agreement, a step expected to take several months.",
]


def page(after: str = "", before: str = "", body_class: str = "article-body", inside: str = "") -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in ARTICLE) + inside
    return (
        "<html><head><title>River commission signs water deal</title></head><body>"
        f"<header><nav><a href='/'>Home</a></nav></header>{before}"
        f"<article><h1>River commission signs water deal</h1><div class='{body_class}'>{paragraphs}</div>{after}</article>"
        "<footer><p>Copyright The Lakeview Courier</p></footer></body></html>"
    ).encode()


def texts(content: bytes) -> list[str]:
    return [p.text for p in extract(RawDocument(source="test.html", content=content, kind="html")).paragraphs]


def kept_blocks(content: bytes, extra: list[str]) -> list[str]:
    """The furniture rules alone on the article's blocks plus ``extra`` (as trafilatura would hand them over)."""
    blocks = [Block(text) for text in ARTICLE + extra]
    return [block.text for block in drop_furniture(etree.fromstring(content, etree.HTMLParser()), blocks)]


def assert_article_kept(found: list[str]) -> None:
    for text in ARTICLE:
        assert text in found, text


HEADLINES = [
    "Mayor opens new bridge over the canal after long delay",
    "Teachers call off strike as talks with ministry resume",
    "Storm closes harbour for two days and strands ferry passengers",
]


def test_list_whose_items_are_all_links_to_other_stories_is_dropped():
    related = "<ul>" + "".join(f"<li><strong><a href='/2026/04/story-{n}'>{h}</a></strong></li>" for n, h in enumerate(HEADLINES)) + "</ul>"
    found = kept_blocks(page(inside=related), HEADLINES)
    assert found == ARTICLE
    plain = "<ul>" + "".join(f"<li>{h}</li>" for h in HEADLINES) + "</ul>"  # items that are not links are the article's
    assert kept_blocks(page(inside=plain), HEADLINES) == ARTICLE + HEADLINES
    toc = "<ul>" + "".join(f"<li><a href='#part-{n}'>{h}</a></li>" for n, h in enumerate(HEADLINES)) + "</ul>"
    assert kept_blocks(page(inside=toc), HEADLINES) == ARTICLE + HEADLINES  # a table of contents


def test_list_of_plain_bullet_points_and_table_of_contents_stay():
    bullets = (
        "<ul><li>The quota for the dry season falls by a fifth for both provinces under the draft agreement.</li>"
        "<li>A joint panel of six engineers will inspect the dams upstream every three months.</li></ul>"
    )
    found = texts(page(inside=bullets))
    assert "A joint panel of six engineers will inspect the dams upstream every three months." in found
    toc = (
        "<ul><li><a href='#quotas'>How the new quotas for the dry season work</a></li>"
        "<li><a href='#panel'>Who sits on the joint panel of engineers</a></li></ul>"
    )
    found = texts(page(before=toc, inside="<h2 id='quotas'>How the new quotas for the dry season work</h2><p>" + ARTICLE[2] + " More.</p>"))
    assert "How the new quotas for the dry season work" in found


def test_paragraphs_inside_a_related_stories_container_are_dropped_unless_it_wraps_the_article():
    card = (
        "<div class='deepDive__popularPosts'><div class='item'>"
        "<p>Teachers called off their strike on Monday after the ministry agreed to resume talks on pay.</p></div></div>"
    )
    found = texts(page(inside=card))
    assert_article_kept(found)
    assert not any("Teachers called off their strike" in text for text in found)
    wrapped = page(body_class="article-body popular-posts-enabled")  # the cue names the article's own box
    assert kept_blocks(wrapped, []) == ARTICLE


def test_summaries_followed_by_read_more_links_on_a_listing_page_are_teasers():
    items = "".join(
        f"<div class='post'><p>{summary}</p><span><a href='/story-{n}'><strong>Ver noticia</strong></a></span></div>"
        for n, summary in enumerate([
            "El alcalde de Villaverde anunció cambios en su gabinete municipal y creó dos nuevas direcciones...",
            "Los docentes de la provincia reclamaron mejoras salariales frente a la sede del ministerio de educación...",
            "La gobernadora de Costa Azul firmó un convenio con el puerto para ampliar los muelles de carga...",
        ])
    )
    found = texts(page(inside=items))
    assert_article_kept(found)
    assert not any("Ver noticia" in text or "docentes de la provincia" in text for text in found)


def test_single_read_more_line_goes_but_the_paragraph_before_it_stays():
    found = texts(page(inside="<p>Read more: Drought forces farmers to sell their cattle early</p>"))
    assert_article_kept(found)
    assert not any(text.startswith("Read more") for text in found)


def test_read_more_and_prompt_shapes():
    assert is_read_more("Lee también: La sequía obliga a vender el ganado")
    assert is_read_more("Ver noticia") and is_read_more("READ MORE: Drought hits the valley")
    assert not is_read_more("Compartir información con la comisión fue clave para el acuerdo, dijo el delegado.")
    assert not is_read_more("Read the agreement carefully, the chair told the delegates before they signed it.")
    assert is_reader_prompt("Sign up for our daily newsletter to get the top stories in your inbox.")
    assert is_reader_prompt("Síguenos en Facebook y en Twitter")
    assert not is_reader_prompt("The streaming service said subscriptions rose by a tenth in the first quarter.")
    assert not is_reader_prompt("Over two million households subscribe to the service, the company said.")
    assert not is_reader_prompt("The ministry said in its weekly newsletter that the dams were full.")
    assert not is_reader_prompt("Residents were told to download the city's alert app before the storm.")
    assert not is_reader_prompt("El boletín oficial publicó el decreto el martes.")


def test_newsletter_prompt_is_dropped():
    found = texts(page(inside="<p>Get the day's top headlines delivered to your inbox by subscribing to our newsletter.</p>"))
    assert_article_kept(found)
    assert not any("newsletter" in text for text in found)


def test_account_notice_in_its_own_box_at_the_end_is_dropped():
    notice = (
        "<div class='modal-box'><h2>Tu suscripción se está usando en otro dispositivo</h2>"
        "<p>¿Quieres añadir otro usuario a tu suscripción?</p>"
        "<p>Si continúas leyendo en este dispositivo, no se podrá leer en el otro.</p>"
        "<p>Si quieres compartir tu cuenta, cambia tu suscripción a la modalidad familiar y cada uno accederá con su propia cuenta.</p>"
        "<p>En el caso de no saber quién está usando tu cuenta, te recomendamos cambiar tu contraseña.</p></div>"
    )
    found = texts(page(inside=notice))
    assert_article_kept(found)
    assert not any("suscripción" in text or "dispositivo" in text for text in found)


def test_article_about_accounts_keeps_its_own_sentences():
    """Sentences about accounts inside the article's own container are the article (an explainer about a service)."""
    extra = "".join(f"<p>{text}</p>" for text in [
        "Customers who already pay for the basic plan can visit their account page to move to the family plan.",
        "Sign up for the family plan with the same email address as your existing account to keep your history.",
        "If you forget your password, the service sends a reset link to your email address within minutes.",
        "Anyone who wants to cancel must do so from your account settings before the next billing date.",
    ])
    found = texts(page(inside=extra))
    assert_article_kept(found)
    assert "Customers who already pay for the basic plan can visit their account page to move to the family plan." in found
    assert "If you forget your password, the service sends a reset link to your email address within minutes." in found


def test_reference_list_after_a_sources_label_and_runs_of_citations_are_dropped():
    sources = (
        "<p>Sources:</p>"
        "<p>The Valley Herald, River talks stall as drought deepens in the north, Mar. 3, 2026</p>"
        "<p>Lakeview Courier, Commission names new chair after long vacancy, 14 February 2026</p>"
    )
    found = texts(page(inside=sources))
    assert_article_kept(found)
    assert not any("Valley Herald" in text or text == "Sources:" for text in found)
    assert is_citation("Smith, J. (2021). Water rights in dry regions. Lakeview University Press.")
    assert not is_citation("The summit will take place in Geneva, Switzerland, on March 5, 2026.")


def test_paragraphs_that_are_mostly_a_cite_are_references():
    entries = [
        "Valley Herald: River talks stall as the drought deepens in the northern valleys",
        "Lakeview Courier: Commission names a new chair after a long vacancy",
    ]
    cited = "<ol>" + "".join(f"<li><cite>{entry}</cite></li>" for entry in entries) + "</ol>"
    assert kept_blocks(page(inside=cited), entries) == ARTICLE
    quoted = "<p>" + ARTICLE[0] + " <cite>Valley Herald</cite></p>"  # a paragraph that names its source stays
    assert kept_blocks(page(inside=quoted), [ARTICLE[0] + " Valley Herald"]) == ARTICLE + [ARTICLE[0] + " Valley Herald"]


def test_bare_photo_credit_lines_are_dropped_but_captions_with_a_slash_stay():
    figure = (
        "<figure><img src='dam.jpg' alt=''><figcaption>Carla Mendes/Cuartoscuro</figcaption></figure>"
        "<p>Carla Mendes/Cuartoscuro</p>"
    )
    content = page().replace(b"<div class='article-body'><p>", b"<div class='article-body'>" + figure.encode() + b"<p>", 1)
    found = texts(content)
    assert_article_kept(found)
    assert "Carla Mendes/Cuartoscuro" not in found
    assert is_credit_line("Antonio Ruiz/Pool/Getty Images") and is_credit_line("AP Photo/Jane Doe")
    assert is_credit_line("City Council / Flickr")
    assert not is_credit_line("Ukraine/Russia talks resume in Geneva")
    assert not is_credit_line("Vendors/ Market stalls/ City of Lakeview")
