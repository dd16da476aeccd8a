"""Fault test: two real ``digestbot worker`` processes on PostgreSQL, one SIGKILLed mid-delivery.

Six channels each follow their own feed on a local feed server and post to their own local webhook
receiver. Both workers poll the feeds; then every channel's digest falls due. The receiver of channel 0
accepts the first POST and never answers, so the worker posting it is stuck mid-job; that worker is
found by its socket and SIGKILLed. The survivor finishes the rest, and the tick's recovery (run here,
as the periodic tick would) queues the dead worker's job again, or fails it when the same digest waits
already. Then: every message of every channel's one digest was posted once, but for the message of
channel 0 in flight when its worker died, posted at most twice with one idempotency key (the in-flight
window documented in the README); every feed entry is stored once; the store passes its integrity check.
"""
from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import Counter
from datetime import timedelta

import pytest
from fakes.web import FLOOD, STRIKE, Route, page, rss
from sqlalchemy import func, select, update
from worker_procs import count, pid_connected_to, start_worker, stop, until

from bot.db.schedules import ScheduleRepo
from bot.db.schema import EntryRow, FeedRow, utcnow
from bot.db.store import Store
from bot.delivery.integrity import integrity_problems
from bot.feeds.fetch import Fetcher
from bot.platforms.webhook import WebhookAdapter
from bot.scheduling.spec import parse_spec
from bot.tasks.queue import TaskQueue
from bot.tasks.units import Units

CHANNELS = 6
STALLED_AFTER = 3.0  # seconds: the workers' heartbeat timeout in this test


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the stuck worker through /proc")
async def test_a_worker_killed_mid_delivery_loses_nothing_and_posts_each_digest_once(  # type: ignore[no-untyped-def]
        store_url, web, chats, tmp_path) -> None:
    store, url = store_url
    adapter = WebhookAdapter(timeout=5)
    units = Units(store, {"webhook": adapter}, fetcher=Fetcher(allow_private=True, timeout=10))
    channels = [f"webhook:fault{i}" for i in range(CHANNELS)]
    for i, (channel, chat) in enumerate(zip(channels, chats)):
        units.feeds.ensure_channel(channel, chat.url)
        web.routes[f"/f{i}.rss"] = Route(rss([]))
        feed, _ = units.feeds.subscribe(channel, web.url(f"/f{i}.rss"), 900)
        await units.poll_feed(feed.id)  # the baseline: nothing to post yet
        web.routes[f"/f{i}/flood"] = Route(page(f"Flood in Riverton {i}", FLOOD))
        web.routes[f"/f{i}/strike"] = Route(page(f"Dockers strike {i}", STRIKE))
        web.routes[f"/f{i}.rss"] = Route(rss([
            {"title": f"Flood in Riverton {i}", "link": web.url(f"/f{i}/flood"), "guid": f"flood{i}"},
            {"title": f"Dockers strike {i}", "link": web.url(f"/f{i}/strike"), "guid": f"strike{i}"}]))
    with store.session() as s:  # every feed due now
        s.execute(update(FeedRow).values(next_poll=utcnow() - timedelta(minutes=1)))
    chats[0].hang_on, chats[0].hang_mode = 1, "after"  # accepted, never answered: its worker is stuck mid-job

    queue = TaskQueue(url, units, tick_cron=None, stalled_after=STALLED_AFTER)
    workers = [start_worker(url, tmp_path / f"worker{n}.log", STALLED_AFTER) for n in range(2)]
    try:
        async with queue.open():
            assert await until(lambda: count(store, "SELECT count(*) FROM procrastinate_workers") == 2, 30), \
                [(tmp_path / f"worker{n}.log").read_text()[-2000:] for n in range(2)]
            await queue.defer_due()  # the polls (no schedule yet; the workers' first tick may have queued them)
            assert await until(lambda: entries(store) == 2 * CHANNELS, 20)
            past = utcnow() - timedelta(hours=1)
            fire = utcnow() - timedelta(minutes=2)
            schedules = ScheduleRepo(store, lambda: past)  # set an hour ago: today's fire is due now
            for channel in channels:
                schedules.set(channel, parse_spec(f"daily {fire:%H:%M}", "UTC"))
            await queue.defer_due()  # one digest per channel
            assert await asyncio.to_thread(chats[0].reached.wait, 20)
            stuck = pid_connected_to(int(chats[0].base.rsplit(":", 1)[1]), [w.pid for w in workers])
            assert stuck is not None
            os.kill(stuck, signal.SIGKILL)
            killed_at = time.monotonic()
            survivor = next(w for w in workers if w.pid != stuck)

            async def tick() -> None:  # what the periodic tick does
                await queue.retry_stalled()
                await queue.defer_due()

            def all_done() -> bool:
                return all(chat.posts for chat in chats) and units.due_outbox() == [] and count(
                    store, "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')") == 0

            done = await until(all_done, 30, every=0.5, also=tick)
            recovered = time.monotonic() - killed_at
            assert survivor.poll() is None, (tmp_path / "worker0.log").read_text()[-2000:]
            assert done, [(c.requests, len(c.posts)) for c in chats]
    finally:
        stop(workers)
        await units.fetcher.aclose()
        await adapter.aclose()

    for i, (channel, chat) in enumerate(zip(channels, chats)):  # the channel's view: one digest each
        [row] = units.outbox.entries(channel)
        assert (row.state, row.sent) == ("delivered", row.total), (i, row)
        keys = Counter(chat.keys())  # digestbot-<outbox id>-<message>: one key per message of the digest
        assert sorted(keys) == [f"digestbot-{row.id}-{n}" for n in range(row.total)], (i, keys)
        again = sorted(k for k, n in keys.items() if n > 1)
        # the in-flight window: the message accepted by the chat when its worker died is posted again, once
        assert again == [] or (i == 0 and len(again) == 1 and keys[again[0]] == 2), (i, keys)
        assert f"Riverton {i}" in str(chat.posts[0].body), (i, chat.posts[0].body)
    with store.session() as s:  # each feed entry stored once, none lost
        guids = sorted(s.scalars(select(EntryRow.guid).where(EntryRow.baseline.is_(False))))
    assert guids == sorted(f"{kind}{i}" for i in range(CHANNELS) for kind in ("flood", "strike"))
    assert integrity_problems(store) == []
    print(f"recovered {recovered:.1f} s after the kill; posts per channel: {[len(c.posts) for c in chats]}, messages per digest: "
          f"{[units.outbox.entries(c)[0].total for c in channels]}")


def entries(store: Store) -> int:
    """Feed entries stored."""
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(EntryRow)) or 0)
