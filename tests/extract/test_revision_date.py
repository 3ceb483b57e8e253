"""A page rewritten long after it was first published: relative dates read against the rewrite (extract.dates)."""
from detente.extract import extract
from detente.extract.dates import revision_date
from detente.model import RawDocument

BODY = ("<p>Nato was founded in 1949 by twelve countries that pledged to defend one another against attack.</p>"
        "<p>Finland joined in 2023 and Sweden in 2024, after Russia's full-scale invasion of Ukraine.</p>"
        "<p>Leaders will meet in The Hague on Thursday to discuss a new spending target for the alliance.</p>")


def page(published: str, modified: str, body: str = BODY) -> bytes:
    return f"""<html><head><title>What is Nato?</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "What is Nato?",
 "datePublished": "{published}T10:00:00Z", "dateModified": "{modified}T09:00:00Z"}}</script></head>
<body><article><h1>What is Nato?</h1>{body}</article></body></html>""".encode()


def test_an_explainer_rewritten_years_later_reads_its_dates_against_the_rewrite():
    article = extract(RawDocument(source="nato.html", content=page("2012-05-10", "2025-06-20"), kind="html"))
    assert article.published == "2012-05-10"  # the page's own publication date stays
    assert article.updated == "2025-06-20"
    assert article.reference_date == "2025-06-20"


def test_a_story_touched_up_days_later_keeps_its_publication_date():
    article = extract(RawDocument(source="nato.html", content=page("2024-12-21", "2025-01-02"), kind="html"))
    assert article.updated is None
    assert article.reference_date == "2024-12-21"


def test_a_late_modified_date_without_later_years_in_the_text_is_no_rewrite():
    assert revision_date("2012-05-10", "2025-06-20", "Nato was founded in 1949.") is None
    assert revision_date("2012-05-10", "2025-06-20", "Finland joined in 2023.") == "2025-06-20"
    assert revision_date("2012-05-10", "2011-01-01", "Finland joined in 2023.") is None  # modified before published
    assert revision_date(None, "2025-06-20", "Finland joined in 2023.") is None


def test_a_date_the_source_gives_wins_over_the_page():
    raw = RawDocument(source="nato.html", content=page("2012-05-10", "2025-06-20"), kind="html", published="2012-05-10")
    assert extract(raw).reference_date == "2012-05-10"
