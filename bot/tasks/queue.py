"""The units of work as procrastinate tasks, queued in the store's own PostgreSQL database.

Any number of ``digestbot worker`` processes, on any number of machines, share the queue:

- ``digestbot.tick`` (periodic, every minute; procrastinate defers it once per minute whatever
  the number of workers) queues again the jobs of workers that died mid-job (no heartbeat for
  30 s, or ``$DIGESTBOT_STALLED_AFTER``), then defers every due feed poll, scheduled digest and
  outbox retry;
- ``digestbot.poll`` polls one feed (queueing lock ``poll:<feed>``: one waiting poll per feed);
- ``digestbot.digest`` builds and posts one channel's digest due at a time (queueing lock
  ``digest:<channel>``: one waiting digest per channel; lock ``channel:<channel>``: never two
  posting jobs of one channel at once, shared with that channel's deliveries);
- ``digestbot.deliver`` delivers one outbox row (queueing lock ``outbox:<id>``, lock
  ``channel:<channel>``).

Deferring is idempotent: a job already waiting under the same queueing lock is not added again,
and every unit skips work that was already done (:mod:`bot.tasks.units`). Polls and deliveries
are retried by procrastinate after an unexpected error; a failed digest waits for the schedule's
next fire (its articles stay unseen), as in the embedded runtime.
"""
from __future__ import annotations

import asyncio
import logging
import os
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from procrastinate import App, PsycopgConnector, RetryStrategy
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation
from procrastinate.jobs import Job, JobDeferrer, Status
from sqlalchemy.engine import make_url

from bot.tasks.units import Units

log = logging.getLogger(__name__)

TICK_CRON = "* * * * *"  # every minute
RETRY = RetryStrategy(max_attempts=3, exponential_wait=2)
BATCH = 500  # jobs queued by one INSERT
ANALYZE_AFTER = 500  # jobs queued by one tick after which the job table's statistics are refreshed
STALLED_AFTER = 30.0  # seconds without a heartbeat before a worker's jobs count as stalled
ENV_STALLED_AFTER = "DIGESTBOT_STALLED_AFTER"  # overrides it (the fault test uses a few seconds)


