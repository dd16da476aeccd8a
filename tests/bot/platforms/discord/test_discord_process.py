"""The whole ``digestbot run`` composition with Discord: /schedule from the gateway, then a scheduled post.

``bot.app.serve`` runs as ``digestbot run discord`` does, against the local fake API and gateway;
the scheduler runtime starts only once the bot has logged in, and posts the channel's digest
with the bot's own logged-in REST client, once, through the outbox.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from discord.gateway import DiscordWebSocket

from fakes import REPO
from bot.app import Settings, build_app
from bot.app.serve import serve
from bot.digests import Digests
from bot.platforms.discord.config import DiscordSettings
from bot.db.schedules import ScheduleRepo
from bot.db.store import Store
from discord_fakes import CHANNEL, FAKE_TOKEN, GUILD, MANAGE_CHANNELS, USE_APP_COMMANDS, interaction_payload, opt, sub
from fakes.discord_api import FakeDiscordAPI
from fakes.drain import drain
from summarizer.ingest import read_paths

SEEDS = REPO / "seeds"



async def test_schedule_from_discord_then_scheduled_post_once(
    fake_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, wait_until  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)  # restored after
    settings = DiscordSettings(token=FAKE_TOKEN, guild_id=GUILD, api_url=fake_api.base_url,
                               gateway_url=fake_api.gateway_url)
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    service = Digests(store)
    service.ingest(read_paths([SEEDS / "000_3eb7c5b45b44c267.txt"]).articles, channel=f"discord:{GUILD}:{CHANNEL}")
    ready: asyncio.Future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(build_app(Settings(discord=settings), store=store, digests=service), on_ready=ready.set_result))
    try:
        runtime = await asyncio.wait_for(ready, 15)  # only after login
        await asyncio.wait_for(fake_api.identified.wait(), 10)  # the gateway session is up
        channel = f"discord:{GUILD}:{CHANNEL}"
        payload = interaction_payload(sub("set", opt("when", "weekdays 09:00"), opt("tz", "Europe/Berlin")),
                                      name="schedule", permissions=USE_APP_COMMANDS | MANAGE_CHANNELS)
        await fake_api.dispatch("INTERACTION_CREATE", payload)
        await wait_until(lambda: ScheduleRepo(store).get(channel) is not None)
        await wait_until(lambda: runtime.scheduler.scheduler.get_job(runtime.scheduler.job_id(channel)) is not None)
        assert runtime.feeds.channel_target(channel) == ("discord", str(CHANNEL))
        await runtime.jobs.run(channel)  # the schedule fires
        posts = fake_api.of("channel_message")
        assert posts and all(p.path == f"/channels/{CHANNEL}/messages" for p in posts)
        assert posts[0].headers["Authorization"] == f"Bot {FAKE_TOKEN}"
        assert posts[0].json["allowed_mentions"] == {"parse": []} and posts[0].json["enforce_nonce"] is True
        assert "December 18" in str(posts[0].json)
        assert [e.state for e in runtime.outbox.entries(channel)] == ["delivered"]
        # Caught-up runs tell nothing twice: only the items held back by the per-story cap
        # ("+N more in the next digest") come, then nothing.
        told, quiet = await drain(lambda: runtime.jobs.run(channel), lambda: fake_api.of("channel_message"),
                                  lambda p: _item_lines(p.json))
        assert told and quiet and len(told) == len(set(told))
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def _item_lines(payload: dict) -> list[str]:
    """The item lines of a Discord message payload (embed descriptions and content)."""
    text = "\n".join([payload.get("content") or ""] + [e.get("description", "") for e in payload.get("embeds", [])])
    return [ln for ln in text.splitlines() if ln.startswith("**") and "more in the next digest" not in ln]
