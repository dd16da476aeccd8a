"""The task queue on a real PostgreSQL server: queueing locks, idempotent ticks, a worker polling a local feed."""
from __future__ import annotations

from datetime import datetime
from typing import AsyncIterator

import pytest
from fakes.web import FLOOD, STRIKE, Route, page, rss
from sqlalchemy import func, select, text

from bot.db.schema import EntryRow
from bot.db.store import Store
from bot.feeds.fetch import Fetcher
from bot.platforms.webhook import WebhookAdapter
from bot.scheduling.spec import parse_spec
from bot.tasks.queue import TaskQueue
from bot.tasks.units import Units

CH = "webhook:tasks"


@pytest.fixture
async def queue(store_url, clock, chat) -> AsyncIterator[TaskQueue]:  # type: ignore[no-untyped-def]
    """A queue (no periodic tick) whose tasks run units over the store, a webhook adapter and the test clock."""
    store, url = store_url
    adapter = WebhookAdapter(timeout=5)
    units = Units(store, {"webhook": adapter}, fetcher=Fetcher(allow_private=True, timeout=10), clock=clock)
    units.feeds.ensure_channel(CH, chat.url)
    q = TaskQueue(url, units, tick_cron=None)
    async with q.open():
        yield q
    await units.fetcher.aclose()
    await adapter.aclose()


async def work(q: TaskQueue) -> None:
    """Run a worker until the queue is empty (keeping finished jobs, to look at)."""
    await q.run_worker(wait=False, install_signal_handlers=False, keep_jobs=True)


def entries(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(EntryRow)) or 0)


def jobs(store: Store) -> list[tuple[str, str]]:
    """(task name, status) of every job in procrastinate's table."""
    with store.session() as s:
        return [(n, st) for n, st in s.execute(text("SELECT task_name, status::text FROM procrastinate_jobs ORDER BY id"))]


async def test_a_poll_deferred_twice_is_polled_once_and_stores_each_entry_once(queue, store_url, web, clock) -> None:  # type: ignore[no-untyped-def]
    store, _ = store_url
    web.routes["/feed.rss"] = Route(rss([]))
    feed, _ = queue.units.feeds.subscribe(CH, web.url("/feed.rss"), 900)
    assert [await queue.defer_poll(feed.id), await queue.defer_poll(feed.id)] == [True, False]
    await work(queue)  # the baseline poll
    web.routes["/flood"] = Route(page("Flood in Riverton", FLOOD))
    web.routes["/feed.rss"] = Route(rss([{"title": "Flood in Riverton", "link": web.url("/flood"), "guid": "f"}]))
    clock.advance(minutes=16)
    assert [await queue.defer_poll(feed.id), await queue.defer_poll(feed.id)] == [True, False]
    await work(queue)
    assert entries(store) == 1
    assert [h.path for h in web.hits] == ["/feed.rss", "/feed.rss", "/flood"]
    assert jobs(store) == [("digestbot.poll", "succeeded")] * 2
    assert await queue.defer_poll(feed.id)  # not due any more: the job runs and polls nothing
    await queue.run_worker(wait=False, install_signal_handlers=False)  # as `digestbot worker`: deletes succeeded jobs
    assert len(web.hits) == 3 and entries(store) == 1
    assert jobs(store) == [("digestbot.poll", "succeeded")] * 2


async def test_a_digest_deferred_twice_for_one_channel_is_posted_once(queue, store_url, web, chat, clock) -> None:  # type: ignore[no-untyped-def]
    store, _ = store_url
    units: Units = queue.units
    web.routes["/feed.rss"] = Route(rss([]))
    feed, _ = units.feeds.subscribe(CH, web.url("/feed.rss"), 900)
    await units.poll_feed(feed.id)
    web.routes["/strike"] = Route(page("Dockers strike", STRIKE))
    web.routes["/feed.rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/strike"), "guid": "s"}]))
    clock.advance(minutes=16)
    await units.poll_feed(feed.id)
    units.schedules.set(CH, parse_spec("daily 09:00", "UTC"))
    clock.advance(hours=2)
    [(channel, due)] = units.due_digests()
    assert (channel, due) == (CH, datetime(2025, 3, 3, 9, 0))
    assert [await queue.defer_digest(CH, due), await queue.defer_digest(CH, due)] == [True, False]
    await work(queue)
    [row] = units.outbox.entries(CH)
    assert row.state == "delivered" and row.kind == "digest"
    posted = len(chat.posts)
    assert posted >= 1 and any("1,400" in str(p) for p in chat.posts)
    assert units.due_digests() == []  # the run is recorded
    assert await queue.defer_digest(CH, due)  # the same due time again, e.g. from a late tick: it is skipped
    await work(queue)
    assert len(units.outbox.entries(CH)) == 1 and len(chat.posts) == posted


