"""``digestbot run`` when a platform is unreachable at start: it keeps retrying (one line per try) while
the scheduler and the other platform run; once it is back it connects."""
from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

import bot.app.serve as app_serve
from bot.app import Settings, build_app
from bot.digests import Digests
from bot.db.store import Store
from bot.platforms.backoff import Backoff
from bot.platforms.discord.config import DiscordSettings
from bot.platforms.discord.runner import build_bot, serve
from bot.platforms.slack.config import SlackSettings
from discord_fakes import FAKE_TOKEN, GUILD, flu_service
from fakes.discord_api import API_PREFIX, FakeDiscordAPI
from fakes.slack_api import FakeSlack

FAST = Backoff(first=0.2, cap=0.4, jitter=0)


def free_port() -> int:
    """A port that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def down_settings(port: int) -> DiscordSettings:
    """Settings whose API and gateway are on ``port`` of 127.0.0.1 (nothing listens there yet)."""
    return DiscordSettings(token=FAKE_TOKEN, guild_id=GUILD, api_url=f"http://127.0.0.1:{port}{API_PREFIX}",
                           gateway_url=f"ws://127.0.0.1:{port}/gateway-ws")


def ours_with_tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Our log records that carry a traceback."""
    return [r for r in caplog.records if r.name.startswith("bot.") and (r.exc_info or r.exc_text)]


async def test_discord_down_at_start_then_up_connects(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(Route, "BASE", Route.BASE)  # restored after
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    port = free_port()
    bot = build_bot(down_settings(port), flu_service())
    task = asyncio.create_task(serve(down_settings(port), flu_service(), bot=bot, backoff=FAST))
    fake = FakeDiscordAPI()
    try:
        await asyncio.sleep(1.0)
        assert not task.done() and not bot.logged_in.is_set()
        retries = [r.getMessage() for r in caplog.records if "Discord: cannot connect" in r.getMessage()]
        assert len(retries) >= 2 and "(attempt 1)" in retries[0] and FAKE_TOKEN not in " ".join(retries)
        await fake.start(port)  # Discord is back
        await asyncio.wait_for(fake.identified.wait(), 10)
        assert bot.logged_in.is_set() and [c.qualified_name for c in bot.cogs.values()] == ["DigestCog", "ManageCog"]
        assert fake.of("guild_commands")
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await fake.close()
    assert ours_with_tracebacks(caplog) == []


async def test_a_refused_token_is_not_retried(fake_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    import discord

    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    fake_api.script("me", 401, {"message": "401: Unauthorized", "code": 0})
    settings = DiscordSettings(token=FAKE_TOKEN, guild_id=GUILD, api_url=fake_api.base_url,
                               gateway_url=fake_api.gateway_url)
    with pytest.raises(discord.LoginFailure):
        await asyncio.wait_for(serve(settings, flu_service(), backoff=FAST), 10)


async def test_slack_down_does_not_stop_the_scheduler_or_discord(
    fake_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    slack_port = free_port()
    slack = SlackSettings(bot_token="xoxb-test-token", app_token="xapp-1-test", mode="socket",
                          api_url=f"http://127.0.0.1:{slack_port}/api/", post_interval=0)
    discord_settings = DiscordSettings(token=FAKE_TOKEN, guild_id=GUILD, api_url=fake_api.base_url,
                                       gateway_url=fake_api.gateway_url)
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    ready: asyncio.Future = asyncio.get_running_loop().create_future()
    app = build_app(Settings(slack=slack, discord=discord_settings), store=store, digests=Digests(store))
    task = asyncio.create_task(app_serve.serve(app, on_ready=ready.set_result))
    fake_slack = FakeSlack()
    try:
        runtime = await asyncio.wait_for(ready, 15)  # the scheduler runs although Slack is down
        await asyncio.wait_for(fake_api.identified.wait(), 10)  # and so does Discord
        assert runtime.scheduler.scheduler.running and not task.done()
        deadline = asyncio.get_running_loop().time() + 10
        while not any("Slack: cannot connect" in r.getMessage() for r in caplog.records):
            assert asyncio.get_running_loop().time() < deadline, "no retry was logged"
            await asyncio.sleep(0.05)
        await fake_slack.start(slack_port)  # Slack comes back: it connects on its next try
        await fake_slack.wait_for("apps.connections.open", timeout=15, ok_only=True)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await fake_slack.close()
    assert ours_with_tracebacks(caplog) == []


async def test_discord_down_does_not_stop_the_scheduler_or_slack(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    monkeypatch.setattr(app_serve, "LOGIN_GRACE_SECONDS", 0.5)
    fake_slack = await FakeSlack().start()
    slack = SlackSettings(bot_token=fake_slack.bot_token, app_token=fake_slack.app_token, mode="socket",
                          api_url=fake_slack.api_url, post_interval=0)
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    ready: asyncio.Future = asyncio.get_running_loop().create_future()
    app = build_app(Settings(slack=slack, discord=down_settings(free_port())), store=store, digests=Digests(store))
    task = asyncio.create_task(app_serve.serve(app, on_ready=ready.set_result))
    try:
        runtime = await asyncio.wait_for(ready, 10)  # the scheduler starts without Discord
        assert runtime.scheduler.scheduler.running
        await fake_slack.wait_for("apps.connections.open", timeout=10, ok_only=True)  # Slack serves
        assert not task.done()
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await fake_slack.close()
    messages = [r.getMessage() for r in caplog.records]
    assert any("Discord: cannot connect" in m for m in messages)
    assert any("Discord is not connected yet; the scheduler starts anyway" in m for m in messages)
    assert ours_with_tracebacks(caplog) == []


async def test_posting_before_login_is_a_retryable_delivery_error() -> None:
    from bot.core.chat import DeliveryError, Message, PermanentError, RateLimited

    bot = build_bot(down_settings(free_port()), flu_service())
    with pytest.raises(DeliveryError, match="not connected yet") as info:
        await bot.channel_adapter().send("42", Message({"content": "scheduled"}))
    assert not isinstance(info.value, (PermanentError, RateLimited))  # the outbox tries again later


async def test_gateway_down_after_login_is_one_line_per_reconnect(
    fake_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    settings = DiscordSettings(token=FAKE_TOKEN, guild_id=GUILD, api_url=fake_api.base_url,
                               gateway_url=f"ws://127.0.0.1:{free_port()}/gateway-ws")
    bot = build_bot(settings, flu_service())
    task = asyncio.create_task(serve(settings, flu_service(), bot=bot, backoff=FAST))
    try:
        await asyncio.wait_for(bot.logged_in.wait(), 10)  # REST works, the gateway does not
        deadline = asyncio.get_running_loop().time() + 10
        while not any("gateway connection lost" in r.getMessage() for r in caplog.records):
            assert asyncio.get_running_loop().time() < deadline, "no reconnect was logged"
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    line = next(r for r in caplog.records if "gateway connection lost" in r.getMessage())
    assert line.exc_info is None and "ClientConnectorError" in line.getMessage()
    assert "Failed to connect for shard_id: 0. Retrying" in line.getMessage()  # the shard retries its connect
