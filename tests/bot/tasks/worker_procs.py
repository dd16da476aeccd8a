"""Real ``digestbot worker`` processes for the fault tests, and how to find the one that is stuck where.

A worker stuck on a chat server is found by its connection to that server (:func:`pid_connected_to`); a
worker stuck on a database lock by its PostgreSQL backend's client port (:func:`pid_of_local_port`).
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Awaitable, Callable

from sqlalchemy import text

from bot.db.store import Store

ROOT = Path(__file__).resolve().parents[3]


def start_worker(url: str, log: Path, stalled_after: float) -> subprocess.Popen[bytes]:
    """A real ``digestbot worker`` process on ``url`` (no chat tokens: webhook deliveries only)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DIGESTBOT_"))}
    env.update(DIGESTBOT_DATABASE_URL=url, DIGESTBOT_STALLED_AFTER=str(stalled_after),
               DIGESTBOT_ALLOW_PRIVATE_FEEDS="1")
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "worker", "--concurrency", "1"], cwd=ROOT, env=env,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _sockets(port: int, column: int) -> set[str]:
    """Inodes (``socket:[N]``) of established IPv4 TCP connections whose local (column 1) or remote
    (column 2) port is ``port`` (Linux /proc)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[column].split(":")[1], 16) == port and fields[3] == "01":
            inodes.add(f"socket:[{fields[9]}]")
    return inodes


def _holder(inodes: set[str], pids: list[int]) -> int | None:
    """The process among ``pids`` with one of ``inodes`` open."""
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(fd) in inodes:
                    return pid
            except OSError:
                continue
    return None


def pid_connected_to(port: int, pids: list[int]) -> int | None:
    """The process among ``pids`` holding an established TCP connection to 127.0.0.1:``port``."""
    return _holder(_sockets(port, 2), pids)


def pid_of_local_port(port: int, pids: list[int]) -> int | None:
    """The process among ``pids`` whose TCP connection goes out from local port ``port`` (a database client)."""
    return _holder(_sockets(port, 1), pids)


def count(store: Store, sql: str) -> int:
    """The integer one SQL query answers."""
    with store.session() as s:
        return int(s.scalar(text(sql)) or 0)


async def until(condition: Callable[[], bool], seconds: float, every: float = 0.2,
                also: Callable[[], Awaitable[object]] | None = None) -> bool:
    """Wait until ``condition()`` holds (awaiting ``also()`` each round); False after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if also is not None:
            await also()
        if condition():
            return True
        await asyncio.sleep(every)
    return False


def stop(workers: list[subprocess.Popen[bytes]]) -> None:
    """Kill the workers still running and reap them all."""
    for w in workers:
        if w.poll() is None:
            w.kill()
        w.wait(10)