async def test_the_tick_defers_due_work_once(queue, store_url, web, clock) -> None:  # type: ignore[no-untyped-def]
    store, _ = store_url
    units: Units = queue.units
    web.routes["/feed.rss"] = Route(rss([]))
    units.feeds.subscribe(CH, web.url("/feed.rss"), 900)
    units.schedules.set(CH, parse_spec("daily 09:00", "UTC"))
    clock.advance(hours=2)
    outbox_id = units.outbox.enqueue_notice(CH, "webhook", "http://127.0.0.1:9/nowhere", "hello")
    assert await queue.defer_due() == 3  # one poll, one digest, one delivery
    assert await queue.defer_due() == 0  # the same work is waiting already
    assert sorted(n for n, _ in jobs(store)) == ["digestbot.deliver", "digestbot.digest", "digestbot.poll"]
    assert all(st == "todo" for _, st in jobs(store))
    assert outbox_id == units.due_outbox()[0][0]


def test_procrastinate_schema_is_a_migration_that_can_be_undone_and_redone(store_url) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from bot.db.migrate import alembic_config

    store, _ = store_url

    def tables() -> list[str]:
        with store.engine.connect() as conn:
            return list(conn.scalars(text("SELECT tablename FROM pg_tables WHERE tablename LIKE 'procrastinate%' "
                                          "ORDER BY tablename")))

    assert tables() == ["procrastinate_events", "procrastinate_jobs", "procrastinate_periodic_defers",
                        "procrastinate_workers"]
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_tenant")
    assert tables() == []
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert len(tables()) == 4



async def test_a_job_of_a_killed_worker_is_queued_again_and_its_channel_unblocked(queue, store_url, chat) -> None:  # type: ignore[no-untyped-def]
    store, _ = store_url
    oid = queue.units.outbox.enqueue_notice(CH, "webhook", chat.url, "hello")
    assert await queue.defer_delivery(oid, CH)
    with store.session() as s:  # what a SIGKILLed worker leaves: a 'doing' job, its worker row pruned
        s.execute(text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = NULL"))
    assert await queue.defer_delivery(oid, CH)  # a later retry: held back by the dead job's channel lock
    await work(queue)
    assert chat.posts == [] and sorted(st for _, st in jobs(store)) == ["doing", "todo"]
    assert await queue.retry_stalled() == 0  # the same delivery waits already: the dead copy is failed
    await work(queue)
    assert len(chat.posts) == 1 and sorted(st for _, st in jobs(store)) == ["failed", "succeeded"]
    assert queue.units.outbox.entries(CH)[0].state == "delivered"


async def test_a_workers_health_sees_its_queue(queue, chat) -> None:  # type: ignore[no-untyped-def]
    from bot.cli.worker import worker_health

    queue.units.outbox.enqueue_notice(CH, "webhook", chat.url, "hello")
    report = await worker_health(queue).report()
    assert (report["ok"], report["database"], report["scheduler"], report["outbox_depth"]) == (True, True, True, 1)
    await queue.app.close_async()  # the queue's connections gone: a red light, not an error
    report = await worker_health(queue).report()
    assert report["ok"] is False and report["scheduler"] is False
    await queue.app.open_async()


async def test_the_tick_queues_in_batches_and_one_by_one_when_a_batch_meets_a_job_queued_meanwhile(  # type: ignore[no-untyped-def]
        queue, store_url, web, clock, monkeypatch) -> None:
    store, _ = store_url
    units: Units = queue.units
    for n in range(5):
        web.routes[f"/f{n}.rss"] = Route(rss([]))
        units.feeds.subscribe(f"{CH}{n}", web.url(f"/f{n}.rss"), 900)
    monkeypatch.setattr("bot.tasks.queue.BATCH", 2)
    monkeypatch.setattr("bot.tasks.queue.ANALYZE_AFTER", 4)
    first = units.due_feeds()[2]
    assert await queue.defer_poll(first)  # queued by another process just before this tick...
    monkeypatch.setattr(queue, "_waiting_locks", _nothing_waiting)  # ...after this tick looked
    assert await queue.defer_due() == 4  # the batch holding it is queued one by one; the others whole
    with store.session() as s:
        feeds = sorted(s.scalars(text("SELECT (args->>'feed_id')::int FROM procrastinate_jobs")))
    assert feeds == sorted(units.due_feeds())  # each due feed queued once
    with store.session() as s:  # a big tick refreshes the planner's statistics of the job table
        assert s.scalar(text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'procrastinate_jobs'"))
    monkeypatch.undo()
    assert await queue.defer_due() == 0


async def _nothing_waiting() -> set[str]:
    return set()
