"""Channels set up from the operator's shell in a multi-workspace store carry their workspace: the
scheduled posts of each go out with that workspace's own token (two workspaces, the fake Slack)."""
from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import AsyncIterator

import pytest
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.web.async_client import AsyncWebClient

from bot.cli import main
from bot.db.feeds import FeedRepo
from bot.db.store import Store
from bot.db.workspaces import forget_workspace
from bot.delivery.outbox import Outbox
from bot.platforms.slack.adapter import SlackAdapter, make_web_client
from bot.platforms.slack.config import SlackSettings
from bot.platforms.slack.installs import Workspaces
from fakes.slack_api import FakeSlack


async def install(fake: FakeSlack, workspaces: Workspaces, team: str) -> None:
    """Workspace ``team`` installs the app: Slack's consent, the code traded for a bot token, the installation saved."""
    answer = await AsyncWebClient(base_url=fake.api_url).oauth_v2_access(
        client_id=fake.client_id, client_secret=fake.client_secret, code=fake.consent(team, f"Team {team}"))
    workspaces.installations.sync.save(Installation(
        app_id=fake.app_id, team_id=team, bot_token=answer["access_token"], bot_id=f"B{team}",
        bot_user_id=answer["bot_user_id"], user_id=f"U{team}ADMIN", installed_at=datetime.now().timestamp()))


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    """A started fake Slack."""
    server = await FakeSlack().start()
    yield server
    await server.close()


async def test_channels_added_from_the_cli_post_to_their_own_workspace(
        fake: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLACK_CLIENT_ID", raising=False)  # the store's installations tell multi-workspace mode
    db = f"sqlite:///{tmp_path / 'bot.db'}"
    store = Store(db)
    settings = SlackSettings(client_id=fake.client_id, client_secret=fake.client_secret, signing_secret="s",
                             api_url=fake.api_url, mode="http")
    workspaces = Workspaces.on(settings, store.engine, partial(forget_workspace, store, "slack"))
    for team in ("TA", "TB"):
        await install(fake, workspaces, team)

    assert main(["feeds", "add", "http://feeds.invalid/a.rss", "--no-check", "--channel", "slack:TA:C1", "--db", db]) == 0
    assert main(["schedule", "set", "daily 09:00", "--channel", "slack:TB:C1", "--db", db]) == 0
    assert main(["schedule", "set", "daily 10:00", "--channel", "slack:TB:C2", "--target", "C2", "--db", db]) == 0
    feeds = FeedRepo(store)
    assert [feeds.channel_target(c) for c in ("slack:TA:C1", "slack:TB:C1", "slack:TB:C2")] == [
        ("slack", "TA/C1"), ("slack", "TB/C1"), ("slack", "C2")]  # an explicit --target is kept as given

    outbox = Outbox(store, {"slack": SlackAdapter(make_web_client(settings), tokens=workspaces.bot_token)})
    for channel in ("slack:TA:C1", "slack:TB:C1"):  # what a scheduled post does: the channel's stored target
        assert await outbox.deliver(outbox.enqueue_notice(channel, *feeds.channel_target(channel), "hello")) == "delivered"
    posts = fake.of("chat.postMessage")
    assert [(p.body["channel"], fake.team_of(p), p.status) for p in posts] == [("C1", "TA", 200), ("C1", "TB", 200)]


def test_a_slack_key_without_its_workspace_is_refused_in_multi_workspace_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_CLIENT_ID", "1111.2222")
    db = f"sqlite:///{tmp_path / 'bot.db'}"
    assert main(["schedule", "set", "daily 09:00", "--channel", "slack:C1", "--db", db]) == 2
    assert "names its workspace, e.g. slack:T123:C456" in capsys.readouterr().err
    assert main(["schedule", "set", "daily 09:00", "--channel", "slack:T9:C1", "--db", db]) == 0  # not installed yet
    assert FeedRepo(Store(db)).channel_target("slack:T9:C1") == ("slack", "T9/C1")


def test_single_workspace_mode_keeps_the_channel_id_as_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLACK_CLIENT_ID", raising=False)
    db = f"sqlite:///{tmp_path / 'bot.db'}"
    assert main(["schedule", "set", "daily 09:00", "--channel", "slack:T1:C1", "--db", db]) == 0
    assert FeedRepo(Store(db)).channel_target("slack:T1:C1") == ("slack", "C1")
