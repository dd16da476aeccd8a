"""The scheduler process: feeds polled, scheduled digests built, the outbox drained.

One process owns all of it (APScheduler's job stores must never be shared between schedulers). Wiring::

    runtime = Runtime(store, {"webhook": WebhookAdapter(), "slack": ..., "discord": ...})
    await runtime.start()          # finishes what a crash left in the outbox, loads schedules
    ...                            # the event loop runs the jobs
    await runtime.stop()
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Callable, Mapping

from bot.delivery import ChannelAdapter
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.feeds.repo import FeedRepo
from bot.db.lease import LEASE_SECONDS, Lease, LeaseHeld
from bot.outbox import Outbox
from bot.schedule import DigestScheduler, ScheduleRepo
from bot.service import Audience, DigestRequest
from bot.db.schema import utcnow
from bot.db.store import Store

log = logging.getLogger(__name__)


class OutboxNotifier:
    """Feed health notices, posted through the outbox (so they survive crashes too)."""

    def __init__(self, outbox: Outbox, feeds: FeedRepo) -> None:
        self.outbox = outbox
        self.feeds = feeds

    async def _post(self, channel: str, text: str) -> None:
        platform, target = self.feeds.channel_target(channel)
        await self.outbox.deliver(self.outbox.enqueue_notice(channel, platform, target, text))

    async def feed_failing(self, channel: str, feed_url: str, error: str, failures: int) -> None:
        """Tell the channel once that a feed keeps failing."""
        await self._post(channel, f"⚠️ The feed {feed_url} has failed {failures} times in a row ({error}). "
                                  "digestbot keeps retrying, less and less often.")

    async def feed_recovered(self, channel: str, feed_url: str) -> None:
        """Tell the channel that a failing feed works again."""
        await self._post(channel, f"✅ The feed {feed_url} works again.")


class ScheduledDigests:
    """The job a schedule runs: build the channel's digest, store it in the outbox, post it."""

    def __init__(self, digests: Digests, feeds: FeedRepo, outbox: Outbox, *, max_items: int | None = None,
                 window: timedelta | None = None) -> None:
        self.digests = digests
        self.feeds = feeds
        self.outbox = outbox
        self.max_items = max_items
        self.window = window

    def request(self, channel: str) -> DigestRequest:
        """The channel's request: its feeds' articles when it follows feeds, else the whole store."""
        only = self.feeds.channel_article_ids(channel) if self.feeds.subscriptions(channel) else None
        return DigestRequest(Audience(channel), self.window, None, self.max_items, True, only)

    async def run(self, channel: str) -> int | None:
        """Post the channel's digest; return the outbox id (None when there was nothing to tell)."""
        await self.outbox.deliver_pending(channel, due_only=False)  # older digests first, in order
        if any(e.sent > 0 for e in self.outbox.entries(channel, ("pending", "posting"))):
            log.warning("%s: an earlier digest is half posted; not building a new one yet", channel)
            return None
        self.outbox.supersede_unsent(channel)  # their articles are still unseen: the new digest has them
        platform, target = self.feeds.channel_target(channel)
        adapter = self.outbox.adapters.get(platform)
        if adapter is None:
            log.warning("%s: no %s adapter in this process; digest not built", channel, platform)
            return None
        # The engine is CPU-bound (sumy ranking): keep the event loop (chat connections) responsive.
        digest = await asyncio.to_thread(self.digests.build, self.request(channel))
        if digest.empty:
            if digest.article_ids:  # only repeats of known facts: recorded as known, nothing posted
                await asyncio.to_thread(self.digests.mark_delivered, Audience(channel), digest)
            return None
        outbox_id = self.outbox.enqueue_digest(channel, platform, target, digest, adapter.render(digest))
        await self.outbox.deliver(outbox_id)
        return outbox_id


class Runtime:
    """Everything the scheduler process runs, wired from a store and the platform adapters."""

    def __init__(self, store: Store, adapters: Mapping[str, ChannelAdapter], *, fetcher: Fetcher | None = None,
                 clock: Callable[[], datetime] = utcnow, tick_every: float = 60.0,
                 digests: Digests | None = None, lease: Lease | None = None) -> None:
        self.store = store
        # One delivering process per database (APScheduler job stores are not shareable).
        self.lease = lease or Lease(store, seconds=max(LEASE_SECONDS, int(3 * tick_every)), clock=clock)
        self.digests = digests or Digests(store)
        self.feeds = FeedRepo(store, clock)
        self.outbox = Outbox(store, adapters, digests=self.digests, clock=clock)
        self.fetcher = fetcher or Fetcher()
        self.poller = Poller(self.feeds, self.digests, self.fetcher, clock=clock,
                             notifier=OutboxNotifier(self.outbox, self.feeds))
        self.schedules = ScheduleRepo(store, clock)
        self.jobs = ScheduledDigests(self.digests, self.feeds, self.outbox)
        self.scheduler = DigestScheduler(self.schedules, self.jobs.run, tick=self.tick, tick_every=tick_every,
                                         clock=clock)

    async def start(self) -> None:
        """Take the lease, finish interrupted deliveries, then start the jobs (inside the running loop)."""
        self.lease.acquire()  # LeaseHeld: another process delivers for this database
        await self.outbox.deliver_pending(due_only=False)
        self.scheduler.start(catch_up=True)

    async def tick(self) -> None:
        """Periodic work: renew the lease, poll due feeds, retry due outbox rows."""
        try:
            self.lease.renew()
        except LeaseHeld as exc:  # stalled past the lease and another process took over: stand down
            log.error("%s; this process stops scheduling and delivering", exc)
            self.scheduler.shutdown()
            return
        await self.poller.poll_due()
        await self.outbox.deliver_pending()

    async def stop(self) -> None:
        """Stop the jobs, close HTTP clients, give the lease up."""
        self.scheduler.shutdown()
        await self.fetcher.aclose()
        self.lease.release()

    async def run_forever(self) -> None:
        """Start and run until cancelled."""
        await self.start()
        try:
            await asyncio.Event().wait()
        finally:
            await self.stop()
