"""Fixtures of the feed tests: a local web server (store and clock: tests/conftest.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from feeds_fake_web import FakeWeb  # noqa: E402


@pytest.fixture
def web():
    server = FakeWeb()
    yield server
    server.close()
