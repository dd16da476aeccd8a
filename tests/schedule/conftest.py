"""Fixtures of the schedule/outbox tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from schedule_fake_chat import FakeChat  # noqa: E402

from bot.store import Store  # noqa: E402


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
