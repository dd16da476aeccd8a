"""The units of work: poll feed F, build and post the digest of channel C due at T, deliver outbox row R.

There is one implementation of each. The embedded runtime (:mod:`bot.app.runtime`) calls them in
its own process; the procrastinate tasks (:mod:`bot.tasks.queue`) wrap them so any number of
``digestbot worker`` processes share the work. A unit run twice for the same arguments does the
work once: a feed that is no longer due is not polled again, a digest whose due time is already
recorded as run is not built again, a delivered outbox row is not posted again.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Callable, Mapping

from sqlalchemy import select

from bot.core import metrics
from bot.core.chat import ChannelAdapter
from bot.db.feeds import FeedInfo, FeedRepo
from bot.db.schedules import ScheduleRepo
from bot.db.schema import OutboxRow, utcnow
from bot.db.store import Store
from bot.delivery.outbox import OPEN_STATES, Outbox
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.feeds.report import PollReport
from bot.scheduling.jobs import OutboxNotifier, ScheduledDigests
from bot.scheduling.scheduler import DEFAULT_GRACE
from bot.scheduling.spec import ScheduleError, missed_run, parse_spec

log = logging.getLogger(__name__)


class Units:
    """The units of work over one store and the platform adapters of this process."""

    def __init__(self, store: Store, adapters: Mapping[str, ChannelAdapter], *, fetcher: Fetcher | None = None,
                 clock: Callable[[], datetime] = utcnow, digests: Digests | None = None, feed_concurrency: int = 4,
                 grace: float = DEFAULT_GRACE) -> None:
        self.store = store
        self.clock = clock
        self.grace = grace
        self.digests = digests or Digests(store)
        self.feeds = FeedRepo(store, clock)
        self.outbox = Outbox(store, adapters, digests=self.digests, clock=clock)
        self.fetcher = fetcher or Fetcher()
        self.poller = Poller(self.feeds, self.digests, self.fetcher, clock=clock,
                             notifier=OutboxNotifier(self.outbox, self.feeds), feed_concurrency=feed_concurrency)
        self.schedules = ScheduleRepo(store, clock)
        self.jobs = ScheduledDigests(self.digests, self.feeds, self.outbox)

    # -- the units -----------------------------------------------------------------------------
    async def poll_feed(self, feed_id: int) -> PollReport | None:
        """Poll feed ``feed_id`` if it is due; None when it is gone or not due (already polled)."""
        feed = self.feeds.feed(feed_id)
        if feed is None or not self._feed_due(feed):
            return None
        with metrics.POLL_SECONDS.time():
            report = await self.poller.poll_feed(feed)
        _count(report)
        return report

    async def poll_due(self) -> list[PollReport]:
        """Poll every due feed together (in process: fetches overlap, stores keep the feeds' order)."""
        with metrics.POLL_SECONDS.time():
            reports = await self.poller.poll_due()
        for report in reports:
            _count(report)
        return reports

    async def digest(self, channel: str, due: datetime | None = None) -> int | None:
        """Build and post the channel's digest; return its outbox id (None: nothing posted).

        With ``due`` (naive UTC, a scheduled fire time) the run is recorded on the schedule, and a
        digest whose schedule already records a run at or after ``due`` is not built again.
        """
        if due is not None:
            schedule = self.schedules.get(channel)
            if schedule is None or (schedule.last_run_at is not None and schedule.last_run_at >= due):
                return None
        try:
            return await self.jobs.run(channel)
        finally:
            if due is not None:  # even after a failure: the next fire retries, the articles stay unseen
                self.schedules.mark_run(channel, max(self.clock(), due))

    async def deliver(self, outbox_id: int) -> str:
        """Post what outbox row ``outbox_id`` has not posted yet; return its state afterwards."""
        state = await self.outbox.deliver(outbox_id)
        metrics.OUTBOX_DEPTH.set(self.outbox.depth())
        return state

    # -- what is due ---------------------------------------------------------------------------
    def due_feeds(self) -> list[int]:
        """Ids of the followed feeds whose poll time has come."""
        return [feed.id for feed in self.feeds.due_feeds(self.clock())]

    def due_digests(self) -> list[tuple[str, datetime]]:
        """(channel, fire time as naive UTC) of every schedule with a run due within the grace time.

        A schedule is due when the newest fire time of its spec, if within the grace time, comes after
        its last run (or its last change); that fire time is worked out once per distinct spec and time
        zone, not once per channel (thousands of channels share a few specs).
        """
        now = self.clock()
        newest: dict[tuple[str, str], datetime | None] = {}
        due = []
        for schedule in self.schedules.all():
            key = (schedule.spec, schedule.tz)
            if key not in newest:
                newest[key] = self._newest_fire(schedule.channel, *key, now)
            fire = newest[key]
            if fire is not None and fire > (schedule.last_run_at or schedule.updated_at):
                due.append((schedule.channel, fire))
        return due

    def _newest_fire(self, channel: str, spec_text: str, tz: str, now: datetime) -> datetime | None:
        """The newest fire time (naive UTC) of a spec within the grace time before ``now``; None when there is
        none or the spec is invalid (said once, naming the first channel that has it)."""
        try:
            spec = parse_spec(spec_text, tz)
        except ScheduleError as exc:
            log.error("schedule of %s is invalid (%s); not scheduled", channel, exc)
            return None
        fire = missed_run(spec, now - timedelta(seconds=self.grace, microseconds=1), now, self.grace)
        return None if fire is None else fire.astimezone(timezone.utc).replace(tzinfo=None)

    def due_outbox(self) -> list[tuple[int, str]]:
        """(outbox id, channel) of every open row whose retry time has come, oldest first."""
        now = self.clock()
        with self.store.session() as s:
            q = (select(OutboxRow.id, OutboxRow.channel).where(OutboxRow.state.in_(OPEN_STATES))
                 .where(OutboxRow.next_attempt_at.is_(None) | (OutboxRow.next_attempt_at <= now))
                 .order_by(OutboxRow.id))
            return [(int(i), str(c)) for i, c in s.execute(q)]

    def _feed_due(self, feed: FeedInfo) -> bool:
        return feed.next_poll is None or feed.next_poll <= self.clock()


def _count(report: PollReport) -> None:
    """The poll metrics of one report."""
    metrics.POLLS.inc()
    if report.status == "error":
        metrics.POLL_ERRORS.inc()
    else:
        metrics.mark_now(metrics.LAST_POLL)
