"""Fixtures of the feed tests: a local web server, a fresh store (the clock is in tests/conftest.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from feeds_fake_web import FakeWeb  # noqa: E402

from bot.store import Store  # noqa: E402


@pytest.fixture
def web():
    server = FakeWeb()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'test.db'}")
