"""Fault tests: one of two real ``digestbot worker`` processes SIGKILLed mid-poll and mid-digest (PostgreSQL).

The test holds a table lock that stops the workers at a chosen point, finds the worker whose database
backend waits there (by the backend's client port), kills it, and lets go:

- **mid-poll**: ``feed_entries`` locked against writes: a worker has fetched a feed and its pages and
  written the articles of its entries in an open transaction when it dies. The transaction dies with
  it; the tick's recovery queues the poll again and the survivor stores every entry exactly once; a
  further poll of the same document (what a poll that died after storing would retry) stores nothing;
- **mid-digest**: ``outbox`` locked against writes: a worker has built a channel's digest and is
  storing it when it dies. Nothing was stored or posted; the survivor builds and posts the digest of
  every channel, each exactly once (no in-flight window: no message was on its way).

Afterwards the store passes its integrity check.
"""
from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from fakes.chat import FakeChat
from fakes.web import BRIDGE, FLOOD, FakeWeb, Route, page, rss
from sqlalchemy import Connection, select, text, update
from worker_procs import count, pid_of_local_port, start_worker, stop, until

from bot.db.schedules import ScheduleRepo
from bot.db.schema import EntryRow, FeedRow, InboxRow, utcnow
from bot.db.store import Store
from bot.delivery.integrity import integrity_problems
from bot.feeds.fetch import Fetcher
from bot.platforms.webhook import WebhookAdapter
from bot.scheduling.spec import parse_spec
from bot.tasks.queue import TaskQueue
from bot.tasks.units import Units

CHANNELS = 4
STALLED_AFTER = 3.0
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the stuck worker through /proc")


async def followed_feeds(units: Units, web: FakeWeb, chats: list[FakeChat]) -> list[str]:
    """Channel ``i`` follows feed ``/f<i>.rss`` (baseline taken while it was empty), which now has two
    entries; every feed is due. The channel keys."""
    channels = [f"webhook:points{i}" for i in range(CHANNELS)]
    for i, (channel, chat) in enumerate(zip(channels, chats)):
        units.feeds.ensure_channel(channel, chat.url)
        web.routes[f"/f{i}.rss"] = Route(rss([]))
        feed, _ = units.feeds.subscribe(channel, web.url(f"/f{i}.rss"), 900)
        await units.poll_feed(feed.id)
        web.routes[f"/f{i}/flood"] = Route(page(f"Flood in Riverton {i}", FLOOD))
        web.routes[f"/f{i}/bridge"] = Route(page(f"Bridge for Lakeside {i}", BRIDGE))
        web.routes[f"/f{i}.rss"] = Route(rss([
            {"title": f"Flood in Riverton {i}", "link": web.url(f"/f{i}/flood"), "guid": f"flood{i}"},
            {"title": f"Bridge for Lakeside {i}", "link": web.url(f"/f{i}/bridge"), "guid": f"bridge{i}"}]))
    make_feeds_due(units.store)
    return channels


def make_feeds_due(store: Store) -> None:
    """Every feed due now."""
    with store.session() as s:
        s.execute(update(FeedRow).values(next_poll=utcnow() - timedelta(minutes=1)))


def lock_table(store: Store, table: str) -> Connection:
    """An open transaction holding ``table`` in SHARE mode: readers pass, writers wait (``rollback()`` frees it)."""
    conn = store.engine.connect()
    conn.execute(text(f"LOCK TABLE {table} IN SHARE MODE"))
    return conn


def waiting_client_ports(store: Store, statement: str) -> list[int]:
    """Client ports of the backends waiting on a lock while running a statement that starts with ``statement``."""
    q = text("SELECT client_port FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE :q "
             "AND datname = current_database() ORDER BY backend_start")
    with store.engine.connect() as conn:
        return [int(p) for (p,) in conn.execute(q, {"q": statement + "%"})]


async def kill_the_worker_waiting_on(store: Store, statement: str, workers: list, logs: Path) -> int:  # type: ignore[type-arg]
    """SIGKILL the worker whose backend waits on a lock in ``statement``; its pid."""
    # Bounds, not waits: workers that start on a loaded machine (two cores, load 6-7) logged nothing within 60 s.
    assert await until(lambda: count(store, "SELECT count(*) FROM procrastinate_workers") == len(workers), 180), \
        [log.read_text()[-2000:] for log in sorted(logs.glob("worker*.log"))]
    ports: list[int] = []
    assert await until(lambda: bool(ports.extend(waiting_client_ports(store, statement)) or ports), 90), \
        [log.read_text()[-2000:] for log in sorted(logs.glob("worker*.log"))]
    stuck = pid_of_local_port(ports[0], [w.pid for w in workers])
    assert stuck is not None
    os.kill(stuck, signal.SIGKILL)
    return stuck


