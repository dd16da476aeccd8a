"""The units of work on both stores: each does its work once, whatever runs it (the runtime or a worker)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import AsyncIterator

import pytest

from fakes.web import Route, rss

from bot.feeds.fetch import Fetcher
from bot.platforms.webhook import WebhookAdapter
from bot.scheduling.spec import parse_spec
from bot.tasks.units import Units

CH = "webhook:units"


@pytest.fixture
async def units(store, clock) -> AsyncIterator[Units]:  # type: ignore[no-untyped-def]
    """Units over the store with a webhook adapter and the test clock."""
    adapter = WebhookAdapter(timeout=2)
    u = Units(store, {"webhook": adapter}, fetcher=Fetcher(allow_private=True, timeout=10), clock=clock)
    yield u
    await u.fetcher.aclose()
    await adapter.aclose()


async def test_a_feed_is_polled_only_while_due(units, clock, web) -> None:  # type: ignore[no-untyped-def]
    web.routes["/f.rss"] = Route(rss([]))
    feed, _ = units.feeds.subscribe(CH, web.url("/f.rss"), 900)
    assert units.due_feeds() == [feed.id]
    report = await units.poll_feed(feed.id)
    assert report is not None and report.status == "baseline"
    assert units.due_feeds() == [] and await units.poll_feed(feed.id) is None
    assert await units.poll_feed(feed.id + 1000) is None  # gone
    assert len(web.hits) == 1
    clock.advance(minutes=16)
    assert units.due_feeds() == [feed.id]


async def test_a_digest_due_at_t_runs_once_and_records_the_run(units, clock, chat) -> None:  # type: ignore[no-untyped-def]
    units.feeds.ensure_channel(CH, chat.url)
    due = datetime(2025, 3, 3, 9, 0)
    assert await units.digest(CH, due) is None and units.schedules.get(CH) is None  # no schedule: nothing runs
    units.schedules.set(CH, parse_spec("daily 09:00", "UTC"))
    assert units.due_digests() == []  # set at 08:00, not fired yet
    clock.advance(hours=1, minutes=30)
    assert units.due_digests() == [(CH, due)]
    calls: list[str] = []
    run = units.jobs.run

    async def counted(channel: str) -> int | None:
        calls.append(channel)
        return await run(channel)

    units.jobs.run = counted  # type: ignore[method-assign]
    assert await units.digest(CH, due) is None  # nothing new to tell, but it ran
    schedule = units.schedules.get(CH)
    assert schedule is not None and schedule.last_run_at == clock()
    assert await units.digest(CH, due) is None and calls == [CH]  # the same due time: skipped
    assert units.due_digests() == []
    assert await units.digest(CH, due + timedelta(days=1)) is None and calls == [CH, CH]


async def test_due_outbox_waits_for_a_rows_retry_time(units, clock) -> None:  # type: ignore[no-untyped-def]
    oid = units.outbox.enqueue_notice(CH, "webhook", "http://127.0.0.1:9/nowhere", "hello")
    assert units.due_outbox() == [(oid, CH)]
    assert await units.deliver(oid) == "pending"  # refused connection: retried later
    assert units.due_outbox() == []
    clock.advance(hours=2)
    assert units.due_outbox() == [(oid, CH)]


async def test_schedules_sharing_a_spec_are_due_by_their_own_last_run(units, clock, store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from bot.db.schema import ScheduleRow

    for n in range(4):  # set at 08:00 (the clock's start)
        units.schedules.set(f"{CH}{n}", parse_spec("daily 09:00", "UTC") if n < 3 else parse_spec("daily 16:00", "Asia/Tokyo"))
    units.schedules.set(f"{CH}bad", parse_spec("daily 09:00", "UTC"))
    with store.session() as s:
        s.execute(update(ScheduleRow).where(ScheduleRow.channel == f"{CH}bad").values(spec="fortnightly at noon"))
    clock.advance(hours=1, minutes=30)  # 09:30 UTC (18:30 in Tokyo: its 16:00 fired at 07:00 UTC, before it was set)
    await units.digest(f"{CH}1", datetime(2025, 3, 3, 9, 0))  # channel 1 has run today's
    assert units.due_digests() == [(f"{CH}0", datetime(2025, 3, 3, 9, 0)), (f"{CH}2", datetime(2025, 3, 3, 9, 0))]
    clock.advance(days=1)  # the next day, 09:30 UTC: every valid schedule fired again after its last run
    assert [c for c, _ in units.due_digests()] == [f"{CH}{n}" for n in range(4)]
    assert {due for _, due in units.due_digests()} == {datetime(2025, 3, 4, 9, 0), datetime(2025, 3, 4, 7, 0)}
