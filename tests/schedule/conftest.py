"""Fixtures of the schedule/outbox tests."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from schedule_fake_chat import FakeChat  # noqa: E402

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
def chat():
    server = FakeChat()
    yield server
    server.close()


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture
def store(db_url):
    return Store(db_url)


@pytest.fixture
def clock():
    return Clock()
