"""``/digest feeds|schedule|status`` over the real signed HTTP endpoint, with a real Manager and SQLite store."""
from __future__ import annotations

import json
import threading
import time
from datetime import datetime
from typing import Any

import pytest

from bot.db.feeds import FeedRepo
from bot.db.schema import ChannelRow
from bot.chat.settings import NOT_ALLOWED, Manager
from bot.db.schedules import ScheduleRepo
from bot.platforms.slack.app import MANAGE_FAILED, plain_command_text
from bot.db.store import Store
from fakes.slack_api import RESPONSE_URL
from slack_stack import MakeStack, Stack

KEY = "slack:T1:C1"
NOW = datetime(2025, 3, 3, 8, 0)  # a Monday, naive UTC like the store


@pytest.fixture
def store() -> Store:
    """A fresh in-memory store with every table."""
    return Store("sqlite://")


@pytest.fixture
def manager(store: Store) -> Manager:
    """The real management API over ``store`` at a fixed time."""
    return Manager(store, clock=lambda: NOW)


async def ask(stack: Stack, text: str, **who: str) -> str:
    """Send a signed ``/digest text``; return the ephemeral answer of the ack (checked fast and ephemeral)."""
    status, body, seconds = await stack.command(text, **who)
    assert status == 200 and seconds < 3.0, (status, seconds)
    answer = json.loads(body)
    assert answer["response_type"] == "ephemeral", answer
    return str(answer["text"])


def subscriptions(store: Store, key: str = KEY) -> list[str]:
    """The URLs ``key`` follows."""
    return [f.url for f in FeedRepo(store).subscriptions(key)]


async def test_add_list_remove(make_stack: MakeStack, manager: Manager, store: Store) -> None:
    stack = await make_stack(manager=manager)
    added = await ask(stack, "feeds add https://news.test/rss every 30m")
    assert added.startswith("Following https://news.test/rss (checked every 30m).")
    assert subscriptions(store) == ["https://news.test/rss"]
    assert (await ask(stack, "feeds add https://news.test/rss")) == "This channel already follows https://news.test/rss."
    listing = await ask(stack, "feeds")
    assert listing.startswith("1. https://news.test/rss — checked never")
    assert (await ask(stack, "feeds list")) == listing
    assert (await ask(stack, "feeds remove 2")).startswith("No feed number 2; this channel follows 1 feed(s).")
    assert (await ask(stack, "feeds remove 1")) == "Stopped following https://news.test/rss."
    assert subscriptions(store) == []
    assert (await ask(stack, "feeds")).startswith("This channel follows no feeds")
    await stack.settle()
    assert stack.service.requests == [] and stack.fake.of(RESPONSE_URL) == []  # all answered in the ack


async def test_channels_are_kept_apart_and_registered_with_their_slack_id(
    make_stack: MakeStack, manager: Manager, store: Store
) -> None:
    stack = await make_stack(manager=manager)
    await ask(stack, "feeds add https://news.test/rss", team="T3", channel="C7")
    assert subscriptions(store, "slack:T3:C7") == ["https://news.test/rss"] and subscriptions(store) == []
    assert (await ask(stack, "feeds")).startswith("This channel follows no feeds")
    assert FeedRepo(store).channel_target("slack:T3:C7") == ("slack", "C7")


async def test_a_user_not_in_the_allow_list_is_refused_and_nothing_changes(
    make_stack: MakeStack, manager: Manager, store: Store
) -> None:
    stack = await make_stack(manager=manager, admin_users="U0ADMIN,U0OTHER")
    assert (await ask(stack, "feeds add https://news.test/rss", user="U0ADMIN")).startswith("Following")
    assert (await ask(stack, "schedule daily 18:00", user="U0ADMIN")).startswith("Digests daily 18:00")
    for text in ("feeds add https://other.test/rss", "feeds remove 1", "schedule weekdays 09:00", "schedule off"):
        assert (await ask(stack, text, user="U1")) == NOT_ALLOWED, text
    assert subscriptions(store) == ["https://news.test/rss"]
    schedule = ScheduleRepo(store).get(KEY)
    assert schedule is not None and schedule.enabled and schedule.spec == "daily 18:00"
    assert (await ask(stack, "feeds", user="U1")).startswith("1. https://news.test/rss")  # reading is open
    assert "https://news.test/rss" in await ask(stack, "status", user="U1")


async def test_schedule_set_and_off_round_trip_and_store_the_channel_target(
    make_stack: MakeStack, manager: Manager, store: Store
) -> None:
    stack = await make_stack(manager=manager)
    answer = await ask(stack, "schedule weekdays 09:00 Europe/Berlin", team="T3", channel="C0NEWS")
    assert answer.startswith("Digests weekdays 09:00 (Europe/Berlin). Next: ") and answer.endswith(" 09:00.")
    key = "slack:T3:C0NEWS"
    schedule = ScheduleRepo(store).get(key)
    assert schedule is not None and schedule.enabled
    assert (schedule.spec, schedule.tz) == ("weekdays 09:00", "Europe/Berlin")
    with store.session() as s:
        row = s.get(ChannelRow, key)
        assert row is not None and (row.platform, row.target) == ("slack", "C0NEWS")
    assert FeedRepo(store).channel_target(key) == ("slack", "C0NEWS")  # where the scheduler posts
    status = await ask(stack, "status", team="T3", channel="C0NEWS")
    assert "weekdays 09:00 (Europe/Berlin), next run 2025-03-03 09:00 CET" in status
    assert f"{key} (slack): last digest never" in status
    assert (await ask(stack, "schedule off", team="T3", channel="C0NEWS")) == "Scheduled digests are off for this channel."
    assert not ScheduleRepo(store).get(key).enabled  # type: ignore[union-attr]
    assert (await ask(stack, "schedule off", team="T3", channel="C0NEWS")) == "This channel has no digest schedule."


