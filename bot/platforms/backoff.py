"""Connecting to a chat platform that may be down: retry with exponential back-off, one log line each.

A platform that is unreachable at start (network down, DNS, a 5xx) must not kill the process:
the scheduler, the feeds and the other platform keep running while this one keeps trying.
Errors that retrying cannot fix (a refused token, bad settings) are raised at once.
"""
from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from typing import Awaitable, Callable, Iterator, TypeVar

import aiohttp

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Waits between connection attempts: ``first`` seconds, doubled each time up to ``cap`` (±``jitter``)."""

    first: float = 1.0
    cap: float = 300.0
    jitter: float = 0.1

    def delays(self) -> Iterator[float]:
        """The successive waits (endless)."""
        delay = self.first
        while True:
            yield delay * (1 + random.uniform(-self.jitter, self.jitter))
            delay = min(self.cap, delay * 2)


def unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` says the platform could not be reached (worth retrying) rather than refused us."""
    return isinstance(exc, (aiohttp.ClientError, OSError, asyncio.TimeoutError, TimeoutError))


def describe(exc: BaseException) -> str:
    """``exc`` in one short line (type and first line of its message)."""
    text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def connect_with_backoff(
    name: str,
    connect: Callable[[], Awaitable[T]],
    *,
    transient: Callable[[BaseException], bool] = unreachable,
    backoff: Backoff = Backoff(),
    after_failure: Callable[[], Awaitable[None]] | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> T:
    """``await connect()`` until it succeeds; a ``transient`` failure is logged in one line and retried.

    ``after_failure`` tidies up between attempts (e.g. closes a half-open session). Any other
    error is raised.
    """
    attempt = 0
    for delay in backoff.delays():
        try:
            return await connect()
        except Exception as exc:
            if not transient(exc):
                raise
            attempt += 1
            log.warning("%s: cannot connect (%s); retrying in %.1fs (attempt %d)", name, describe(exc), delay, attempt)
            if after_failure is not None:
                await after_failure()
            await sleep(delay)
    raise AssertionError("unreachable: Backoff.delays() is endless")
