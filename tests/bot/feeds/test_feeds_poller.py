"""The poller against a local feed server: baseline, conditional GET, de-duplication, versions, atomicity."""
from __future__ import annotations

import pytest
from fakes.web import BRIDGE, FLOOD, FLOOD_UPDATE, STRIKE, Route, atom, page, rss
from sqlalchemy import func, select

from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.db.schema import EntryRow
from bot.feeds.poller import Poller
from bot.db.feeds import FeedRepo
from bot.core.service import Audience, DigestRequest
from bot.db.schema import ArticleRow

ALPHA, BETA = "webhook:alpha", "webhook:beta"


@pytest.fixture
async def env(store, clock):
    fetcher = Fetcher(allow_private=True, timeout=5.0, max_bytes=5 * 1024 * 1024)  # generous: a loaded CI machine; these tests are not about timeouts
    repo = FeedRepo(store, clock)
    digests = Digests(store, clock=clock)
    poller = Poller(repo, digests, fetcher, clock=clock)
    yield poller, repo, digests
    await fetcher.aclose()


def articles(store) -> list[ArticleRow]:
    with store.session() as s:
        return list(s.scalars(select(ArticleRow).order_by(ArticleRow.seq)))


def entry_count(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(EntryRow))


def digest_text(digests: Digests, repo: FeedRepo, channel: str) -> tuple[str, object]:
    d = digests.build(DigestRequest(Audience(channel), only=repo.channel_article_ids(channel)))
    return "\n".join(f"{s.title} :: " + " | ".join(i.text for i in s.items) for s in d.stories), d


async def poll(poller, clock, minutes=16):
    clock.advance(minutes=minutes)
    return await poller.poll_due()


async def test_new_subscription_does_not_flood_then_only_new_entries_arrive(web, env, store, clock):
    poller, repo, digests = env
    web.routes["/rss"] = Route(rss([{"title": "Flood in Riverton", "link": web.url("/flood"), "guid": "flood"},
                                    {"title": "Bridge approved", "link": web.url("/bridge"), "guid": "bridge"}]),
                               content_type="application/rss+xml", etag='"e1"')
    web.routes["/flood"] = Route(page("Flood in Riverton", FLOOD))
    web.routes["/bridge"] = Route(page("Bridge approved", BRIDGE))
    repo.subscribe(ALPHA, web.url("/rss"), 900)

    (first,) = await poller.poll_due()
    assert first.status == "baseline" and first.added == 2
    assert articles(store) == [] and not web.hits_for("/flood")  # the back catalogue is not even fetched
    assert repo.channel_article_ids(ALPHA) == frozenset()
    assert digest_text(digests, repo, ALPHA)[1].stories == []

    assert await poller.poll_due() == []  # not due yet
    (second,) = await poll(poller, clock)
    assert second.status == "not-modified"
    assert web.hits_for("/rss")[-1].headers["if-none-match"] == '"e1"'

    web.routes["/rss"] = Route(rss([{"title": "Dockers strike at Harbor Point", "guid": "strike",
                                     "link": web.url("/strike?utm_source=rss&utm_medium=feed")},
                                    {"title": "Flood in Riverton", "link": web.url("/flood"), "guid": "flood"},
                                    {"title": "Bridge approved", "link": web.url("/bridge"), "guid": "bridge"}]),
                               etag='"e2"')
    web.routes["/strike?utm_source=rss&utm_medium=feed"] = Route(page("Dockers strike at Harbor Point", STRIKE))
    (third,) = await poll(poller, clock)
    assert (third.status, third.added, third.duplicates) == ("ok", 1, 0)
    (art,) = articles(store)
    assert "1,400 members" in art.text and art.title == "Dockers strike at Harbor Point"
    text, _ = digest_text(digests, repo, ALPHA)
    assert "strike" in text.lower() and "Riverton" not in text and "bridge" not in text.lower()

    # A channel subscribing now gets nothing of what is already there; ALPHA still has the strike.
    repo.subscribe(BETA, web.url("/rss"), 900)
    assert repo.channel_article_ids(BETA) == frozenset()
    assert repo.channel_article_ids(ALPHA) == frozenset({art.id})

    (fourth,) = await poll(poller, clock)  # 304 again: nothing re-ingested
    assert fourth.status == "not-modified" and len(articles(store)) == 1
    assert len(web.hits_for("/strike?utm_source=rss&utm_medium=feed")) == 1


