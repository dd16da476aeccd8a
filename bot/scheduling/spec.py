"""The schedule language: a spec text and a time zone -> an APScheduler cron trigger.

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
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

CRON_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]  # cron numbering: index = number
APS_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
FULL_NAMES = {"monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
              "saturday": "sat", "sunday": "sun", "tues": "tue", "thur": "thu", "thurs": "thu"}
MIN_GAP = timedelta(minutes=15)


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
    if t.isdecimal() and 0 <= int(t) <= 7:
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
            if not s.isdecimal() or int(s) == 0:
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
    if token.isdecimal() and not numbers:
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


def _aware(naive_utc: datetime) -> datetime:
    return naive_utc.replace(tzinfo=timezone.utc) if naive_utc.tzinfo is None else naive_utc
