"""The ``schedules`` table: one digest schedule per channel (the DB is the truth; jobs are rebuilt from it)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Protocol

from sqlalchemy import select

from bot.core.service import tenant_of
from bot.db.schema import ScheduleRow, utcnow
from bot.db.store import Store


class SpecText(Protocol):
    """A checked schedule spec (:class:`bot.scheduling.spec.ScheduleSpec`): its normalised text and zone."""

    @property
    def text(self) -> str:
        """The normalised spec, e.g. ``weekdays 09:00``."""
        ...

    @property
    def tz(self) -> str:
        """The IANA time zone."""
        ...


@dataclass(frozen=True)
class Schedule:
    """A detached schedule row."""

    channel: str
    spec: str
    tz: str
    enabled: bool
    last_run_at: datetime | None
    updated_at: datetime


class ScheduleRepo:
    """Stores schedules (one per channel)."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    def set(self, channel: str, spec: SpecText) -> None:
        """Create or replace the channel's schedule (enabled)."""
        now = self.clock()
        with self.store.session() as s:
            row = s.get(ScheduleRow, channel)
            if row is None:
                row = ScheduleRow(channel=channel, tenant=tenant_of(channel), created_at=now, last_run_at=None)
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
            return _snap(row) if row and row.tenant == tenant_of(channel) else None

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
