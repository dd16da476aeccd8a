"""Fixtures shared by every test folder."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest


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
