"""A feed that mixes languages: supported articles are stored, an unsupported one is logged and skipped."""
from __future__ import annotations

import logging

from fakes.web import Route, page, rss
from langtexts import TEXTS, UNSUPPORTED
from sqlalchemy import select

from bot.db.feeds import FeedRepo
from bot.db.schema import ArticleRow
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller


async def test_unsupported_language_entry_is_logged_and_the_rest_stored(web, store, clock, caplog) -> None:
    fetcher = Fetcher(allow_private=True, timeout=5.0, max_bytes=5 * 1024 * 1024)  # generous: a loaded CI machine; these tests are not about timeouts
    repo = FeedRepo(store, clock)
    poller = Poller(repo, Digests(store, clock=clock), fetcher, clock=clock)
    web.routes["/rss"] = Route(rss([]), content_type="application/rss+xml")
    repo.subscribe("webhook:alpha", web.url("/rss"), 900)
    await poller.poll_due()  # the baseline: nothing yet
    web.routes["/rss"] = Route(rss([{"title": "Мост через фьорд", "link": web.url("/ru"), "guid": "ru"},
                                    {"title": "노르웨이 다리", "link": web.url("/ko"), "guid": "ko"}]),
                               content_type="application/rss+xml")
    web.routes["/ru"] = Route(page("Мост через фьорд", TEXTS["ru"][0].split("\n")[1:]))
    web.routes["/ko"] = Route(page("노르웨이 다리", [UNSUPPORTED["ko"]]))
    clock.advance(minutes=16)
    with caplog.at_level(logging.WARNING, logger="bot.feeds.poller"):
        (report,) = await poller.poll_due()
    await fetcher.aclose()
    assert report.status == "ok" and report.added == 1
    with store.session() as s:
        (row,) = s.scalars(select(ArticleRow))
    assert "Согне-фьорд" in row.text
    skips = [r.getMessage() for r in caplog.records if "not supported" in r.getMessage()]
    assert len(skips) == 1 and "language 'ko' is not supported (supported: ar, bn, cs, de, el, en, es, fr, it, ja, pl, pt, ru, sv, zh)" in skips[0]