@pytest.mark.parametrize(
    "text,expect",
    [
        ("schedule sometimes", "Cannot use that schedule: "),
        ("schedule weekdays 09:00 Mars/Olympus", "Cannot use that schedule: "),
        ("schedule cron * * * * *", "Cannot use that schedule: "),
        ("feeds add ftp://news.test/feed", "Cannot add that feed: not an http(s) URL"),
        ("feeds add http://127.0.0.1:8080/rss", "Cannot add that feed: refusing a private address"),
        ("feeds add https://news.test/rss every 1m", "Cannot add that feed: poll at most every 5 minutes."),
    ],
)
async def test_bad_specs_and_urls_give_the_managers_one_line_error(
    make_stack: MakeStack, manager: Manager, store: Store, text: str, expect: str
) -> None:
    stack = await make_stack(manager=manager)
    answer = await ask(stack, text)
    assert answer.startswith(expect) and "\n" not in answer, answer
    assert subscriptions(store) == [] and ScheduleRepo(store).get(KEY) is None


async def test_parser_errors_and_help_answer_with_usage(make_stack: MakeStack, manager: Manager) -> None:
    stack = await make_stack(manager=manager)
    answer = await ask(stack, "feeds remove two")
    assert answer.startswith("`feeds remove` needs the feed's number") and "/digest feeds add URL" in answer
    help_text = await ask(stack, "help")
    for sub in ("/digest feeds add URL [every 30m]", "/digest feeds remove N", "/digest schedule WHEN [TZ]",
                "/digest schedule off", "/digest status"):
        assert sub in help_text


async def test_slack_formatted_links_and_entities_are_unwrapped(
    make_stack: MakeStack, manager: Manager, store: Store
) -> None:
    stack = await make_stack(manager=manager)
    answer = await ask(stack, "feeds add <https://news.test/rss?a=1&amp;b=2|news.test/rss?a=1&amp;b=2>")
    assert subscriptions(store) == ["https://news.test/rss?a=1&b=2"]
    assert "https://news.test/rss?a=1&amp;b=2" in answer  # our reply escapes & again for Slack
    assert plain_command_text("feeds add <https://x.test/f> &lt;b&gt;") == "feeds add https://x.test/f <b>"


async def test_replies_are_escaped_and_never_show_credentials(
    make_stack: MakeStack, manager: Manager, store: Store
) -> None:
    stack = await make_stack(manager=manager)
    answer = await ask(stack, "feeds add https://bob:hunter2@news.test/rss?token=s3cr3t")
    assert "hunter2" not in answer and "s3cr3t" not in answer and answer.startswith("Following https://***@news.test")
    FeedRepo(store).record_success(FeedRepo(store).subscriptions(KEY)[0].id, NOW, etag=None, last_modified=None,
                                   title="<!channel> *Breaking* news")
    listing = await ask(stack, "feeds")
    assert "<!channel>" not in listing and "&lt;!channel&gt;" in listing
    assert "hunter2" not in listing and "s3cr3t" not in listing


class SlowManager:
    """A real Manager whose every call first waits (a locked database), recording the thread it ran in."""

    def __init__(self, inner: Manager, delay: float, error: Exception | None = None) -> None:
        self.inner, self.delay, self.error = inner, delay, error
        self.threads: list[int] = []

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            time.sleep(self.delay)
            if self.error is not None:
                raise self.error
            return method(*args, **kwargs)

        return call


async def test_a_slow_database_never_delays_the_ack_the_answer_follows(
    make_stack: MakeStack, manager: Manager, store: Store
) -> None:
    slow = SlowManager(manager, delay=1.5)
    stack = await make_stack(manager=slow, ack_budget=0.3)
    status, body, seconds = await stack.command("feeds add https://news.test/rss")
    assert status == 200 and body == "" and seconds < 1.0, (body, seconds)
    assert stack.fake.of(RESPONSE_URL) == []
    await stack.settle()
    [reply] = stack.fake.of(RESPONSE_URL)
    assert reply.body["response_type"] == "ephemeral" and reply.body["text"].startswith("Following https://news.test/rss")
    assert subscriptions(store) == ["https://news.test/rss"]
    assert slow.threads and threading.get_ident() not in slow.threads  # DB work off the event loop


async def test_a_database_error_gives_a_short_apology(make_stack: MakeStack, manager: Manager, store: Store) -> None:
    broken = SlowManager(manager, delay=0.0, error=RuntimeError("database is locked at /srv/secret.db"))
    stack = await make_stack(manager=broken)
    assert (await ask(stack, "feeds add https://news.test/rss")) == MANAGE_FAILED
    assert (await ask(stack, "status")) == MANAGE_FAILED
    assert subscriptions(store) == []