async def _baseline(poller, repo, web, channel, path, doc_fn, title):
    web.routes[path] = Route(doc_fn([], title=title))
    repo.subscribe(channel, web.url(path), 900)
    reports = await poller.poll_due()
    assert all(r.status == "baseline" for r in reports)


async def test_dedupe_by_canonical_url_and_by_content(web, env, store, clock):
    poller, repo, digests = env
    await _baseline(poller, repo, web, ALPHA, "/one.xml", rss, "One")
    await _baseline(poller, repo, web, BETA, "/two.xml", atom, "Two")
    web.routes["/one.xml"] = Route(rss([{"title": "Bridge approved", "link": web.url("/bridge?utm_source=one"),
                                        "guid": "one-1"}]))
    web.routes["/two.xml"] = Route(atom([
        {"id": "two-1", "title": "Bridge approved", "link": web.url("/bridge?utm_campaign=two#comments"),
         "updated": "2025-03-03T09:00:00Z"},
        {"id": "two-2", "title": "Lakeside bridge", "link": web.url("/mirror/bridge"),
         "updated": "2025-03-03T09:05:00Z"}], title="Two"))
    web.routes["/bridge?utm_source=one"] = Route(page("Bridge approved", BRIDGE))
    web.routes["/mirror/bridge"] = Route(page("Bridge approved", BRIDGE))  # syndicated copy
    one, two = await poll(poller, clock)
    assert (one.added, one.duplicates) == (1, 0)
    assert (two.added, two.duplicates) == (0, 2)
    assert len(articles(store)) == 1
    assert not [h for h in web.hits if h.path.startswith("/bridge?utm_campaign")]  # URL duplicate: page not fetched
    # Both channels get the one article (it is new to each of them).
    assert repo.channel_article_ids(ALPHA) == repo.channel_article_ids(BETA) == frozenset({articles(store)[0].id})


async def test_changed_page_is_a_new_version_not_a_duplicate(web, env, store, clock):
    poller, repo, digests = env
    await _baseline(poller, repo, web, ALPHA, "/atom.xml", atom, "Harbor Times")

    def feed(updated: str) -> Route:
        return Route(atom([{"id": "urn:flood", "title": "Flood in Riverton", "link": web.url("/flood"),
                            "updated": updated, "summary": "Flooding in Riverton."}]))

    web.routes["/atom.xml"] = feed("2025-03-03T09:00:00Z")
    web.routes["/flood"] = Route(page("Flood in Riverton", FLOOD))
    (r1,) = await poll(poller, clock)
    assert (r1.added, r1.versions) == (1, 0)
    text, d = digest_text(digests, repo, ALPHA)
    assert "300 residents" in text
    digests.mark_delivered(Audience(ALPHA), d)

    (r2,) = await poll(poller, clock)  # unchanged feed: the page is not fetched again
    assert r2.added == 0 and len(web.hits_for("/flood")) == 1

    web.routes["/atom.xml"] = feed("2025-03-04T18:00:00Z")
    web.routes["/flood"] = Route(page("Flood in Riverton", FLOOD_UPDATE))
    (r3,) = await poll(poller, clock)
    assert (r3.added, r3.versions, r3.duplicates) == (1, 1, 0)
    first, second = articles(store)
    assert first.url == second.url and first.id != second.id
    text, d = digest_text(digests, repo, ALPHA)
    assert "210" in text or "governor" in text.lower()
    assert "300 residents" not in text  # what the channel was told is not repeated

    web.routes["/atom.xml"] = feed("2025-03-05T08:00:00Z")  # re-stamped, same text: nothing new
    (r4,) = await poll(poller, clock)
    assert (r4.added, r4.versions) == (0, 0) and len(articles(store)) == 2


async def test_page_failure_falls_back_to_feed_summary(web, env, store, clock):
    poller, repo, _ = env
    await _baseline(poller, repo, web, ALPHA, "/rss", rss, "G")
    web.routes["/rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/gone"), "guid": "s",
                                     "description": "<p>" + " ".join(STRIKE) + "</p>"}]))
    (r,) = await poll(poller, clock)
    assert r.added == 1 and web.hits_for("/gone")  # tried, got a 404
    (art,) = articles(store)
    assert "1,400 members" in art.text


