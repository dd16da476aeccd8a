"""One delivering process per database: the lease."""
from __future__ import annotations

import socket
import subprocess
import sys
from datetime import timedelta

import pytest

from bot.db.lease import Lease, LeaseHeld
from bot.db.store import Store



def test_second_holder_is_refused_until_expiry(clock, store: Store) -> None:  # type: ignore[no-untyped-def]
    first = Lease(store, seconds=60, clock=clock)  # this process: alive
    first.acquire()
    second = Lease(store, seconds=60, owner="otherhost:1:abc", clock=clock)
    with pytest.raises(LeaseHeld, match="another digestbot process"):
        second.acquire()
    first.renew()
    clock.now += timedelta(seconds=59)
    with pytest.raises(LeaseHeld):
        second.acquire()
    clock.now += timedelta(seconds=2)  # the holder stopped renewing: expired
    second.acquire()
    with pytest.raises(LeaseHeld):
        first.renew()  # lost to the other process


def test_release_frees_it_and_only_the_holder_can_release(store: Store) -> None:
    a, b = Lease(store, owner="h1:1:a"), Lease(store, owner="h2:2:b")
    a.acquire()
    b.release()  # not the holder: no effect
    with pytest.raises(LeaseHeld):
        b.acquire()
    a.release()
    b.acquire()


def test_a_dead_process_on_this_host_is_replaced_at_once(store: Store) -> None:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(proc.stdout)
    Lease(store, owner=f"{socket.gethostname()}:{dead_pid}:x").acquire()
    Lease(store).acquire()  # no LeaseHeld: the holder's process is gone


async def test_a_second_runtime_on_the_same_database_refuses_to_start(db_url: str) -> None:
    from bot.app.runtime import Runtime

    url = db_url
    first = Runtime(Store(url), {}, tick_every=3600)
    await first.start()
    try:
        second = Runtime(Store(url), {}, tick_every=3600, lease=Lease(Store(url), owner="elsewhere:1:z"))
        with pytest.raises(LeaseHeld):
            await second.start()
    finally:
        await first.stop()
    third = Runtime(Store(url), {}, tick_every=3600, lease=Lease(Store(url), owner="elsewhere:1:z"))
    await third.start()  # released on stop: free again
    await third.stop()