def conninfo(database_url: str) -> str:
    """The libpq URL of a SQLAlchemy PostgreSQL URL; ValueError (one line) for any other database."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"the task queue needs a PostgreSQL database (postgresql://...), not {url.get_backend_name()}"
                         "; the embedded default (`digestbot run` / `digestbot scheduler`) needs none")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class TaskQueue:
    """The procrastinate app of one process: its tasks run this process's :class:`Units`."""

    def __init__(self, database_url: str, units: Units, *, tick_cron: str | None = TICK_CRON,
                 stalled_after: float | None = None) -> None:
        """``tick_cron=None``: no periodic tick (the caller defers work itself, e.g. in tests).
        ``stalled_after``: seconds without a heartbeat after which a worker counts as dead (default
        ``$DIGESTBOT_STALLED_AFTER`` or 30); workers beat three times in that time."""
        self.units = units
        self.stalled_after = stalled_after or float(os.environ.get(ENV_STALLED_AFTER) or STALLED_AFTER)
        self.app = App(connector=PsycopgConnector(conninfo=conninfo(database_url)))

        @self.app.task(name="digestbot.poll", retry=RETRY)
        async def poll(feed_id: int) -> None:
            await units.poll_feed(feed_id)

        @self.app.task(name="digestbot.digest")
        async def digest(channel: str, due: str) -> None:
            await units.digest(channel, datetime.fromisoformat(due))

        @self.app.task(name="digestbot.deliver", retry=RETRY)
        async def deliver(outbox_id: int) -> None:
            await units.deliver(outbox_id)

        async def tick(timestamp: int) -> None:
            await self.retry_stalled()
            await self.defer_due()

        if tick_cron is not None:
            periodic: Any = self.app.periodic(cron=tick_cron)  # typed: mypy 1.13 crashes on its ParamSpec
            periodic(self.app.task(name="digestbot.tick")(tick))
        self._poll, self._digest, self._deliver = poll, digest, deliver

    async def defer_poll(self, feed_id: int) -> bool:
        """Queue a poll of one feed; False when one is already waiting."""
        return await _defer(self._poll.configure(queueing_lock=f"poll:{feed_id}", lock=f"poll:{feed_id}"),
                            feed_id=feed_id)

    async def defer_digest(self, channel: str, due: datetime) -> bool:
        """Queue the channel's digest due at ``due`` (naive UTC); False when one is already waiting."""
        return await _defer(self._digest.configure(queueing_lock=f"digest:{channel}", lock=f"channel:{channel}"),
                            channel=channel, due=due.isoformat())

    async def defer_delivery(self, outbox_id: int, channel: str) -> bool:
        """Queue the delivery of one outbox row; False when one is already waiting."""
        return await _defer(self._deliver.configure(queueing_lock=f"outbox:{outbox_id}", lock=f"channel:{channel}"),
                            outbox_id=outbox_id)

    async def defer_due(self) -> int:
        """Queue every due poll, digest and outbox retry (what the periodic tick does); return how many were new.

        Work already waiting (its queueing lock held by a job to do) is left out first; the rest goes in
        batches of :data:`BATCH` jobs, one INSERT each (10,000 due feeds are queued in seconds, not a round
        trip apiece). A batch that meets a job queued meanwhile by another process is queued job by job.
        """
        waiting = await self._waiting_locks()
        feeds, digests, outbox = await asyncio.to_thread(self._due)  # the store's queries: off the event loop
        jobs = [job for lock, job in (
            *((f"poll:{f}", self._job(self._poll, f"poll:{f}", f"poll:{f}", feed_id=f)) for f in feeds),
            *((f"digest:{c}", self._job(self._digest, f"digest:{c}", f"channel:{c}", channel=c, due=due.isoformat()))
              for c, due in digests),
            *((f"outbox:{o}", self._job(self._deliver, f"outbox:{o}", f"channel:{c}", outbox_id=o))
              for o, c in outbox)) if lock not in waiting]
        added, manager = 0, self.app.job_manager
        for first in range(0, len(jobs), BATCH):
            batch = jobs[first:first + BATCH]
            try:
                await manager.batch_defer_jobs_async(batch)
                added += len(batch)
            except AlreadyEnqueued:
                for job in batch:
                    try:
                        await manager.defer_job_async(job)
                        added += 1
                    except AlreadyEnqueued:
                        pass
        if added >= ANALYZE_AFTER:
            await self._analyze()
        return added

    async def _analyze(self) -> None:
        """Refresh the planner's statistics of the jobs table after a big batch. Until autovacuum gets to it
        (up to a minute later) the planner thinks the table nearly empty, and with 10,000 jobs waiting
        every worker's fetch of its next job took 25-400 ms instead of under one (sorting every waiting
        job, or reading them all once per job). Not being allowed to is logged, never fatal."""
        try:
            await self.app.connector.execute_query_async("ANALYZE procrastinate_jobs")
        except Exception as exc:  # e.g. the role does not own the table: autovacuum will do it, later
            log.warning("could not refresh the job table's statistics (%s); fetching jobs may be slow for a while",
                        exc)

    def _due(self) -> tuple[list[int], list[tuple[str, datetime]], list[tuple[int, str]]]:
        """Due feeds, digests and outbox rows."""
        return self.units.due_feeds(), self.units.due_digests(), self.units.due_outbox()

    @staticmethod
    def _job(task: Any, queueing_lock: str, lock: str, **task_kwargs: Any) -> Job:
        """A new job of ``task`` under ``queueing_lock`` (one waiting at a time) and ``lock`` (one running)."""
        return task.configure(queueing_lock=queueing_lock, lock=lock).make_new_job(**task_kwargs)

    async def _waiting_locks(self) -> set[str]:
        """The queueing locks of the jobs waiting to run."""
        rows = await self.app.connector.execute_query_all_async(
            "SELECT queueing_lock FROM procrastinate_jobs WHERE status = 'todo' AND queueing_lock IS NOT NULL")
        return {str(row["queueing_lock"]) for row in rows}

    async def retry_stalled(self) -> int:
        """Queue again the jobs of workers that stopped beating (killed mid-job); return how many.

        A job whose work waits in the queue already (same queueing lock) is marked failed instead.
        """
        manager, retried = self.app.job_manager, 0
        for job in await manager.get_stalled_jobs(seconds_since_heartbeat=self.stalled_after):
            try:
                await manager.retry_job(job)
                outcome, retried = "queued again", retried + 1
            except (AlreadyEnqueued, UniqueViolation):
                await manager.finish_job(job, status=Status.FAILED, delete_job=False)
                outcome = "its work is queued already"
            log.warning("job %s (%s) of a stopped worker: %s", job.id, job.task_name, outcome)
        return retried

    async def run_worker(self, *, concurrency: int = 1, wait: bool = True, install_signal_handlers: bool = True,
                         keep_jobs: bool = False) -> None:
        """Run a worker in this process until stopped (``wait=False``: until the queue is empty); inside
        :meth:`open`. Succeeded jobs are deleted unless ``keep_jobs`` (failed ones stay, for operators)."""
        await self.app.run_worker_async(concurrency=concurrency, wait=wait,
                                        install_signal_handlers=install_signal_handlers,
                                        delete_jobs="never" if keep_jobs else "successful",
                                        update_heartbeat_interval=self.stalled_after / 3,
                                        stalled_worker_timeout=self.stalled_after)

    async def connected(self) -> bool:
        """True when the queue's database answers (the worker's health check)."""
        return await self.app.check_connection_async()

    def open(self) -> AbstractAsyncContextManager[App]:
        """``async with queue.open():`` the connection pool (to defer jobs and to run a worker)."""
        return self.app.open_async()


async def _defer(deferrer: JobDeferrer, **task_kwargs: Any) -> bool:
    """Defer one job; False (nothing added) when its queueing lock holds one already."""
    try:
        await deferrer.defer_async(**task_kwargs)
    except AlreadyEnqueued:
        return False
    return True
