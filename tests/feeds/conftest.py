"""Fixtures of the feed tests: a local web server, a fresh store, a controllable clock."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from feeds_fake_web import FakeWeb  # noqa: E402

from bot.store import Store  # noqa: E402


class Clock:
    """A settable naive-UTC clock."""

    def __init__(self, now: datetime = datetime(2025, 3, 3, 8, 0)) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def web():
    server = FakeWeb()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'test.db'}")


@pytest.fixture
def clock():
    return Clock()
