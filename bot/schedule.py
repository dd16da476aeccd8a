"""Per-channel digest schedules: the spec language, the table, and the APScheduler jobs.

Spec language (case-insensitive; the time zone is a separate setting, default UTC, or a
trailing IANA name such as ``Europe/Berlin``)::

    daily 18:30            every day
    weekdays 09:00         Monday to Friday            weekends 10:00     Saturday and Sunday
    mon,wed,fri 08:00      day names or ranges (mon-fri, fri-mon wraps), full names work too
    cron 30 8 * * 1-5      a 5-field crontab (minute hour day month day-of-week)

Crontab day-of-week numbers mean what they mean in cron: 0 and 7 are Sunday, 1 is Monday.
They are translated to day *names* before they reach APScheduler, whose own numbering has
0 = Monday (APScheduler 3.11 `CronTrigger`). Cron ORs day-of-month with day-of-week when both are restricted;
APScheduler ANDs them, so that combination is refused. Schedules firing more often than
every 15 minutes are refused (a digest, not a feed mirror).

Daylight saving: times are wall-clock times in the schedule's zone. A time that does not
exist on the spring-forward day (02:30 in Europe/Berlin on the last Sunday of March) fires
an hour later by the wall clock (03:30); a time that happens twice on the fall-back day
fires once (the first).

Jobs: one AsyncIOScheduler in one process, memory job store, explicit ids
(``digest:<channel>``), ``replace_existing=True``, ``coalesce=True`` and a generous
``misfire_grace_time``. The DB is the source of truth: jobs are rebuilt from it on start
and re-synced every tick, so a ``digestbot schedule set`` from another process is picked up.
Runs missed while the process was down are caught up as ONE digest on start (if the
newest missed run is within the grace time); a digest covers everything unseen anyway.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Awaitable, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select

from bot.db.schema import ScheduleRow
from bot.db.schema import utcnow
from bot.db.store import Store

log = logging.getLogger(__name__)

CRON_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]  # cron numbering: index = number
APS_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
FULL_NAMES = {"monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
              "saturday": "sat", "sunday": "sun", "tues": "tue", "thur": "thu", "thurs": "thu"}
MIN_GAP = timedelta(minutes=15)
DEFAULT_GRACE = 6 * 3600


class ScheduleError(ValueError):
    """A schedule spec or time zone that cannot be used (one-line message)."""


@dataclass(frozen=True)
class ScheduleSpec:
    """A parsed schedule: normalised text, time zone and the cron fields for APScheduler."""

    text: str
    tz: str
    minute: str
    hour: str
    day: str = "*"
    month: str = "*"
    day_of_week: str = "*"

    def trigger(self) -> CronTrigger:
        """The APScheduler trigger of this spec."""
        return WallClockCronTrigger(minute=self.minute, hour=self.hour, day=self.day, month=self.month,
                                    day_of_week=self.day_of_week, timezone=ZoneInfo(self.tz))

    def describe(self) -> str:
        """A short human description."""
        return f"{self.text} ({self.tz})"

    def next_runs(self, after: datetime, n: int = 3) -> list[datetime]:
        """The next ``n`` fire times after ``after`` (aware)."""
        trig, out, prev, now = self.trigger(), [], None, after
        for _ in range(n):
            nxt = trig.get_next_fire_time(prev, now)
            if nxt is None:
                break
            out.append(nxt)
            prev = now = nxt
        return out


class WallClockCronTrigger(CronTrigger):
    """A CronTrigger that fires a repeated wall-clock time (DST fall-back) only once."""

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        """As CronTrigger, skipping the second occurrence of the previous fire's wall time."""
        nxt = super().get_next_fire_time(previous_fire_time, now)
        for _ in range(3):
            if nxt is None or previous_fire_time is None:
                return nxt
            if nxt.astimezone(self.timezone).replace(tzinfo=None) != \
                    previous_fire_time.astimezone(self.timezone).replace(tzinfo=None):
                return nxt
            previous_fire_time, nxt = nxt, super().get_next_fire_time(nxt, nxt)
        return nxt


def check_tz(tz: str) -> str:
    """The canonical zone name, or ScheduleError."""
    name = (tz or "UTC").strip()
    if name.upper() in ("UTC", "Z", "GMT"):
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"unknown time zone {name!r} (use an IANA name such as Europe/Berlin)") from None
    return name


