"""Feed parsing (RSS 2.0, Atom, ill-formed, hopeless) and URL canonicalisation."""
from __future__ import annotations

from datetime import datetime

import pytest
from fakes.web import atom, rss

from bot.feeds.parse import FeedParseError, html_to_text, parse_feed
from bot.feeds.urls import BadFeedUrl, canonical_url, check_feed_url, fingerprint


def test_rss2():
    doc = rss([
        {"title": "Flood in Riverton", "link": "http://n.test/flood", "guid": "g-1",
         "description": "<p>Rain &amp; more rain.</p>", "pubDate": "Mon, 03 Mar 2025 07:00:00 GMT"},
        {"title": "Strike at the port", "link": "http://n.test/strike", "description": "Dockers out."},
    ])
    feed = parse_feed(doc, "http://n.test/rss")
    assert feed.title == "Riverton Gazette" and not feed.warning
    a, b = feed.entries
    assert (a.guid, a.link, a.title, a.summary) == ("g-1", "http://n.test/flood", "Flood in Riverton", "Rain & more rain.")
    assert a.published == datetime(2025, 3, 3, 7, 0)
    assert b.guid == "http://n.test/strike" and b.published is None  # no guid: the link identifies it


def test_atom_and_relative_links():
    doc = atom([{"id": "urn:e1", "title": "Bridge approved", "link": "/bridge", "updated": "2025-03-04T10:00:00Z",
                 "summary": "A new bridge."}])
    feed = parse_feed(doc, "http://h.test/atom.xml")
    (e,) = feed.entries
    assert e.guid == "urn:e1" and e.link == "http://h.test/bridge" and e.published == datetime(2025, 3, 4, 10)


def test_stamp_changes_with_updated_or_content():
    one = parse_feed(atom([{"id": "x", "title": "T", "link": "http://h.test/x", "updated": "2025-03-04T10:00:00Z"}]))
    two = parse_feed(atom([{"id": "x", "title": "T", "link": "http://h.test/x", "updated": "2025-03-05T10:00:00Z"}]))
    assert one.entries[0].stamp != two.entries[0].stamp


def test_ill_formed_feed_keeps_usable_entries():
    doc = rss([{"title": "Good entry", "link": "http://n.test/good", "description": "fine"}]).replace(
        b"</channel></rss>", b"<item><title>Broken & unescaped</title><link>http://n.test/broken</link></item>"
                             b"</channel>")  # bare '&' and a missing </rss>
    feed = parse_feed(doc, "http://n.test/rss")
    assert feed.warning.startswith("ill-formed feed")
    assert "http://n.test/good" in [e.link for e in feed.entries]


@pytest.mark.parametrize("doc", [b"<html><body><p>Not a feed at all</p></body></html>", b"\x00\x01garbage<<<", b""])
def test_hopeless_documents_are_one_line_errors(doc):
    with pytest.raises(FeedParseError) as err:
        parse_feed(doc, "http://n.test/bad")
    assert "not a usable feed" in str(err.value) and "\n" not in str(err.value)


def test_html_to_text():
    assert html_to_text("<p>One &amp; two</p><p>Three<br>four</p>") == "One & two\nThree\nfour"


def test_canonical_url():
    assert canonical_url("HTTP://News.Test:80/a/b?utm_source=x&id=3&utm_medium=rss&fbclid=9#top") == \
        "http://news.test/a/b?id=3"
    assert canonical_url("https://n.test:8443/x?b=2&a=1") == "https://n.test:8443/x?a=1&b=2"
    assert canonical_url("https://n.test") == "https://n.test/"


def test_fingerprint_ignores_case_punctuation_spacing():
    assert fingerprint("Hello,   World!") == fingerprint("hello world")
    assert fingerprint("hello world") != fingerprint("hello worlds")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x.test/feed", "http://localhost/feed",
                                 "http://127.0.0.1:8080/feed", "http://10.1.2.3/feed", "http://[::1]/f",
                                 "http://169.254.169.254/latest"])
def test_feed_url_policy_refuses(url):
    with pytest.raises(BadFeedUrl):
        check_feed_url(url)


def test_feed_url_policy_allows():
    assert check_feed_url(" https://news.test/rss ") == "https://news.test/rss"
    assert check_feed_url("http://127.0.0.1:8080/feed", allow_private=True)


def test_a_character_reference_out_of_unicode_is_refused_in_words() -> None:
    doc = b'<?xml version="1.0"?><rss version="2.0"><channel><title>&#2000000;</title></channel></rss>'
    with pytest.raises(FeedParseError, match="not a usable feed"):
        parse_feed(doc, "https://news.example/feed")


def test_control_characters_never_reach_the_store() -> None:
    """An ill-formed feed parsed leniently: NUL and escapes are dropped from title, link and guid."""
    from bot.feeds.parse import parse_feed

    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed\x01 \x00name</title><item>'
            b'<title>Bad\x00 title\x1b[31m</title><link>https://example.org/a\x00b</link><guid>g\x00\x01-1</guid>'
            b'<description>The council approved the plan on Monday.</description></item></channel></rss>')
    feed = parse_feed(data, url="https://example.org/feed")
    [entry] = feed.entries
    assert feed.title == "Feed name" and entry.title == "Bad title[31m"
    assert entry.link == "https://example.org/ab" and "\x00" not in entry.guid and "\x01" not in entry.guid
