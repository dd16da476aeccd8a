"""Real polls for two workspaces: a feed's new entries reach exactly the channels following it then."""
from __future__ import annotations

import pytest
from fakes.web import BRIDGE, FLOOD, STRIKE, Route, page, rss

from bot.core.service import Audience, DigestRequest
from bot.db.feeds import FeedRepo
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller

T1C1, T1C2, T2C1, T2C2 = (Audience.channel("slack", w, c) for w in ("T1", "T2") for c in ("C1", "C2"))


@pytest.fixture
async def env(store, clock):  # type: ignore[no-untyped-def]
    fetcher = Fetcher(allow_private=True, timeout=10.0, max_bytes=5 * 1024 * 1024)  # no test of timeouts here
    repo = FeedRepo(store, clock)
    digests = Digests(store, clock=clock)
    yield Poller(repo, digests, fetcher, clock=clock), repo, digests
    await fetcher.aclose()


def told(digests: Digests, audience: Audience) -> set[str]:
    """Which of the stories (flood, strike, bridge) the audience's digest tells."""
    text = " ".join(i.text for i in digests.build(DigestRequest(audience)).items)
    return {name for marker, name in [("120 homes", "flood"), ("1,400 members", "strike"), ("Mill Canal", "bridge")]
            if marker in text}


async def test_polled_entries_reach_only_the_channels_that_follow_the_feed(web, env, clock) -> None:  # type: ignore[no-untyped-def]
    poller, repo, digests = env
    web.routes["/shared.rss"] = Route(rss([]))
    web.routes["/t1.rss"] = Route(rss([], title="T1 wire"))
    for audience, path in [(T1C1, "/shared.rss"), (T2C1, "/shared.rss"), (T1C2, "/t1.rss")]:
        repo.subscribe(audience.key, web.url(path), 900)
    first = await poller.poll_due()
    assert {r.status for r in first} == {"baseline"}, [r.line() for r in first]

    web.routes["/flood"] = Route(page("Flood in Riverton", FLOOD))
    web.routes["/strike"] = Route(page("Dockers strike", STRIKE))
    web.routes["/shared.rss"] = Route(rss([{"title": "Flood in Riverton", "link": web.url("/flood"), "guid": "f"}]))
    web.routes["/t1.rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/strike"), "guid": "s"},
                                       {"title": "Flood (wire copy)", "link": web.url("/flood?utm_source=t1"),
                                        "guid": "f-copy"}], title="T1 wire"))
    clock.advance(minutes=16)
    reports = await poller.poll_due()
    assert sorted((r.added, r.duplicates) for r in reports) == [(1, 0), (1, 1)]  # the wire copy: a URL duplicate
    assert {a.key: told(digests, a) for a in (T1C1, T1C2, T2C1, T2C2)} == {
        T1C1.key: {"flood"}, T1C2.key: {"strike", "flood"}, T2C1.key: {"flood"}, T2C2.key: set()}

    # T2/C2 follows the shared feed now: nothing of what came before, only what comes after
    repo.subscribe(T2C2.key, web.url("/shared.rss"), 900)
    assert told(digests, T2C2) == set()
    web.routes["/bridge"] = Route(page("Bridge approved", BRIDGE))
    web.routes["/shared.rss"] = Route(rss([{"title": "Bridge approved", "link": web.url("/bridge"), "guid": "b"},
                                           {"title": "Flood in Riverton", "link": web.url("/flood"), "guid": "f"}]))
    clock.advance(minutes=16)
    await poller.poll_due()
    assert told(digests, T2C2) == {"bridge"}
    assert told(digests, T1C1) == told(digests, T2C1) == {"flood", "bridge"}
    assert told(digests, T1C2) == {"strike", "flood"}
    assert repo.channel_article_ids(T2C2.key) < repo.channel_article_ids(T2C1.key)
