"""``feeds add`` checks a feed first: words for what is wrong, discovery from a site's page, one feed per URL variant."""
from __future__ import annotations

import pytest
from fakes.web import Route, atom, rss

from bot.chat.settings import Manager
from bot.feeds.fetch import Fetcher
from bot.feeds.probe import FeedProblem, feed_links, probe_feed, probe_sync
from bot.feeds.urls import feed_key, feed_url

CH = "webhook:probe"
FEED = rss([{"title": "Flood in Riverton", "link": "http://example.org/flood", "guid": "f"}])


def site(*links: str) -> bytes:
    heads = "".join(links)
    return (f"<!DOCTYPE html><html><head><title>Riverton Gazette</title>{heads}</head>"
            "<body><p>Welcome to our news site.</p></body></html>").encode()


async def probe(web, path: str):
    fetcher = Fetcher(allow_private=True, timeout=2)
    try:
        return await probe_feed(web.url(path), fetcher, allow_private=True)
    finally:
        await fetcher.aclose()


async def problem(web, path: str) -> str:
    with pytest.raises(FeedProblem) as exc:
        await probe(web, path)
    return str(exc.value)


async def test_a_feed_is_accepted_with_its_title_and_entries(web):
    web.routes["/rss"] = Route(FEED, content_type="application/rss+xml")
    found = await probe(web, "/rss")
    assert (found.url, found.title, found.entries, found.discovered) == (web.url("/rss"), "Riverton Gazette", 1, False)


async def test_what_is_wrong_is_said_in_words(web):
    assert await problem(web, "/nothing") == "there is nothing at that address (HTTP 404); check the URL"
    web.routes["/page"] = Route(site())
    assert "a web page, not a feed, and it names no RSS or Atom feed" in await problem(web, "/page")
    web.routes["/json"] = Route(b'{"items": []}', content_type="application/json")
    assert await problem(web, "/json") == ("the address returns application/json content that is not XML, "
                                           "so not an RSS or Atom feed")
    web.routes["/xml"] = Route(b"<?xml version='1.0'?><catalog><book>A</book></catalog>", content_type="text/xml")
    assert await problem(web, "/xml") == "the address returns XML that is not an RSS or Atom feed"
    web.routes["/broken"] = Route(status=500)
    assert "server error right now (HTTP 500)" in await problem(web, "/broken")
    for text in [await problem(web, p) for p in ("/nothing", "/page", "/json", "/xml")]:
        assert "Exception" not in text and "SAX" not in text


async def test_a_dead_host_is_named():
    fetcher = Fetcher(allow_private=True, timeout=2)
    with pytest.raises(FeedProblem) as exc:
        await probe_feed("http://127.0.0.1:1/rss", fetcher, allow_private=True)  # nothing listens on port 1
    await fetcher.aclose()
    assert str(exc.value) == "cannot reach 127.0.0.1 (the host does not exist or no server answers there)"


async def test_the_feed_a_site_names_is_discovered(web):
    web.routes["/"] = Route(site('<link rel="stylesheet" href="/s.css">',
                                 '<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">',
                                 '<link rel="alternate" type="application/rss+xml" href="/rss">'))
    web.routes["/atom.xml"] = Route(atom([{"id": "a", "title": "Strike", "link": "http://example.org/s",
                                           "updated": "2025-03-01T00:00:00Z"}]), content_type="application/atom+xml")
    found = await probe(web, "/")
    assert (found.url, found.title, found.discovered) == (web.url("/atom.xml"), "Harbor Times", True)


async def test_a_named_feed_that_is_broken_is_reported(web):
    web.routes["/"] = Route(site('<link rel="alternate" type="application/rss+xml" href="/gone.rss">'))
    text = await problem(web, "/")
    assert text == f"the page names a feed at {web.url('/gone.rss')}, but there is nothing at that address (HTTP 404); check the URL"


def test_feed_links_resolve_relative_and_base_hrefs():
    html = ('<html><head><base href="https://cdn.test/news/"><link rel="Alternate Feed" type="application/rss+xml; '
            'charset=utf-8" href="rss.xml"><link rel="alternate" type="text/html" href="/fr/"></head></html>')
    assert feed_links(html, "https://site.test/") == ["https://cdn.test/news/rss.xml"]
    assert feed_links("<html><link rel=alternate type=application/atom+xml href='//x.test/a'>", "https://s.test/") == [
        "https://x.test/a"]


def test_url_variants_of_one_feed_have_one_key():
    variants = ["https://News.Example.com/rss", "http://news.example.com:80/rss/", "HTTPS://news.example.com:443/rss",
                "https://news.example.com/rss?utm_source=tw&fbclid=1#top"]
    assert {feed_key(v) for v in variants} == {"//news.example.com/rss"}
    assert feed_key("https://news.example.com/rss?b=2&a=1") == feed_key("http://news.example.com/rss/?a=1&b=2")
    assert feed_key("https://news.example.com/rss") != feed_key("https://news.example.com/atom")
    assert feed_key("https://other.example.com/rss") != feed_key("https://news.example.com/rss")
    # Stored form: credentials and parameter order kept (a token is a parameter), tracking dropped.
    assert feed_url("HTTPS://bob:pw@News.test:443/rss?token=t&utm_medium=x&page=2#f") == (
        "https://bob:pw@news.test/rss?token=t&page=2")


def test_add_checks_the_feed_and_treats_variants_as_one(web, store, clock):
    web.routes["/rss"] = Route(FEED, content_type="application/rss+xml")
    web.routes["/"] = Route(site('<link rel="alternate" type="application/rss+xml" href="/rss">'))
    manager = Manager(store, clock=clock, allow_private=True,
                      probe=lambda url: probe_sync(url, allow_private=True, timeout=2))
    assert manager.add_feed(CH, web.url("/missing"), True) == (
        "Cannot add that feed: there is nothing at that address (HTTP 404); check the URL.")
    first = manager.add_feed(CH, web.url("/"), True)
    assert first.startswith(f"Following {web.url('/rss')} (checked every 15m). Found it on the page you gave: "
                            "Riverton Gazette.")
    host = web.url("/").split("//")[1].rstrip("/")
    for variant in (f"HTTP://{host.upper()}/rss/", f"http://{host}/rss?utm_source=newsletter", f"https://{host}/rss"):
        assert manager.add_feed(CH, variant, True) == f"This channel already follows {web.url('/rss')}."
    assert [f.url for f in manager.feeds.subscriptions(CH)] == [web.url("/rss")]
    hits = len(web.hits)
    assert manager.add_feed("webhook:other", f"http://{host}/rss/", True).startswith(f"Following {web.url('/rss')}")
    assert len(web.hits) == hits  # a feed already known is not fetched again
    assert manager.list_feeds(CH).startswith(f"1. Riverton Gazette <{web.url('/rss')}>")
