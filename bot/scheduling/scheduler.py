"""The APScheduler jobs: one per enabled schedule, plus a periodic tick (feeds, outbox).

Jobs: one AsyncIOScheduler in one process, memory job store, explicit ids
(``digest:<channel>``), ``replace_existing=True``, ``coalesce=True`` and a generous
``misfire_grace_time``. The DB is the source of truth: jobs are rebuilt from it on start
and re-synced every tick, so a ``digestbot schedule set`` from another process is picked up.
Runs missed while the process was down are caught up as ONE digest on start (if the
newest missed run is within the grace time); a digest covers everything unseen anyway.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any, Awaitable, Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.db.schedules import Schedule, ScheduleRepo
from bot.db.schema import utcnow
from bot.scheduling.spec import ScheduleError, missed_run, parse_spec

log = logging.getLogger(__name__)

DEFAULT_GRACE = 6 * 3600


class DigestScheduler:
    """Owns the APScheduler jobs: one per enabled schedule, plus a periodic tick (feeds, outbox)."""

    def __init__(
        self,
        repo: ScheduleRepo,
        run_digest: Callable[[str], Awaitable[Any]],
        *,
        tick: Callable[[], Awaitable[Any]] | None = None,
        tick_every: float = 60.0,
        grace: float = DEFAULT_GRACE,
        scheduler: AsyncIOScheduler | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.repo = repo
        self.run_digest = run_digest
        self.tick = tick
        self.tick_every = tick_every
        self.grace = grace
        self.clock = clock
        self.scheduler = scheduler or AsyncIOScheduler(timezone=timezone.utc)
        self._loaded: dict[str, tuple[str, str, datetime]] = {}  # channel -> (spec, tz, updated_at)

    @staticmethod
    def job_id(channel: str) -> str:
        """The APScheduler job id of a channel's digest."""
        return f"digest:{channel}"

    def start(self, *, catch_up: bool = True) -> None:
        """Start the scheduler (needs a running event loop) and load every schedule from the DB."""
        if not self.scheduler.running:
            self.scheduler.start()
        self.sync(catch_up=catch_up)
        if self.tick is not None:
            self.scheduler.add_job(self._tick, IntervalTrigger(seconds=self.tick_every, timezone=timezone.utc),
                                   id="tick", replace_existing=True, coalesce=True, max_instances=1,
                                   misfire_grace_time=int(self.tick_every * 5),
                                   next_run_time=datetime.now(timezone.utc))

    def shutdown(self) -> None:
        """Stop the scheduler without waiting for running jobs."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def sync(self, *, catch_up: bool = False) -> None:
        """Make the jobs match the DB: add new/changed schedules, remove disabled ones."""
        rows = {r.channel: r for r in self.repo.all()}
        for channel in list(self._loaded):
            if channel not in rows:
                self._remove(channel)
        for channel, row in rows.items():
            if self._loaded.get(channel) != (row.spec, row.tz, row.updated_at):
                self._add(row, catch_up=catch_up)

    def _remove(self, channel: str) -> None:
        self._loaded.pop(channel, None)
        if self.scheduler.get_job(self.job_id(channel)) is not None:
            self.scheduler.remove_job(self.job_id(channel))

    def _add(self, row: Schedule, *, catch_up: bool) -> None:
        try:
            spec = parse_spec(row.spec, row.tz)
        except ScheduleError as exc:
            log.error("schedule of %s is invalid (%s); not scheduled", row.channel, exc)
            return
        extra: dict[str, Any] = {}
        if catch_up:
            since = row.last_run_at or row.updated_at
            missed = missed_run(spec, since, self.clock(), self.grace)
            if missed is not None:
                log.info("%s missed its digest of %s while down; running it once now", row.channel, missed)
                extra["next_run_time"] = datetime.now(timezone.utc)
        self.scheduler.add_job(self._fire, spec.trigger(), args=[row.channel], id=self.job_id(row.channel),
                               name=f"digest {row.channel}", replace_existing=True, coalesce=True,
                               max_instances=1, misfire_grace_time=int(self.grace), **extra)
        self._loaded[row.channel] = (row.spec, row.tz, row.updated_at)

    async def _fire(self, channel: str) -> None:
        try:
            await self.run_digest(channel)
        except Exception:  # the next run retries; the articles stay unseen
            log.exception("scheduled digest for %s failed", channel)
        finally:
            self.repo.mark_run(channel, self.clock())

    async def _tick(self) -> None:
        try:
            self.sync()
            if self.tick is not None:
                await self.tick()
        except Exception:
            log.exception("scheduler tick failed")

    def next_run(self, channel: str) -> datetime | None:
        """When the channel's next digest runs (aware), if scheduled in this process."""
        job = self.scheduler.get_job(self.job_id(channel))
        return job.next_run_time if job else None
