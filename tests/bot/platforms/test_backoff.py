"""Connecting with back-off: waits double up to the cap, one log line per failure, real errors raised."""
from __future__ import annotations

import logging

import aiohttp
import pytest

from bot.platforms.backoff import Backoff, connect_with_backoff, describe, unreachable


async def test_transient_failures_are_retried_with_doubling_waits(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    waits: list[float] = []
    attempts = iter([OSError("connection refused"), aiohttp.ClientConnectionError("down"), TimeoutError(), None])
    tidied: list[int] = []

    async def connect() -> str:
        exc = next(attempts)
        if exc is not None:
            raise exc
        return "connected"

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def tidy() -> None:
        tidied.append(1)

    result = await connect_with_backoff("Test", connect, backoff=Backoff(first=1, cap=3, jitter=0),
                                        after_failure=tidy, sleep=sleep)
    assert result == "connected" and waits == [1, 2, 3] and len(tidied) == 3
    lines = [r for r in caplog.records if r.name == "bot.platforms.backoff"]
    assert len(lines) == 3 and all(r.exc_info is None for r in lines)
    assert "Test: cannot connect (OSError: connection refused); retrying in 1.0s (attempt 1)" == lines[0].getMessage()


async def test_an_error_retrying_cannot_fix_is_raised_at_once() -> None:
    async def connect() -> None:
        raise ValueError("bad token")

    async def sleep(_: float) -> None:
        raise AssertionError("must not wait")

    with pytest.raises(ValueError, match="bad token"):
        await connect_with_backoff("Test", connect, sleep=sleep)


def test_jitter_stays_within_bounds_and_helpers() -> None:
    delays = Backoff(first=10, cap=40, jitter=0.1).delays()
    first, second, third, fourth = (next(delays) for _ in range(4))
    assert 9 <= first <= 11 and 18 <= second <= 22 and 36 <= third <= 44 and 36 <= fourth <= 44
    assert unreachable(OSError()) and not unreachable(ValueError())
    assert describe(OSError("a\nb")) == "OSError: a" and describe(TimeoutError()) == "TimeoutError"