def _time(token: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", token)
    if not m:
        raise ScheduleError(f"bad time {token!r} (use HH:MM, e.g. 09:00)")
    hour, minute, ampm = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if ampm:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"bad time {token!r}")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ScheduleError(f"bad time {token!r}")
    return hour, minute


def _day_index(token: str) -> int:
    """Cron day number (0 = Sunday) of a name or a cron number (0-7)."""
    t = FULL_NAMES.get(token, token)
    if t in CRON_DAYS:
        return CRON_DAYS.index(t)
    if t.isdigit() and 0 <= int(t) <= 7:
        return int(t) % 7
    raise ScheduleError(f"bad day {token!r} (use mon..sun, or 0-7 with 0 and 7 = Sunday)")


def _days(field: str, *, numbers: bool) -> str:
    """A day-of-week field (names, ranges, steps; numbers only if ``numbers``) -> APScheduler names."""
    chosen: set[int] = set()
    for part in field.split(","):
        part = part.strip()
        step = 1
        if "/" in part:
            part, s = part.split("/", 1)
            if not s.isdigit() or int(s) == 0:
                raise ScheduleError(f"bad step in day field {field!r}")
            step = int(s)
        if part in ("*", ""):
            lo, hi = 0, 6
        elif "-" in part:
            a, b = part.split("-", 1)
            lo, hi = _day_number(a, numbers), _day_number(b, numbers)
            if b.strip() == "7":
                hi = 7
            if hi < lo:  # wraps past Sunday: fri-mon
                hi += 7
        else:
            lo = hi = _day_number(part, numbers)
        chosen.update(d % 7 for d in range(lo, hi + 1, step))
    if len(chosen) == 7:
        return "*"
    return ",".join(d for d in APS_ORDER if CRON_DAYS.index(d) in chosen)


def _day_number(token: str, numbers: bool) -> int:
    token = token.strip()
    if token.isdigit() and not numbers:
        raise ScheduleError("use day names (mon..sun), not numbers, outside a crontab")
    return _day_index(token)


FRIENDLY_DAYS = {"daily": "*", "everyday": "*", "every day": "*", "weekdays": "mon-fri", "weekday": "mon-fri",
                 "weekends": "sat,sun", "weekend": "sat,sun"}


def parse_spec(spec: str, tz: str | None = None) -> ScheduleSpec:
    """Parse a schedule spec (see the module doc); raise ScheduleError with one line."""
    text = re.sub(r"\s+", " ", (spec or "").strip())
    tokens = text.split(" ")
    last = tokens[-1] if tokens else ""
    if ("/" in last and not re.fullmatch(r"[\d*,/-]+", last)) or last.upper() in ("UTC", "GMT"):
        if tz and tz != last:
            raise ScheduleError(f"two time zones given ({last} in the schedule, {tz} as the option)")
        tz, tokens = tokens[-1], tokens[:-1]
    zone = check_tz(tz or "UTC")
    low = [t.lower() for t in tokens if t]
    if not low:
        raise ScheduleError("empty schedule (e.g. \"weekdays 09:00\")")
    looks_cron = len(low) >= 3 and all(re.fullmatch(r"[\d*,/?-]+", t) for t in low[:2])
    if low[0] == "cron" or looks_cron:
        fields = low[1:] if low[0] == "cron" else low
        if len(fields) != 5:
            raise ScheduleError("a crontab needs 5 fields: minute hour day month day-of-week")
        minute, hour, day, month, dow = fields
        if day not in ("*", "?") and dow not in ("*", "?"):
            raise ScheduleError("restrict day-of-month or day-of-week, not both")
        result = ScheduleSpec("cron " + " ".join(fields), zone, minute, hour, "*" if day == "?" else day, month,
                              _days("*" if dow == "?" else dow, numbers=True))
    else:
        words = [w for w in low if w not in ("at", "on")]
        if words[:2] == ["every", "day"]:
            words = ["daily"] + words[2:]
        elif words[:1] == ["every"]:
            words = words[1:]
        times = [w for w in words if re.fullmatch(r"\d{1,2}(:\d{2})?(am|pm)?", w)]
        days = [w for w in words if w not in times]
        if len(times) != 1:
            raise ScheduleError("give one time, e.g. \"weekdays 09:00\"")
        day_text = " ".join(days) or "daily"
        friendly = FRIENDLY_DAYS.get(day_text)
        at_hour, at_minute = _time(times[0])
        aps_days = _days(friendly if friendly is not None else day_text.replace(" ", ""), numbers=False)
        label = {"*": "daily", "mon,tue,wed,thu,fri": "weekdays", "sat,sun": "weekends"}.get(aps_days, aps_days)
        result = ScheduleSpec(f"{label} {at_hour:02d}:{at_minute:02d}", zone, str(at_minute), str(at_hour),
                              day_of_week=aps_days)
    try:
        runs = result.next_runs(datetime(2030, 1, 1, tzinfo=timezone.utc), 12)
    except (ValueError, TypeError) as exc:
        raise ScheduleError(f"bad schedule {text!r}: {exc}") from None
    if not runs:
        raise ScheduleError(f"schedule {text!r} never fires")
    if any(b - a < MIN_GAP for a, b in zip(runs, runs[1:])):
        raise ScheduleError("a digest schedule may fire at most every 15 minutes")
    return result


