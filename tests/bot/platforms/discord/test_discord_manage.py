"""/feeds and /schedule through discord.py's real CommandTree, with a real Manager over SQLite.

Interactions are raw INTERACTION_CREATE payloads; what the bot answered is read from the
fake API's records, what it changed from the database.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any, AsyncIterator

import pytest
from sqlalchemy import func, select

from bot.platforms.discord.client import DigestBot
from bot.platforms.discord.manage_cog import FAILED, NOT_CONFIGURED, timezone_choices
from bot.db.feeds import FeedRepo
from bot.db.schema import ChannelRow
from bot.chat.settings import NOT_ALLOWED, Manager
from bot.db.schedules import ScheduleRepo
from bot.core.service import Audience
from bot.db.store import Store

from discord_fakes import (
    ADMINISTRATOR,
    BOB,
    CHANNEL,
    FAKE_TOKEN,
    GUILD,
    MANAGE_CHANNELS,
    USE_APP_COMMANDS,
    FakeDigestService,
    flu_service,
    focused,
    interaction_payload,
    invoke,
    opt,
    sub,
)
from fakes.discord_api import FakeDiscordAPI

KEY = Audience.channel("discord", str(GUILD), str(CHANNEL)).key
MANAGER_PERMS = USE_APP_COMMANDS | MANAGE_CHANNELS
FEED = "https://news.example/rss"


@dataclass
class Setup:
    bot: DigestBot
    store: Store
    manager: Manager
    api: FakeDiscordAPI


@pytest.fixture
async def setup(fake_api: FakeDiscordAPI) -> AsyncIterator[Setup]:
    store = Store("sqlite://")
    manager = Manager(store)
    bot = DigestBot(flu_service(), guild_id=GUILD, manager=manager)
    await bot.login(FAKE_TOKEN)
    yield Setup(bot, store, manager, fake_api)
    await bot.close()


async def run(s: Setup, group: str, *options: dict[str, Any], permissions: int = MANAGER_PERMS) -> str:
    """Invoke ``/group ...``; return the ephemeral text the invoker got (after an ephemeral defer)."""
    payload = interaction_payload(*options, name=group, permissions=permissions, user=BOB)
    before = len(s.api.requests)
    await invoke(s.bot, payload)
    mine = [r for r in s.api.requests[before:] if payload["token"] in r.path]
    assert [r.kind for r in mine] == ["callback", "followup"], [r.kind for r in mine]
    defer, reply = mine
    assert defer.json == {"type": 5, "data": {"flags": 64}}
    assert reply.status == 200 and reply.json["flags"] & 64
    assert reply.json["allowed_mentions"] == {"parse": []}
    return reply.json["content"]


def subscriptions(store: Store) -> list[str]:
    return [f.url for f in FeedRepo(store).subscriptions(KEY)]


def channel_rows(store: Store) -> int:
    with store.session() as sess:
        return sess.scalar(select(func.count()).select_from(ChannelRow)) or 0


async def test_sync_publishes_guild_only_groups_hidden_from_non_managers(setup: Setup) -> None:
    (sync,) = setup.api.of("guild_commands")
    commands = {c["name"]: c for c in sync.json}
    assert set(commands) == {"digest", "feeds", "schedule"}
    for name, subs in (("feeds", ["add", "list", "remove"]), ("schedule", ["set", "off", "status"])):
        group = commands[name]
        assert group["description"]
        assert int(group["default_member_permissions"]) == MANAGE_CHANNELS
        assert group["dm_permission"] is False
        assert [o["name"] for o in group["options"]] == subs
        assert all(o["type"] == 1 and o["description"] for o in group["options"])
    add = {o["name"]: o for o in commands["feeds"]["options"][0]["options"]}
    assert add["url"]["required"] and not add["every"]["required"]
    (remove,) = commands["feeds"]["options"][2]["options"]
    assert (remove["name"], remove["type"], remove["required"]) == ("n", 4, True)
    when, tz = commands["schedule"]["options"][0]["options"]
    assert when["name"] == "when" and when["required"]
    assert tz["name"] == "tz" and tz["autocomplete"] is True and not tz["required"]


async def test_add_list_remove_round_trip_registers_the_discord_channel(setup: Setup) -> None:
    text = await run(setup, "feeds", sub("add", opt("url", FEED), opt("every", "30m")))
    assert text.startswith(f"Following {FEED} (checked every 30m)")
    assert subscriptions(setup.store) == [FEED]
    assert FeedRepo(setup.store).channel_target(KEY) == ("discord", str(CHANNEL))
    assert (await run(setup, "feeds", sub("add", opt("url", "https://other.example/atom")))).startswith("Following")
    listing = await run(setup, "feeds", sub("list"))
    assert [line.split(" ")[1] for line in listing.splitlines()] == [FEED, "https://other.example/atom"]
    assert await run(setup, "feeds", sub("remove", opt("n", 1))) == f"Stopped following {FEED}."
    assert subscriptions(setup.store) == ["https://other.example/atom"]
    assert (await run(setup, "feeds", sub("remove", opt("n", 5)))).startswith("No feed number 5")


async def test_management_runs_in_a_worker_thread(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    original = setup.manager.list_feeds

    def spy(channel: str) -> str:
        threads.append(threading.current_thread().name)
        return original(channel)

    monkeypatch.setattr(setup.manager, "list_feeds", spy)
    await run(setup, "feeds", sub("list"))
    assert threads and threads[0] != threading.main_thread().name


@pytest.mark.parametrize(
    "group,options",
    [
        ("feeds", [sub("add", opt("url", FEED))]),
        ("feeds", [sub("remove", opt("n", 1))]),
        ("schedule", [sub("set", opt("when", "daily 08:00"))]),
        ("schedule", [sub("off")]),
    ],
)
async def test_member_without_manage_channels_is_refused_server_side(
    setup: Setup, group: str, options: list[dict[str, Any]]
) -> None:
    """The payload reaches the bot (a UI override, a crafted client): the bot itself refuses."""
    setup.manager.add_feed(KEY, "https://kept.example/rss", True, target=str(CHANNEL))
    setup.manager.set_schedule(KEY, "weekdays 09:00", "UTC", True, target=str(CHANNEL))
    assert await run(setup, group, *options, permissions=USE_APP_COMMANDS) == NOT_ALLOWED
    assert subscriptions(setup.store) == ["https://kept.example/rss"]
    schedule = ScheduleRepo(setup.store).get(KEY)
    assert schedule is not None and schedule.enabled and schedule.spec == "weekdays 09:00"


async def test_refused_member_creates_no_channel_row(setup: Setup) -> None:
    assert await run(setup, "feeds", sub("add", opt("url", FEED)), permissions=USE_APP_COMMANDS) == NOT_ALLOWED
    assert subscriptions(setup.store) == [] and channel_rows(setup.store) == 0


async def test_administrator_may_manage(setup: Setup) -> None:
    text = await run(setup, "feeds", sub("add", opt("url", FEED)), permissions=USE_APP_COMMANDS | ADMINISTRATOR)
    assert text.startswith("Following") and subscriptions(setup.store) == [FEED]


async def test_list_and_status_are_read_only_and_open(setup: Setup) -> None:
    setup.manager.add_feed(KEY, FEED, True, target=str(CHANNEL))
    assert (await run(setup, "feeds", sub("list"), permissions=USE_APP_COMMANDS)).startswith(f"1. {FEED}")
    status = await run(setup, "schedule", sub("status"), permissions=USE_APP_COMMANDS)
    assert status.splitlines()[0] == "Feeds:" and FEED in status
    assert KEY in status and "(discord)" in status


async def test_schedule_set_off_round_trip_stores_the_channel_target(setup: Setup) -> None:
    text = await run(setup, "schedule", sub("set", opt("when", "weekdays 09:00"), opt("tz", "Europe/Berlin")))
    assert text.startswith("Digests weekdays 09:00 (Europe/Berlin)") and "Next:" in text
    schedule = ScheduleRepo(setup.store).get(KEY)
    assert schedule is not None and (schedule.spec, schedule.tz, schedule.enabled) == (
        "weekdays 09:00",
        "Europe/Berlin",
        True,
    )
    assert FeedRepo(setup.store).channel_target(KEY) == ("discord", str(CHANNEL))
    assert "weekdays 09:00 (Europe/Berlin)" in await run(setup, "schedule", sub("status"))
    assert await run(setup, "schedule", sub("off")) == "Scheduled digests are off for this channel."
    assert not ScheduleRepo(setup.store).get(KEY).enabled  # type: ignore[union-attr]
    assert await run(setup, "schedule", sub("off")) == "This channel has no digest schedule."


@pytest.mark.parametrize(
    "group,options,prefix",
    [
        ("feeds", [sub("add", opt("url", "ftp://news.example/rss"))], "Cannot add that feed: "),
        ("feeds", [sub("add", opt("url", "http://localhost/rss"))], "Cannot add that feed: "),
        ("feeds", [sub("add", opt("url", FEED), opt("every", "soon"))], "Cannot add that feed: "),
        ("schedule", [sub("set", opt("when", "sometimes 9"))], "Cannot use that schedule: "),
        ("schedule", [sub("set", opt("when", "daily 9:00"), opt("tz", "Mars/Olympus"))], "Cannot use that schedule: "),
    ],
)
async def test_bad_input_gets_the_managers_one_line_error(
    setup: Setup, group: str, options: list[dict[str, Any]], prefix: str
) -> None:
    text = await run(setup, group, *options)
    assert text.startswith(prefix) and "\n" not in text
    assert subscriptions(setup.store) == [] and ScheduleRepo(setup.store).get(KEY) is None


async def test_timezone_autocomplete(setup: Setup) -> None:
    payload = interaction_payload(
        sub("set", opt("when", "daily 09:00"), focused("tz", "berl")),
        name="schedule",
        kind=4,
        permissions=MANAGER_PERMS,
    )
    await invoke(setup.bot, payload)
    (callback,) = setup.api.of("callback")
    assert callback.json["type"] == 8
    choices = callback.json["data"]["choices"]
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in choices and len(choices) <= 25


def test_timezone_choices_prefer_prefix_matches_and_cap_at_25() -> None:
    assert timezone_choices("europe/")[0].startswith("Europe/")
    assert len(timezone_choices("")) == 25 and len(timezone_choices("a")) == 25
    assert timezone_choices("new york") == ["America/New_York"]
    assert timezone_choices("no such zone") == []


async def test_feed_titles_are_escaped_and_long_replies_fit(setup: Setup) -> None:
    setup.manager.add_feed(KEY, FEED, True, target=str(CHANNEL))
    feed = FeedRepo(setup.store).subscriptions(KEY)[0]
    FeedRepo(setup.store).record_success(
        feed.id, datetime(2025, 1, 1), etag=None, last_modified=None,
        title="@everyone **Win** [prize](https://evil.example) <@123>",
    )
    for n in range(49):
        setup.manager.add_feed(KEY, f"https://feeds{n}.example/" + "x" * 60, True, target=str(CHANNEL))
    listing = await run(setup, "feeds", sub("list"), permissions=USE_APP_COMMANDS)
    first = listing.splitlines()[0]
    assert "@everyone" not in first and "<@123>" not in first and "**Win**" not in first
    assert "[prize](" not in first and "\\[prize\\]" in first  # no masked link, text kept
    assert len(listing) <= 2000 and listing.endswith("…")


async def test_manager_failure_gets_a_short_apology(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> str:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(setup.manager, "add_feed", broken)
    assert await run(setup, "feeds", sub("add", opt("url", FEED))) == FAILED


async def test_without_a_store_the_commands_say_not_configured(fake_api: FakeDiscordAPI) -> None:
    bot = DigestBot(flu_service(), guild_id=GUILD)
    await bot.login(FAKE_TOKEN)
    try:
        assert bot.manager is None
        payload = interaction_payload(sub("add", opt("url", FEED)), name="feeds", permissions=MANAGER_PERMS)
        await invoke(bot, payload)
        (callback,) = fake_api.of("callback")
        assert callback.json["type"] == 4
        assert callback.json["data"]["content"] == NOT_CONFIGURED and callback.json["data"]["flags"] & 64
        assert not fake_api.of("followup")
    finally:
        await bot.close()


@dataclass
class StoreBackedService(FakeDigestService):
    store: Store | None = None


def test_the_manager_is_injected_never_probed_from_the_service() -> None:
    store = Store("sqlite://")
    assert DigestBot(StoreBackedService(store=store)).manager is None
    injected = Manager(store)
    assert DigestBot(StoreBackedService(store=store), manager=injected).manager is injected
