"""Polling many feeds: concurrently within a bound, and a total deadline per fetch and per feed."""
from __future__ import annotations

import time

from fakes.web import FLOOD, Route, page, rss

from bot.db.feeds import FeedRepo
from bot.digests import Digests
from bot.feeds.fetch import FetchError, Fetcher
from bot.feeds.poller import Poller


async def test_a_trickling_server_is_cut_off_by_the_total_deadline(web):
    """One byte every 0.1 s never trips a per-read timeout; the whole answer's deadline ends it."""
    web.routes["/slow"] = Route(trickle=True, content_type="application/rss+xml")
    fetcher = Fetcher(allow_private=True, timeout=1, total_timeout=1.5)
    start = time.monotonic()
    try:
        await fetcher.get(web.url("/slow"))
        raise AssertionError("a trickled answer must not complete")
    except FetchError as exc:
        assert "no complete answer within 1.5s" in str(exc)
    finally:
        await fetcher.aclose()
    assert 1.4 < time.monotonic() - start < 4


async def test_a_trickling_feed_fails_its_poll_quickly_and_others_still_arrive(web, store, clock):
    web.routes["/slow"] = Route(trickle=True, content_type="application/rss+xml")
    web.routes["/rss"] = Route(rss([{"title": "Flood", "link": web.url("/flood"), "guid": "f"}]),
                               content_type="application/rss+xml")
    repo = FeedRepo(store, clock)
    repo.subscribe("webhook:a", web.url("/slow"), 900)
    repo.subscribe("webhook:a", web.url("/rss"), 900)
    fetcher = Fetcher(allow_private=True, timeout=5)  # the per-read timeout alone would never fire
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock, feed_deadline=1.0)
    start = time.monotonic()
    slow, ok = await poller.poll_due()
    elapsed = time.monotonic() - start
    await fetcher.aclose()
    assert slow.status == "error" and "within 1s" in slow.error
    assert ok.status == "baseline" and ok.added == 1
    assert elapsed < 4


async def test_feeds_are_polled_concurrently_within_the_bound(web, store, clock):
    repo = FeedRepo(store, clock)
    for n in range(6):
        web.routes[f"/f{n}"] = Route(rss([{"title": f"Story {n}", "link": web.url(f"/p{n}"), "guid": f"g{n}"}]),
                                     content_type="application/rss+xml", delay=0.4)
        repo.subscribe("webhook:a", web.url(f"/f{n}"), 900)
    fetcher = Fetcher(allow_private=True, timeout=5)
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock, feed_concurrency=3)
    reports = await poller.poll_all()
    await fetcher.aclose()
    assert [r.status for r in reports] == ["baseline"] * 6
    assert [r.url for r in reports] == [web.url(f"/f{n}") for n in range(6)]  # reports keep the feeds' order
    assert web.most_active == 3  # concurrent (one after another would never pass 1), never more than the bound


async def test_pages_not_fetched_by_the_feed_deadline_fall_back_to_the_summary(web, store, clock):
    repo = FeedRepo(store, clock)
    fetcher = Fetcher(allow_private=True, timeout=5)
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock, feed_deadline=1.0)
    web.routes["/rss"] = Route(rss([]), content_type="application/rss+xml")
    repo.subscribe("webhook:a", web.url("/rss"), 900)
    await poller.poll_due()
    web.routes["/rss"] = Route(rss([{"title": "Flood in Riverton", "link": web.url("/flood"), "guid": "f",
                                     "description": " ".join(FLOOD)}]), content_type="application/rss+xml")
    web.routes["/flood"] = Route(page("Flood in Riverton", FLOOD), trickle=True)
    clock.advance(minutes=16)
    start = time.monotonic()
    (r,) = await poller.poll_due()
    assert time.monotonic() - start < 4
    await fetcher.aclose()
    assert (r.status, r.added) == ("ok", 1)
