"""Fixtures shared by the task tests: a fresh PostgreSQL store and one webhook receiver per channel."""
from __future__ import annotations

from typing import Iterator

import pytest
from fakes.chat import FakeChat
from pg import databases
from sqlalchemy import Engine

from bot.db.store import Store


@pytest.fixture
def store_url(pg_admin: Engine, pg_template: str) -> Iterator[tuple[Store, str]]:
    """A migrated PostgreSQL store (procrastinate's schema included) and its URL."""
    with databases.fresh_database(pg_admin, pg_template) as url:
        store = Store(url)
        yield store, url
        store.engine.dispose()


@pytest.fixture
def chats(request: pytest.FixtureRequest) -> Iterator[list[FakeChat]]:
    """One webhook receiver per channel (the test module's ``CHANNELS``)."""
    servers = [FakeChat() for _ in range(request.module.CHANNELS)]
    yield servers
    for server in servers:
        server.close()
