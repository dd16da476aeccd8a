"""A failing feed backs off exponentially (capped), is reported once per streak, and resets on success."""
from __future__ import annotations

from datetime import timedelta

from fakes.web import Route, rss

from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.db.feeds import FeedRepo


class RecordingNotifier:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    async def feed_failing(self, channel, feed_url, error, failures):
        self.calls.append(("failing", channel, failures, error))

    async def feed_recovered(self, channel, feed_url):
        self.calls.append(("recovered", channel))


async def test_backoff_report_once_and_reset(web, store, clock):
    notifier = RecordingNotifier()
    repo = FeedRepo(store, clock)
    fetcher = Fetcher(allow_private=True, timeout=5)
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock, notifier=notifier,
                    report_after=2, backoff_cap=3600)
    web.routes["/rss"] = Route(status=500)
    feed, _ = repo.subscribe("webhook:a", web.url("/rss"), 600)
    repo.subscribe("webhook:b", web.url("/rss"), 600)
    delays = []
    for _ in range(5):
        start = clock()
        (r,) = await poller.poll_due()
        assert r.status == "error" and "HTTP 500" in r.error
        info = repo.feed(feed.id)
        delays.append(info.next_poll - start)
        assert await poller.poll_due() == []  # backing off: not due
        clock.now = info.next_poll
    assert delays == [timedelta(seconds=s) for s in (600, 1200, 2400, 3600, 3600)]
    failing = [c for c in notifier.calls if c[0] == "failing"]
    assert [(c[1], c[2]) for c in failing] == [("webhook:a", 2), ("webhook:b", 2)]  # once per channel
    assert "HTTP 500" in failing[0][3]
    assert len(web.hits_for("/rss")) == 5

    web.routes["/rss"] = Route(rss([]))
    (ok,) = await poller.poll_due()
    info = repo.feed(feed.id)
    assert ok.status == "baseline" and info.consecutive_failures == 0 and not info.reported_failure
    assert info.last_error is None and info.next_poll - clock() == timedelta(seconds=600)
    assert notifier.calls[-2:] == [("recovered", "webhook:a"), ("recovered", "webhook:b")]

    # A new streak is reported again, once.
    web.routes["/rss"] = Route(status=503)
    for _ in range(3):
        clock.now = repo.feed(feed.id).next_poll
        await poller.poll_due()
    assert len([c for c in notifier.calls if c[0] == "failing"]) == 4
    await fetcher.aclose()


async def test_notifier_failure_does_not_break_polling(web, store, clock):
    class Broken(RecordingNotifier):
        async def feed_failing(self, *a):
            raise RuntimeError("chat down")

    repo = FeedRepo(store, clock)
    fetcher = Fetcher(allow_private=True, timeout=5)
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock, notifier=Broken(), report_after=1)
    repo.subscribe("webhook:a", web.url("/nope"), 600)
    (r,) = await poller.poll_due()
    assert r.status == "error" and repo.feed(r.feed_id).reported_failure
    await fetcher.aclose()