# -- the table ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Schedule:
    """A detached schedule row."""

    channel: str
    spec: str
    tz: str
    enabled: bool
    last_run_at: datetime | None
    updated_at: datetime

    def parsed(self) -> ScheduleSpec:
        """The spec parsed (stored specs were validated when set)."""
        return parse_spec(self.spec, self.tz)


class ScheduleRepo:
    """Stores schedules (one per channel)."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    def set(self, channel: str, spec: ScheduleSpec) -> None:
        """Create or replace the channel's schedule (enabled)."""
        now = self.clock()
        with self.store.session() as s:
            row = s.get(ScheduleRow, channel)
            if row is None:
                row = ScheduleRow(channel=channel, created_at=now, last_run_at=None)
                s.add(row)
            row.spec, row.tz, row.enabled, row.updated_at = spec.text, spec.tz, True, now

    def disable(self, channel: str) -> bool:
        """Turn the channel's schedule off; False if it had none enabled."""
        with self.store.session() as s:
            row = s.get(ScheduleRow, channel)
            if row is None or not row.enabled:
                return False
            row.enabled, row.updated_at = False, self.clock()
            return True

    def get(self, channel: str) -> Schedule | None:
        """The channel's schedule, if any."""
        with self.store.session() as s:
            row = s.get(ScheduleRow, channel)
            return _snap(row) if row else None

    def all(self, enabled_only: bool = True) -> list[Schedule]:
        """Every (enabled) schedule."""
        with self.store.session() as s:
            q = select(ScheduleRow).order_by(ScheduleRow.channel)
            if enabled_only:
                q = q.where(ScheduleRow.enabled.is_(True))
            return [_snap(r) for r in s.scalars(q)]

    def mark_run(self, channel: str, when: datetime) -> None:
        """Record that the channel's scheduled digest ran at ``when`` (naive UTC)."""
        with self.store.session() as s:
            row = s.get(ScheduleRow, channel)
            if row is not None:
                row.last_run_at = when


def _snap(r: ScheduleRow) -> Schedule:
    return Schedule(r.channel, r.spec, r.tz, bool(r.enabled), r.last_run_at, r.updated_at)


def _aware(naive_utc: datetime) -> datetime:
    return naive_utc.replace(tzinfo=timezone.utc) if naive_utc.tzinfo is None else naive_utc


def missed_run(spec: ScheduleSpec, since: datetime, now: datetime, grace: float) -> datetime | None:
    """The newest fire time in (since, now] if it is within ``grace`` seconds of ``now`` (aware UTC)."""
    trig = spec.trigger()
    newest, prev, cursor = None, None, _aware(since) + timedelta(microseconds=1)  # since itself was handled
    now = _aware(now)
    for _ in range(10_000):
        nxt = trig.get_next_fire_time(prev, cursor)
        if nxt is None or nxt > now:
            break
        newest, prev, cursor = nxt, nxt, nxt
    if newest is not None and (now - newest).total_seconds() <= grace:
        return newest
    return None


# -- the scheduler -----------------------------------------------------------------------------
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
            spec = row.parsed()
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
