"""The scheduler runtime: feeds polled, scheduled digests built, the outbox drained.

One process owns all of it (APScheduler's job stores must never be shared between schedulers). Wiring::

    runtime = Runtime(store, {"webhook": WebhookAdapter(), "slack": ..., "discord": ...})
    await runtime.start()          # finishes what a crash left in the outbox, loads schedules
    ...                            # the event loop runs the jobs
    await runtime.stop()
"""
from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import Callable, Mapping

from bot.core import metrics
from bot.core.chat import ChannelAdapter
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.db.feeds import FeedRepo
from bot.db.lease import LEASE_SECONDS, Lease, LeaseHeld
from bot.delivery.outbox import Outbox
from bot.db.schedules import ScheduleRepo
from bot.scheduling.scheduler import DigestScheduler
from bot.db.schema import utcnow
from bot.db.store import Store

from bot.scheduling.jobs import OutboxNotifier, ScheduledDigests

log = logging.getLogger(__name__)


class Runtime:
    """Everything the scheduler process runs, wired from a store and the platform adapters."""

    def __init__(self, store: Store, adapters: Mapping[str, ChannelAdapter], *, fetcher: Fetcher | None = None,
                 clock: Callable[[], datetime] = utcnow, tick_every: float = 60.0,
                 digests: Digests | None = None, lease: Lease | None = None, feed_concurrency: int = 4) -> None:
        self.store = store
        # One delivering process per database (APScheduler job stores are not shareable).
        self.lease = lease or Lease(store, seconds=max(LEASE_SECONDS, int(3 * tick_every)), clock=clock)
        self.digests = digests or Digests(store)
        self.feeds = FeedRepo(store, clock)
        self.outbox = Outbox(store, adapters, digests=self.digests, clock=clock)
        self.fetcher = fetcher or Fetcher()
        self.poller = Poller(self.feeds, self.digests, self.fetcher, clock=clock,
                             notifier=OutboxNotifier(self.outbox, self.feeds), feed_concurrency=feed_concurrency)
        self.schedules = ScheduleRepo(store, clock)
        self.jobs = ScheduledDigests(self.digests, self.feeds, self.outbox)
        self.tick_every = tick_every
        self.started_at: float | None = None
        self.last_tick: float | None = None
        self.scheduler = DigestScheduler(self.schedules, self.jobs.run, tick=self.tick, tick_every=tick_every,
                                         clock=clock)

    async def start(self) -> None:
        """Take the lease, finish interrupted deliveries, then start the jobs (inside the running loop)."""
        self.lease.acquire()  # LeaseHeld: another process delivers for this database
        self.started_at = time.monotonic()
        await self.outbox.deliver_pending(due_only=False)
        self.scheduler.start(catch_up=True)

    def alive(self) -> bool:
        """True while the scheduler runs and its periodic tick has run within three intervals (health check)."""
        if not self.scheduler.scheduler.running:
            return False
        since = self.last_tick if self.last_tick is not None else self.started_at
        return since is not None and time.monotonic() - since <= 3 * self.tick_every + 5

    async def tick(self) -> None:
        """Periodic work: renew the lease, poll due feeds, retry due outbox rows."""
        self.last_tick = time.monotonic()
        try:
            self.lease.renew()
        except LeaseHeld as exc:  # stalled past the lease and another process took over: stand down
            log.error("%s; this process stops scheduling and delivering", exc)
            self.scheduler.shutdown()
            return
        with metrics.POLL_SECONDS.time():
            reports = await self.poller.poll_due()
        for report in reports:
            metrics.POLLS.inc()
            if report.status == "error":
                metrics.POLL_ERRORS.inc()
            else:
                metrics.mark_now(metrics.LAST_POLL)
        await self.outbox.deliver_pending()
        metrics.OUTBOX_DEPTH.set(self.outbox.depth())

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
