"""Fixtures of the schedule/outbox tests."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from schedule_fake_chat import FakeChat  # noqa: E402

from bot.store import Store  # noqa: E402
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest  # noqa: E402


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


def three_story_digest(channel: str) -> Digest:
    """A hand-built digest: three stories, one item each, two articles each."""
    stories = []
    for n, title in enumerate(["Flood in Riverton", "Dockers strike", "Bridge approved"]):
        arts = [f"art-{n}-a", f"art-{n}-b"]
        stories.append(StoryDigest(f"story-{n}", title, [Item(Kind.NEW, f"{title}: fact {n}",
                                                              [SourceRef("Gazette", f"http://n.test/{n}", arts[0])],
                                                              key=f"key-{n}")], arts))
    return Digest(channel, stories, datetime(2025, 3, 3, 9, 0), [a for s in stories for a in s.article_ids])
