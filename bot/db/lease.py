"""A lease in the database: at most one process delivers and schedules at a time.

APScheduler's job stores must not be shared between processes, and two processes draining
one outbox could post a digest twice. Every process that schedules or delivers
(``digestbot run``, ``scheduler``, ``deliver-pending``) takes the ``deliver`` lease first
and renews it while it runs; a lease whose holder stopped renewing expires, and a holder on
the same host whose process is gone is replaced at once, so a crashed process never blocks
its restart.
"""
from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta
from typing import Callable


from bot.db.schema import LeaseRow, utcnow

from bot.db.store import Store
from summarizer.errors import DigestbotError

LEASE_SECONDS = 180


class LeaseHeld(DigestbotError):
    """Another live process holds the lease."""


def default_owner() -> str:
    """host:pid:random, unique per process start."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _alive(owner: str) -> bool:
    """False only when the holder ran on this host and its process is gone (a crash: take over now)."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True  # another machine: trust the expiry time
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Lease:
    """A named lease held by this process (acquire, renew, release)."""

    def __init__(self, store: Store, name: str = "deliver", *, seconds: int = LEASE_SECONDS,
                 owner: str | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.name = name
        self.seconds = seconds
        self.owner = owner or default_owner()
        self.clock = clock

    def acquire(self) -> None:
        """Take the lease, or raise :class:`LeaseHeld` naming the live holder."""
        now = self.clock()
        with self.store.session() as s:
            row = s.get(LeaseRow, self.name, with_for_update=True)
            if row is not None and row.owner != self.owner and row.expires_at > now and _alive(row.owner):
                left = int((row.expires_at - now).total_seconds())
                raise LeaseHeld(f"another digestbot process ({row.owner}) is delivering for this database; "
                                f"stop it first (its lease expires in {left}s if it has died)")
            if row is None:
                s.add(LeaseRow(name=self.name, owner=self.owner, expires_at=now + timedelta(seconds=self.seconds)))
            else:
                row.owner, row.expires_at = self.owner, now + timedelta(seconds=self.seconds)

    def renew(self) -> None:
        """Extend the lease (raises :class:`LeaseHeld` if it was lost to another process)."""
        self.acquire()

    def release(self) -> None:
        """Give the lease up (only if this process holds it)."""
        with self.store.session() as s:
            row = s.get(LeaseRow, self.name)
            if row is not None and row.owner == self.owner:
                s.delete(row)
