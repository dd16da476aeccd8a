"""Fixtures shared by every test folder."""
from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Awaitable, Callable, Iterator

import pytest

# The engine tests' builders (tests/summarizer/enginekit.py) serve the bot tests too.
sys.path.insert(0, str(Path(__file__).resolve().parent / "summarizer"))

from bot.db.store import Store  # noqa: E402
from fakes.chat import FakeChat  # noqa: E402
from fakes.web import FakeWeb  # noqa: E402


class Clock:
    """A settable naive-UTC clock (inject it where code takes ``clock=``)."""

    def __init__(self, now: datetime = datetime(2025, 3, 3, 8, 0)) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        """Move the clock forward by ``timedelta(**kw)``."""
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    """A fresh settable clock."""
    return Clock()


@pytest.fixture
def db_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A SQLite file URL in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture
def store(db_url: str) -> Store:
    """A fresh store on a SQLite file."""
    return Store(db_url)


async def _wait_until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Poll ``predicate`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


@pytest.fixture
def wait_until() -> Callable[..., Awaitable[None]]:
    """``await wait_until(lambda: condition, timeout=10)``."""
    return _wait_until


@pytest.fixture
def web() -> Iterator[FakeWeb]:
    """A local web server for feeds and pages (``web.routes[path] = Route(...)``)."""
    server = FakeWeb()
    yield server
    server.close()


@pytest.fixture
def chat() -> Iterator[FakeChat]:
    """A local chat webhook receiver recording posts."""
    server = FakeChat()
    yield server
    server.close()