async def test_ill_formed_feed_keeps_entries_and_hopeless_feed_is_one_line(web, env, store, clock):
    poller, repo, _ = env
    await _baseline(poller, repo, web, ALPHA, "/rss", rss, "G")
    web.routes["/rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/strike"), "guid": "s"}])
                               .replace(b"</channel></rss>", b"<item><title>A & B</title></item></channel>"))
    web.routes["/strike"] = Route(page("Dockers strike", STRIKE))
    (r,) = await poll(poller, clock)
    assert r.status == "ok" and r.added == 1 and r.warning.startswith("ill-formed")

    web.routes["/rss"] = Route(b"<html><body>Service temporarily unavailable</body></html>")
    (bad,) = await poll(poller, clock)
    assert bad.status == "error" and "not a usable feed" in bad.error and "\n" not in bad.line()
    assert len(articles(store)) == 1
    assert repo.feed(bad.feed_id).consecutive_failures == 1


@pytest.mark.parametrize("route", [Route(stream_bytes=10 * 1024 * 1024), Route(hang=True), Route(status=404),
                                   Route(location="/rss")])
async def test_broken_feed_stores_nothing(web, env, store, clock, route):
    poller, repo, _ = env
    web.routes["/rss"] = route
    repo.subscribe(ALPHA, web.url("/rss"), 900)
    (r,) = await poller.poll_due()
    assert r.status == "error" and r.error and "\n" not in r.error
    assert articles(store) == [] and entry_count(store) == 0
    feed = repo.feed(r.feed_id)
    assert feed.last_error == r.error and feed.etag is None and feed.last_success is None


async def test_crash_mid_feed_leaves_no_half_stored_article(web, env, store, clock, monkeypatch):
    poller, repo, digests = env
    await _baseline(poller, repo, web, ALPHA, "/rss", rss, "G")
    web.routes["/rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/strike"), "guid": "s",
                                     "pubDate": "Mon, 03 Mar 2025 07:00:00 GMT"},
                                    {"title": "Bridge approved", "link": web.url("/bridge"), "guid": "b",
                                     "pubDate": "Mon, 03 Mar 2025 08:00:00 GMT"}]), etag='"v1"')
    web.routes["/strike"] = Route(page("Dockers strike", STRIKE))
    web.routes["/bridge"] = Route(page("Bridge approved", BRIDGE))
    real_add = repo.add_entry
    calls = []

    def crash_on_second(session, *a, **kw):
        calls.append(a)
        if len(calls) == 2:
            real_add(session, *a, **kw)
            session.flush()  # the article and entry rows are written ... then the process "dies"
            raise RuntimeError("simulated crash")
        return real_add(session, *a, **kw)

    monkeypatch.setattr(repo, "add_entry", crash_on_second)
    (r,) = await poll(poller, clock)
    assert r.status == "error" and "simulated crash" in r.error
    assert [a.title for a in articles(store)] == ["Dockers strike"]
    assert entry_count(store) == 1  # baseline was empty: only the strike entry
    assert repo.feed(r.feed_id).etag is None  # validators not kept: the next poll re-reads the document
    assert len(digests.engine.stories.of_article) == 1  # no story assignment left behind either

    monkeypatch.setattr(repo, "add_entry", real_add)
    (again,) = await poll(poller, clock)
    assert (again.status, again.added) == ("ok", 1)
    assert sorted(a.title for a in articles(store)) == ["Bridge approved", "Dockers strike"]
    assert repo.feed(again.feed_id).etag == '"v1"'


async def test_extractor_crash_falls_back_to_the_summary(web, store, clock):
    async def broken(data, url):
        raise ValueError("parser bug")

    repo = FeedRepo(store, clock)
    fetcher = Fetcher(allow_private=True, timeout=5)
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock, extractor=broken)
    await _baseline(poller, repo, web, ALPHA, "/rss", rss, "G")
    web.routes["/rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/s"), "guid": "s",
                                     "description": " ".join(STRIKE)}]))
    web.routes["/s"] = Route(page("Dockers strike", STRIKE))
    (r,) = await poll(poller, clock)
    assert (r.status, r.added) == ("ok", 1) and "1,400 members" in articles(store)[0].text
    await fetcher.aclose()
