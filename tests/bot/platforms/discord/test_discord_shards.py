"""Discord at size: the bot is an AutoShardedBot, run against the fake gateway with two shards.

Each shard IDENTIFYs with its ``[shard_id, shard_count]``; the fake delivers a guild's events only
on the shard that owns the guild (``(guild_id >> 22) % shard_count``), so a slash command from a
guild on either shard is answered only if both shards are really connected and served.
"""
from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator

import pytest
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.platforms.discord.client import DigestBot
from bot.platforms.discord.config import ConfigError, DiscordSettings
from bot.platforms.discord.runner import serve
from discord_fakes import FAKE_TOKEN, flu_service, interaction_payload
from fakes.discord_api import FakeDiscordAPI, shard_for
from fakes.service import FakeDigestService

BASE_GUILD = 444444444444444444


def guild_on(shard: int, count: int) -> int:
    """A guild id whose events Discord sends on ``shard`` of ``count``."""
    guild = BASE_GUILD
    while shard_for(guild, count) != shard:
        guild += 1 << 22
    return guild


def in_guild(guild: int, channel: int) -> dict[str, Any]:
    """A ``/digest`` interaction typed in ``channel`` of ``guild``."""
    payload = interaction_payload(channel=channel)
    payload["guild_id"] = payload["channel"]["guild_id"] = payload["data"]["guild_id"] = str(guild)
    payload["authorizing_integration_owners"] = {"0": str(guild)}
    return payload


@pytest.fixture
async def two_shard_api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscordAPI]:
    """A fake API whose ``GET /gateway/bot`` recommends two shards."""
    monkeypatch.setattr(Route, "BASE", Route.BASE)  # serve() points these at the fake: restored after
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    api = FakeDiscordAPI(shards=2)
    await api.start()
    yield api
    await api.close()


async def answer_on_each_shard(api: FakeDiscordAPI, service: FakeDigestService, count: int,
                               shards: list[int], wait_until: Any) -> None:
    """A ``/digest`` from a guild on each of ``shards``: each delivered to one connection, each answered."""
    guilds = [guild_on(s, count) for s in shards]
    for n, guild in enumerate(guilds):
        assert await api.dispatch("INTERACTION_CREATE", in_guild(guild, 900 + n)) == 1  # one shard owns it
    await wait_until(lambda: len(api.of("followup")) == len(guilds))
    assert len(api.of("callback")) == len(guilds)
    keys = sorted(r.audience.key for r in service.requests)
    assert keys == sorted(f"discord:{g}:{900 + n}:user:666666666666666666" for n, g in enumerate(guilds))


async def test_two_shards_from_discords_recommendation_both_answer(
        two_shard_api: FakeDiscordAPI, wait_until) -> None:  # type: ignore[no-untyped-def]
    api = two_shard_api
    service = flu_service()
    settings = DiscordSettings(token=FAKE_TOKEN, api_url=api.base_url)  # no gateway: Discord's answer names it
    ready: list[DigestBot] = []
    task = asyncio.create_task(serve(settings, service, bot=_remember(settings, service, ready)))
    try:
        identifies = await api.wait_identified(2)
        assert sorted(f["d"]["shard"] for f in identifies) == [[0, 2], [1, 2]]
        assert all(f["d"]["token"] == FAKE_TOKEN for f in identifies)
        assert [r.kind for r in api.requests].count("gateway") == 1  # the count was asked once
        bot = ready[0]
        assert isinstance(bot, commands.AutoShardedBot) and bot.shard_count == 2
        await wait_until(lambda: sorted(bot.shards) == [0, 1])
        await answer_on_each_shard(api, service, 2, [0, 1], wait_until)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_a_configured_count_and_this_process_s_share_of_shards(
        two_shard_api: FakeDiscordAPI, wait_until) -> None:  # type: ignore[no-untyped-def]
    api = two_shard_api
    service = flu_service()
    env = {"DISCORD_TOKEN": FAKE_TOKEN, "DISCORD_API_URL": api.base_url, "DISCORD_GATEWAY_URL": api.gateway_url,
           "DISCORD_SHARD_COUNT": "3", "DISCORD_SHARD_IDS": "2"}  # shards 0 and 1 run in other processes
    settings = DiscordSettings.from_env(env)
    task = asyncio.create_task(serve(settings, service))
    try:
        [identify] = await api.wait_identified(1)
        assert identify["d"]["shard"] == [2, 3]
        assert api.of("gateway") == []  # a configured count: Discord is not asked
        await answer_on_each_shard(api, service, 3, [2], wait_until)
        assert await api.dispatch("INTERACTION_CREATE", in_guild(guild_on(0, 3), 999)) == 0  # not ours
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert len(api.identifies) == 1