async def test_a_worker_killed_mid_poll_loses_no_entry_and_stores_each_once(  # type: ignore[no-untyped-def]
        store_url, web, chats, tmp_path) -> None:
    store, url = store_url
    units = Units(store, {"webhook": WebhookAdapter(timeout=5)}, fetcher=Fetcher(allow_private=True, timeout=10))
    await followed_feeds(units, web, chats)
    queue = TaskQueue(url, units, tick_cron=None, stalled_after=STALLED_AFTER)
    workers = [start_worker(url, tmp_path / f"worker{n}.log", STALLED_AFTER) for n in range(2)]

    async def tick() -> None:  # what the periodic tick does
        await queue.retry_stalled()
        await queue.defer_due()

    lock = lock_table(store, "feed_entries")
    try:
        async with queue.open():
            await queue.defer_due()  # one poll per feed
            stuck = await kill_the_worker_waiting_on(store, "INSERT INTO feed_entries", workers, tmp_path)
            lock.rollback()
            survivor = next(w for w in workers if w.pid != stuck)
            assert await until(lambda: count(store, "SELECT count(*) FROM feed_entries WHERE NOT baseline")
                               == 2 * CHANNELS and not units.due_feeds(), 30, every=0.5, also=tick)
            assert survivor.poll() is None
            make_feeds_due(store)  # the same documents polled again: nothing new
            await queue.defer_due()
            assert await until(lambda: not units.due_feeds() and count(
                store, "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')") == 0, 30)
    finally:
        lock.close()
        stop(workers)
        await units.fetcher.aclose()

    with store.session() as s:
        guids = sorted(s.scalars(select(EntryRow.guid).where(EntryRow.baseline.is_(False))))
        inbox = Counter(s.execute(select(InboxRow.channel, InboxRow.article_id)).all())
    assert guids == sorted(f"{kind}{i}" for i in range(CHANNELS) for kind in ("bridge", "flood"))
    assert len(inbox) == 2 * CHANNELS and set(inbox.values()) == {1}  # each article reached its channel once
    assert count(store, "SELECT count(DISTINCT article_id) FROM feed_entries WHERE NOT baseline") == 2 * CHANNELS
    assert integrity_problems(store) == []


async def test_a_worker_killed_mid_digest_leaves_each_digest_posted_once(  # type: ignore[no-untyped-def]
        store_url, web, chats, tmp_path) -> None:
    store, url = store_url
    units = Units(store, {"webhook": WebhookAdapter(timeout=5)}, fetcher=Fetcher(allow_private=True, timeout=10))
    channels = await followed_feeds(units, web, chats)
    await units.poll_due()  # the articles wait in each channel's inbox
    past, fire = utcnow() - timedelta(hours=1), utcnow() - timedelta(minutes=2)
    for channel in channels:
        ScheduleRepo(store, lambda: past).set(channel, parse_spec(f"daily {fire:%H:%M}", "UTC"))
    queue = TaskQueue(url, units, tick_cron=None, stalled_after=STALLED_AFTER)
    workers = [start_worker(url, tmp_path / f"worker{n}.log", STALLED_AFTER) for n in range(2)]

    async def tick() -> None:
        await queue.retry_stalled()
        await queue.defer_due()

    def all_done() -> bool:
        return all(chat.posts for chat in chats) and units.due_digests() == [] and count(
            store, "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')") == 0

    lock = lock_table(store, "outbox")
    try:
        async with queue.open():
            await queue.defer_due()  # one digest per channel
            stuck = await kill_the_worker_waiting_on(store, "INSERT INTO outbox", workers, tmp_path)
            assert not any(chat.posts for chat in chats)
            lock.rollback()
            survivor = next(w for w in workers if w.pid != stuck)
            assert await until(all_done, 30, every=0.5, also=tick), [len(c.posts) for c in chats]
            assert survivor.poll() is None
    finally:
        lock.close()
        stop(workers)
        await units.fetcher.aclose()

    for i, (channel, chat) in enumerate(zip(channels, chats)):
        [row] = units.outbox.entries(channel)
        assert (row.state, row.sent) == ("delivered", row.total), (i, row)
        assert chat.keys() == [f"digestbot-{row.id}-{n}" for n in range(row.total)], (i, chat.keys())  # once each
        assert f"Riverton {i}" in str(chat.posts[0].body) or f"Lakeside {i}" in str(chat.posts[0].body)
    assert integrity_problems(store) == []
