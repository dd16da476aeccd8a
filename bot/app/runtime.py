"""The scheduler runtime: feeds polled, scheduled digests built, the outbox drained.

The embedded default: the units of work (:mod:`bot.tasks.units`) run in this process. With
PostgreSQL, ``digestbot worker`` processes run the same units as tasks instead (bot/tasks/queue.py).
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
from bot.db.lease import LEASE_SECONDS, Lease, LeaseHeld
from bot.db.schema import utcnow
from bot.db.store import Store
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.scheduling.scheduler import DigestScheduler
from bot.tasks.units import Units

log = logging.getLogger(__name__)


class Runtime:
    """Everything the scheduler process runs, wired from a store and the platform adapters."""

    def __init__(self, store: Store, adapters: Mapping[str, ChannelAdapter], *, fetcher: Fetcher | None = None,
                 clock: Callable[[], datetime] = utcnow, tick_every: float = 60.0,
                 digests: Digests | None = None, lease: Lease | None = None, feed_concurrency: int = 4) -> None:
        self.store = store
        # One delivering process per database (APScheduler job stores are not shareable).
        self.lease = lease or Lease(store, seconds=max(LEASE_SECONDS, int(3 * tick_every)), clock=clock)
        self.units = Units(store, adapters, fetcher=fetcher, clock=clock, digests=digests,
                           feed_concurrency=feed_concurrency)
        self.digests, self.feeds, self.outbox = self.units.digests, self.units.feeds, self.units.outbox
        self.fetcher, self.poller, self.schedules = self.units.fetcher, self.units.poller, self.units.schedules
        self.jobs = self.units.jobs
        self.tick_every = tick_every
        self.started_at: float | None = None
        self.last_tick: float | None = None
        self.scheduler = DigestScheduler(self.schedules, self.units.digest, tick=self.tick, tick_every=tick_every,
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
        await self.units.poll_due()
        for outbox_id, _ in self.units.due_outbox():
            await self.units.deliver(outbox_id)
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