async def test_a_configured_gateway_is_used_with_discords_count(
        two_shard_api: FakeDiscordAPI, wait_until) -> None:  # type: ignore[no-untyped-def]
    """DISCORD_GATEWAY_URL (a proxy) wins over the URL in Discord's recommendation."""
    api = two_shard_api
    settings = DiscordSettings(token=FAKE_TOKEN, api_url=api.base_url, gateway_url=api.gateway_url)
    api.gateway_url = "ws://127.0.0.1:1/gateway-ws"  # what /gateway/bot now names: nothing listens there
    task = asyncio.create_task(serve(settings, flu_service()))
    try:
        identifies = await api.wait_identified(2)  # so both shards went through the configured gateway
        assert sorted(f["d"]["shard"] for f in identifies) == [[0, 2], [1, 2]]
        assert len(api.of("gateway")) == 1
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def _remember(settings: DiscordSettings, service: FakeDigestService, out: list[DigestBot]) -> DigestBot:
    """The bot serve() would build, kept for the test to inspect."""
    from bot.platforms.discord.runner import build_bot

    bot = build_bot(settings, service)
    out.append(bot)
    return bot


@pytest.mark.parametrize("env,problem", [
    ({"DISCORD_SHARD_COUNT": "0"}, "DISCORD_SHARD_COUNT"),
    ({"DISCORD_SHARD_COUNT": "two"}, "DISCORD_SHARD_COUNT"),
    ({"DISCORD_SHARD_IDS": "0"}, "needs DISCORD_SHARD_COUNT"),
    ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2"}, "from 0 to 1"),
    ({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "1,1"}, "distinct"),
])
def test_bad_shard_settings_name_the_variable(env: dict[str, str], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        DiscordSettings.from_env({"DISCORD_TOKEN": "sekrit", **env})


def test_shard_settings_from_env() -> None:
    settings = DiscordSettings.from_env({"DISCORD_TOKEN": "t", "DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "3, 1"})
    assert settings.shard_count == 4 and settings.shard_ids == (1, 3)
    default = DiscordSettings.from_env({"DISCORD_TOKEN": "t"})
    assert default.shard_count is None and default.shard_ids is None


def guild_create(guild: int) -> dict[str, Any]:
    """A GUILD_CREATE payload, as the gateway sends it when the bot joins (or sees) a server."""
    return {"id": str(guild), "name": f"server {guild}", "owner_id": "333333333333333333", "icon": None,
            "roles": [], "emojis": [], "stickers": [], "features": [], "channels": [], "threads": [], "members": [],
            "voice_states": [], "presences": [], "member_count": 1, "large": False, "unavailable": False,
            "joined_at": "2024-01-01T00:00:00+00:00", "premium_tier": 0, "preferred_locale": "en-US",
            "nsfw_level": 0, "verification_level": 0, "explicit_content_filter": 0,
            "default_message_notifications": 0, "mfa_level": 0, "afk_timeout": 300, "system_channel_flags": 0}


async def test_a_guild_that_removes_the_bot_is_forgotten_an_outage_is_not(
        two_shard_api: FakeDiscordAPI, tmp_path: Any, wait_until) -> None:  # type: ignore[no-untyped-def]
    from functools import partial

    from bot.chat.settings import Manager
    from bot.db.schedules import ScheduleRepo
    from bot.db.store import Store
    from bot.db.workspaces import forget_workspace
    from bot.platforms.discord.runner import build_bot
    from bot.scheduling.spec import parse_spec

    api = two_shard_api
    store = Store(f"sqlite:///{tmp_path / 'guilds.db'}")
    gone, other = guild_on(0, 2), guild_on(1, 2)
    down = gone + (2 << 22)  # on gone's shard too: its event is handled before gone's
    for guild in (gone, down, other):
        ScheduleRepo(store).set(f"discord:{guild}:1", parse_spec("daily 09:00", "UTC"))
    settings = DiscordSettings(token=FAKE_TOKEN, api_url=api.base_url)
    bot = build_bot(settings, flu_service(), Manager(store), forget=partial(forget_workspace, store, "discord"))
    task = asyncio.create_task(serve(settings, flu_service(), bot=bot))
    try:
        await api.wait_identified(2)
        await wait_until(lambda: sorted(bot.shards) == [0, 1])
        for guild in (gone, down, other):
            assert await api.dispatch("GUILD_CREATE", guild_create(guild)) == 1
        await wait_until(lambda: len(bot.guilds) == 3)
        await api.dispatch("GUILD_DELETE", {"id": str(down), "unavailable": True})  # an outage: keep everything
        await api.dispatch("GUILD_DELETE", {"id": str(gone)})  # removed from the server
        await wait_until(lambda: ScheduleRepo(store).get(f"discord:{gone}:1") is None)
        assert ScheduleRepo(store).get(f"discord:{down}:1") is not None
        assert ScheduleRepo(store).get(f"discord:{other}:1") is not None
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
