"""``digestbot deliver-pending`` posts pending Slack and Discord outbox rows (the one composition root).

The command runs as a user runs it (``main([...])`` with the platforms' variables in the
environment), in a worker thread because it starts its own event loop; the fake Slack and
Discord servers run in the test's loop.
"""
from __future__ import annotations

import asyncio
from datetime import datetime
from typing import AsyncIterator

import pytest
from discord.http import Route

from bot.cli import main
from bot.delivery.outbox import Outbox
from bot.render.discord import DiscordRenderer
from bot.render.slack import render_messages
from bot.db.store import Store
from fakes.discord_api import FakeDiscordAPI
from fakes.slack_api import FakeSlack
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest

DISCORD_TOKEN = "fake.bot.token-not-real"
DISCORD_CHANNEL = "555555555555555555"


def digest_for(channel: str) -> Digest:
    """A one-story digest of two articles."""
    story = StoryDigest("s1", "Flood in Riverton", [Item(Kind.NEW, "The river rose 3 metres overnight.",
                                                         [SourceRef("Gazette", "https://n.example/1", "a1")],
                                                         key="k1")], ["a1", "a2"])
    return Digest(channel, [story], datetime(2025, 3, 3, 9, 0), ["a1", "a2"])


@pytest.fixture
async def fakes() -> AsyncIterator[tuple[FakeSlack, FakeDiscordAPI]]:
    """Both fake platform servers, started."""
    slack = await FakeSlack().start()
    discord_api = FakeDiscordAPI()
    await discord_api.start()
    yield slack, discord_api
    await slack.close()
    await discord_api.close()


async def test_deliver_pending_posts_a_pending_slack_row_and_a_pending_discord_row(
        fakes: tuple[FakeSlack, FakeDiscordAPI], db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    slack, discord_api = fakes
    monkeypatch.setattr(Route, "BASE", Route.BASE)  # the command points discord.py at the fake: restored after
    for name, value in {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_API_URL": slack.api_url,
                        "SLACK_SIGNING_SECRET": "s3cret", "SLACK_APP_TOKEN": "", "DISCORD_TOKEN": DISCORD_TOKEN,
                        "DISCORD_API_URL": discord_api.base_url}.items():
        monkeypatch.setenv(name, value)
    store = Store(db_url)
    box = Outbox(store, {})
    slack_key, discord_key = "slack:T1:C1", f"discord:444:{DISCORD_CHANNEL}"
    slack_digest, discord_digest = digest_for(slack_key), digest_for(discord_key)
    slack_id = box.enqueue_digest(slack_key, "slack", "C1", slack_digest, render_messages(slack_digest))
    discord_id = box.enqueue_digest(discord_key, "discord", DISCORD_CHANNEL, discord_digest,
                                    DiscordRenderer().render(discord_digest))

    code = await asyncio.to_thread(main, ["deliver-pending", "--db", db_url])

    assert code == 0
    [post] = slack.of("chat.postMessage")
    assert post.body["channel"] == "C1" and "river rose" in str(post.body)
    discord_posts = discord_api.of("channel_message")
    assert [p.path for p in discord_posts] == [f"/channels/{DISCORD_CHANNEL}/messages"]
    assert discord_posts[0].headers["Authorization"] == f"Bot {DISCORD_TOKEN}"
    states = {e.id: e.state for e in Outbox(store, {}).entries()}
    assert states == {slack_id: "delivered", discord_id: "delivered"}
    assert store.seen_ids([slack_key]) == store.seen_ids([discord_key]) == {"a1", "a2"}
