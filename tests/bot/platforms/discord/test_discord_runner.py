"""Settings, dry-run payloads, and serve(): a whole bot session against the fake API and gateway."""

from __future__ import annotations

import asyncio
import logging

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.platforms.discord.config import ConfigError, DiscordSettings
from bot.platforms.discord.runner import render_discord_payloads, serve
from summarizer.models import Digest

from discord_fakes import FAKE_TOKEN, GUILD, flu_service, interaction_payload, opt
from fakes.discord_api import APP_ID, FakeDiscordAPI


def test_settings_from_env_and_redacted_repr() -> None:
    env = {
        "DISCORD_TOKEN": "Bot sekrit.token",
        "DISCORD_GUILD_ID": "123",
        "DISCORD_API_URL": "http://127.0.0.1:9/api/v10/",
        "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/gw",
    }
    s = DiscordSettings.from_env(env)
    assert s.token == "sekrit.token" and s.guild_id == 123 and s.api_url == "http://127.0.0.1:9/api/v10"
    assert s.gateway_url == "ws://127.0.0.1:9/gw"
    assert "sekrit" not in repr(s) and "sekrit" not in str(s) and "***" in repr(s)
    assert DiscordSettings.from_env({"DISCORD_TOKEN": "t"}).guild_id is None


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"DISCORD_TOKEN": " "},
        {"DISCORD_TOKEN": "sekrit", "DISCORD_GUILD_ID": "abc"},
        {"DISCORD_TOKEN": "sekrit", "DISCORD_API_URL": "file:///etc"},
        {"DISCORD_TOKEN": "sekrit", "DISCORD_GATEWAY_URL": "http://x"},
    ],
)
def test_bad_settings_fail_without_echoing_the_token(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError) as info:
        DiscordSettings.from_env(env)
    assert "sekrit" not in str(info.value)


def test_render_discord_payloads_for_dry_run() -> None:
    payloads = render_discord_payloads(flu_service().build_for(__import__("bot.core.service").core.service.Audience("x")))
    assert len(payloads) == 1 and len(payloads[0]["embeds"]) == 2
    assert payloads[0]["allowed_mentions"] == {"parse": []}
    assert render_discord_payloads(Digest("x"))[0]["content"].startswith("Nothing new")



async def test_serve_runs_a_session_and_answers_a_gateway_interaction(
    fake_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    wait_until,  # type: ignore[no-untyped-def]
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(Route, "BASE", "https://discord.invalid/api/v10")  # serve() must apply api_url
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)  # restored after
    settings = DiscordSettings(
        token=FAKE_TOKEN, guild_id=GUILD, api_url=fake_api.base_url, gateway_url=fake_api.gateway_url
    )
    service = flu_service()
    task = asyncio.create_task(serve(settings, service))
    try:
        await asyncio.wait_for(fake_api.identified.wait(), 10)
        assert fake_api.identify is not None
        assert fake_api.identify["d"]["token"] == FAKE_TOKEN
        assert fake_api.identify["d"]["intents"] & (1 << 1 | 1 << 8 | 1 << 15) == 0  # no privileged intents
        assert fake_api.of("guild_commands")[0].path == f"/applications/{APP_ID}/guilds/{GUILD}/commands"
        payload = interaction_payload(opt("public", True))
        await fake_api.dispatch("INTERACTION_CREATE", payload)
        await wait_until(lambda: fake_api.of("followup"))
        assert [r.kind for r in fake_api.requests if r.kind in ("callback", "followup")] == ["callback", "followup"]
        assert fake_api.of("followup")[0].json["allowed_mentions"] == {"parse": []}
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
    assert any("starting" in m for m in ours)
    assert not any(FAKE_TOKEN in m for m in ours)
    assert FAKE_TOKEN not in caplog.text  # discord.py does not log it either


async def test_serve_an_external_bot_whose_http_client_the_scheduler_shares(
    fake_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process builds the bot first, gives the outbox bot.channel_adapter(), then serves it."""
    from bot.core.chat import Message
    from bot.platforms.discord.runner import build_bot
    from bot.chat.settings import Manager
    from bot.db.store import Store

    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)  # restored after
    settings = DiscordSettings(
        token=FAKE_TOKEN, guild_id=GUILD, api_url=fake_api.base_url, gateway_url=fake_api.gateway_url
    )
    bot = build_bot(settings, flu_service())
    assert bot.manager is None  # the fake service has no store
    manager = Manager(Store("sqlite://"))
    adapter = bot.channel_adapter()
    assert adapter.http is bot.http
    task = asyncio.create_task(serve(settings, flu_service(), manager=manager, bot=bot))
    try:
        await asyncio.wait_for(bot.logged_in.wait(), 10)  # what the scheduler waits for before posting
        assert bot.manager is manager and bot.manage_cog.manager is manager
        names = [c["name"] for c in fake_api.of("guild_commands")[0].json]
        assert names == ["digest", "feeds", "schedule"]
        message_id = await adapter.send("42", adapter.keyed(Message({"content": "scheduled"}), "digestbot-1-0"))
        (post,) = fake_api.of("channel_message")
        assert post.headers["Authorization"] == f"Bot {FAKE_TOKEN}" and post.json["enforce_nonce"] is True
        assert message_id == fake_api.created[0]["id"]
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
