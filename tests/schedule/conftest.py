"""Fixtures of the schedule/outbox tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from schedule_fake_chat import FakeChat  # noqa: E402


@pytest.fixture
def chat():
    server = FakeChat()
    yield server
    server.close()
