"""Values SQLite stores but PostgreSQL refuses are normalised or refused before the store, on both alike."""
from __future__ import annotations

import sys

import pytest
from sqlalchemy import select

from bot.chat.settings import Manager
from bot.core.chat import Message, PermanentError
from bot.db.errors import StoreError
from bot.db.feeds import FeedRepo
from bot.db.schema import OutboxRow, StoryRow
from bot.db.store import Store
from bot.delivery.outbox import Outbox
from bot.platforms.webhook import WebhookAdapter

CH = "webhook:news"


class RefusingAdapter(WebhookAdapter):
    """A platform whose refusal echoes a response body with a NUL in it."""

    async def send(self, target: str, message: Message) -> str:
        raise PermanentError("refused: HTTP 400 bad\x00body")


async def test_a_nul_in_a_platform_error_is_stored_without_it(store: Store) -> None:
    adapter = RefusingAdapter(timeout=2)
    outbox = Outbox(store, {"webhook": adapter}, max_attempts=1)
    oid = outbox.enqueue_notice(CH, "webhook", "https://chat.test/hook", "hello")
    assert await outbox.deliver(oid) == "failed"  # on PostgreSQL the NUL failed the state change itself
    with store.session() as s:
        row = s.get_one(OutboxRow, oid)
        assert (row.state, row.last_error) == ("failed", "refused: HTTP 400 badbody")
    await adapter.aclose()


def test_a_nul_in_a_feed_error_is_stored_without_it(store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    feeds = FeedRepo(store, clock=clock)
    feed, _ = feeds.subscribe(CH, "https://n.test/rss", 900)
    feeds.record_failure(feed.id, clock(), "not a feed: \x00\x00<rss", cap=3600, report_after=3)
    info = feeds.feed(feed.id)
    assert info is not None and info.last_error == "not a feed: <rss" and info.consecutive_failures == 1


def test_insert_ignore_drops_nul_too(store: Store) -> None:
    from bot.db.inserts import insert_ignore

    with store.session() as s:
        assert insert_ignore(s, StoryRow, id="s\x001", title="a\x00title")
    with store.session() as s:
        assert [(r.id, r.title) for r in s.scalars(select(StoryRow))] == [("s1", "atitle")]


def test_a_poll_interval_beyond_the_column_is_refused(store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    manager = Manager(store, clock=clock)  # 40000 days would not fit PostgreSQL's INTEGER column (seconds)
    answer = manager.add_feed(CH, "https://n.test/rss", True, interval="40000d")
    assert answer.startswith("Cannot add that feed: poll at least every")
    assert FeedRepo(store).subscriptions(CH) == []
    assert manager.add_feed(CH, "https://n.test/rss", True, interval="7d").startswith("Following")


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_a_plain_postgresql_url_uses_psycopg_3(pg_url: str, scheme: str) -> None:
    store = Store(pg_url.replace("postgresql+psycopg://", f"{scheme}://"))
    assert store.engine.dialect.driver == "psycopg"
    store.add_articles([])
    store.engine.dispose()


def test_a_missing_driver_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if digestbot[postgres] were not installed
    with pytest.raises(StoreError, match=r"pip install 'digestbot\[postgres\]'"):
        Store("postgresql://bot@127.0.0.1:1/digestbot")


def test_the_suite_refuses_aware_datetimes_on_postgresql(pg_url: str) -> None:
    # tests/conftest.py's guard: PostgreSQL would shift an aware value by its TimeZone (the test server's
    # is +05:45), so every [postgresql] run proves that only naive UTC is written
    from datetime import datetime, timezone

    store = Store(pg_url)
    feeds = FeedRepo(store)
    feed, _ = feeds.subscribe(CH, "https://n.test/rss", 900)
    with pytest.raises(AssertionError, match="time-zone-aware datetime"):
        feeds.record_success(feed.id, datetime(2025, 3, 3, 8, tzinfo=timezone.utc), etag=None, last_modified=None)
    feeds.record_success(feed.id, datetime(2025, 3, 3, 8), etag=None, last_modified=None)
    info = feeds.feed(feed.id)
    assert info is not None and info.last_success == datetime(2025, 3, 3, 8)
    store.engine.dispose()
