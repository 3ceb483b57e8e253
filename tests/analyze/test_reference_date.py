"""A page rewritten years after it was first published: its relative dates and the office holders it names are read
against the rewrite (Article.reference_date), not against the first publication date."""
from detente.model import RawDocument
from detente.process import process

PAGE = """<html><head><title>What is Nato and who is in it?</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "What is Nato and who is in it?",
 "datePublished": "2012-05-10T10:00:00Z", "dateModified": "2025-06-20T09:00:00Z"}</script></head>
<body><article><h1>What is Nato and who is in it?</h1>
<p>Nato was founded in 1949 by twelve countries that pledged to defend one another against attack.</p>
<p>Finland joined the alliance in 2023 and Sweden followed in 2024, after Russia invaded Ukraine.</p>
<p>On Tuesday, Russian forces attacked the Ukrainian city of Kharkiv with drones, Ukrainian officials said.</p>
</article></body></html>"""


def test_relative_dates_of_a_rewritten_explainer_are_read_against_the_rewrite():
    document = process(RawDocument(source="nato.html", content=PAGE.encode(), kind="html"))
    assert document.article.published == "2012-05-10"
    assert document.article.updated == "2025-06-20"
    attacks = [e for e in document.events if e.type == "ASSAULT" and "Kharkiv" in e.evidence.sentence]
    assert attacks, [(e.type, e.evidence.sentence) for e in document.events]
    assert attacks[0].date == "2025-06-17"  # the Tuesday before the rewrite, not a Tuesday of May 2012
