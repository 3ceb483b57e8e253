"""URL and RSS/Atom ingest against a real local HTTP server: user agent, feeds, errors, timeouts."""
from __future__ import annotations

from detente.ingest import IngestOptions, read_sources
from detente.ingest.options import USER_AGENT
from detente.model import RawDocument, Reject

from .conftest import article_html

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>First story</title><link>{base}/news/1</link><pubDate>Tue, 03 Feb 2026 18:00:00 GMT</pubDate></item>
<item><title>Second story</title><link>/news/2</link></item>
<item><title>Gone</title><link>{base}/news/gone</link></item>
<item><title>No link</title></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Atom story</title><link rel="alternate" href="{base}/news/1"/><published>2026-02-04T09:00:00Z</published></entry>
</feed>"""


def read(*sources, **options):
    return list(read_sources(list(sources), IngestOptions(**options)))


def test_a_page_url_is_fetched_with_our_user_agent(site):
    url = site.add("/news/1", article_html(1))
    (doc,) = read(url)
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.url, doc.kind) == (url, url, "html")
    assert "Geneva" in doc.content
    assert site.requested == ["/robots.txt", "/news/1"]
    assert site.user_agents == [USER_AGENT, USER_AGENT]


def test_an_rss_feed_is_expanded_into_its_entries(site):
    site.add("/news/1", article_html(1))
    site.add("/news/2", article_html(2))
    feed = site.add("/feed.xml", RSS.format(base=site.base), content_type="application/rss+xml")
    first, second, gone, no_link = read(feed)
    assert (first.url, first.title, first.published) == (f"{site.base}/news/1", "First story", "2026-02-03")
    assert second.url == f"{site.base}/news/2"  # relative links resolved against the feed
    assert isinstance(gone, Reject) and gone.source == f"{site.base}/news/gone" and gone.reason.startswith("HTTP 404")
    assert isinstance(no_link, Reject) and "no link" in no_link.reason


def test_an_atom_feed_served_as_plain_xml_is_recognised(site):
    site.add("/news/1", article_html(1))
    feed = site.add("/atom", ATOM.format(base=site.base), content_type="text/xml")
    (entry,) = read(feed)
    assert (entry.url, entry.title, entry.published) == (f"{site.base}/news/1", "Atom story", "2026-02-04")


def test_http_errors_and_unreachable_hosts_are_rejects(site):
    missing = f"{site.base}/nothing"
    results = read(missing, "http://127.0.0.1:9/closed")
    assert [type(r) for r in results] == [Reject, Reject]
    assert results[0].reason == "HTTP 404 Not Found"
    assert "fetch failed" in results[1].reason


def test_a_slow_server_times_out_instead_of_hanging(site):
    (result,) = read(f"{site.base}/slow", timeout=0.5)
    assert isinstance(result, Reject) and result.reason == "timed out after 0.5 s"


def test_a_server_that_trickles_bytes_hits_the_deadline(site):
    (result,) = read(f"{site.base}/drip", timeout=0.5)
    assert isinstance(result, Reject) and "timed out" in result.reason


def test_an_oversized_response_is_rejected(site):
    url = site.add("/huge", "<p>" + "x" * 5000 + "</p>")
    (result,) = read(url, max_bytes=1000)
    assert isinstance(result, Reject) and result.reason.startswith("too large")


def test_robots_txt_is_obeyed_for_pages_and_feed_entries(site):
    site.add("/robots.txt", "User-agent: Detente\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n", "text/plain")
    allowed = site.add("/news/1", article_html(1))
    private = site.add("/private/2", article_html(2))
    results = read(allowed, private)
    assert site.requested.count("/robots.txt") == 1, "read once per site for the whole run"
    assert isinstance(results[0], RawDocument)
    assert isinstance(results[1], Reject) and results[1].reason == f"disallowed by {site.base}/robots.txt for Detente"
    feed = site.add("/feed.xml", RSS.format(base=site.base).replace("/news/2", "/private/2"), "application/rss+xml")
    site.requested.clear()
    entries = read(feed)
    assert [type(e).__name__ for e in entries[:2]] == ["RawDocument", "Reject"]
    assert site.requested.count("/robots.txt") == 1, "read once for the feed and all its entries"


def test_robots_txt_can_be_ignored_and_a_server_error_blocks_the_site(site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain")
    url = site.add("/news/1", article_html(1))
    assert isinstance(read(url, obey_robots=False)[0], RawDocument)
    site.add("/robots.txt", "oops", "text/plain", status=503)
    (result,) = read(url)
    assert isinstance(result, Reject) and "server error" in result.reason
