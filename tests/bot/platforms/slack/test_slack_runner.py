"""Settings, and serve() in both connection modes against the fake Slack."""
from __future__ import annotations

import asyncio
import json
import logging
import socket

import aiohttp
import pytest

from slack_sdk.web.async_client import AsyncWebClient

from fakes import REPO
from bot.db.feeds import FeedRepo
from bot.chat.settings import NOT_ALLOWED, Manager
from bot.db.schedules import ScheduleRepo
from bot.core.service import Audience
from bot.platforms.slack.app import NO_MANAGER
from bot.platforms.slack.config import ConfigError, SlackSettings
from bot.platforms.slack.runner import serve
from bot.db.store import Store
from fakes.builders import sample_stories
from fakes.service import FakeDigestService
from fakes.slack_api import RESPONSE_URL, FakeSlack, command_fields, signed_command
from slack_stack import SECRET

ROOT = REPO
ENV = {
    "SLACK_BOT_TOKEN": "xoxb-1111-2222-abcdefSECRET",
    "SLACK_APP_TOKEN": "xapp-1-A1-333-appSECRET",
    "SLACK_SIGNING_SECRET": "signingSECRET",
}


def test_from_env_defaults_and_mode() -> None:
    settings = SlackSettings.from_env(ENV)
    assert settings.resolved_mode() == "socket" and settings.port == 3000
    assert settings.api_url == "https://slack.com/api/" and settings.command == "/digest"
    http = SlackSettings.from_env({**ENV, "SLACK_MODE": "http", "SLACK_PORT": "8080", "SLACK_API_URL": "http://127.0.0.1:9/api"})
    assert http.resolved_mode() == "http" and http.port == 8080 and http.base_url == "http://127.0.0.1:9/api/"
    no_app = {k: v for k, v in ENV.items() if k != "SLACK_APP_TOKEN"}
    assert SlackSettings.from_env(no_app).resolved_mode() == "http"


def test_secrets_never_show() -> None:
    settings = SlackSettings.from_env(ENV)
    for text in (repr(settings), str(settings), f"{settings}", repr([settings])):
        assert "SECRET" not in text
    assert "xoxb-***" in repr(settings) and "xapp-***" in repr(settings)


@pytest.mark.parametrize(
    "env,problem",
    [
        ({}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "xoxb-"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_MODE": "socket"}, "SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-1"}, "xapp-"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_PORT": "http"}, "SLACK_PORT"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_MODE": "carrier-pigeon"}, "SLACK_MODE"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": "slack.com"}, "SLACK_API_URL"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem) as info:
        SlackSettings.from_env(env)
    assert "xoxb-1" not in str(info.value)


def free_port() -> int:
    """A port that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_until_listening(port: int, timeout: float = 5.0) -> None:
    """Poll ``/healthz`` until the server answers."""
    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("server did not start")
            await asyncio.sleep(0.05)


async def test_serve_http_mode_until_stopped(fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    port = free_port()
    settings = SlackSettings(bot_token=fake_slack.bot_token, signing_secret=SECRET, api_url=fake_slack.api_url,
                             mode="http", host="127.0.0.1", port=port, post_interval=0)
    service = FakeDigestService(sample_stories())
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, service, stop=stop))
    await wait_until_listening(port)
    assert fake_slack.of("auth.test"), "serve() checks the token at start"
    body, headers = signed_command(SECRET, "public", fake_slack.response_url())
    async with aiohttp.ClientSession() as session:
        async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body.encode(), headers=headers) as response:
            assert response.status == 200
    stop.set()  # stopping waits for the digest in progress
    await asyncio.wait_for(task, 10)
    [post] = fake_slack.of("chat.postMessage")
    assert post.body["channel"] == "C1"
    assert service.known(Audience.channel("slack", "T1", "C1")) == {"flu-1", "flu-2", "vote-1"}
    assert SECRET not in caplog.text and fake_slack.bot_token not in caplog.text


async def test_serve_shares_a_given_client_and_uses_the_given_manager(fake_slack: FakeSlack) -> None:
    port = free_port()
    # The settings' token is wrong: serve() only works if it uses the client it was given.
    settings = SlackSettings(bot_token="xoxb-not-this-one", signing_secret=SECRET, api_url=fake_slack.api_url,
                             mode="http", host="127.0.0.1", port=port, post_interval=0, admin_users="U1")
    client = AsyncWebClient(token=fake_slack.bot_token, base_url=fake_slack.api_url)
    service = FakeDigestService(sample_stories())
    store = Store("sqlite://")
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, service, stop=stop, client=client, manager=Manager(store)))
    await wait_until_listening(port)
    url = f"http://127.0.0.1:{port}/slack/events"
    async with aiohttp.ClientSession() as session:
        for text, user, expect in (("feeds add https://news.test/rss", "U1", "Following https://news.test/rss"),
                                   ("schedule daily 18:00", "U2", NOT_ALLOWED), ("public", "U1", "")):
            body, headers = signed_command(SECRET, text, fake_slack.response_url(), user=user)
            async with session.post(url, data=body.encode(), headers=headers) as response:
                assert response.status == 200
                answer = await response.text()
                assert (json.loads(answer)["text"] if expect else answer).startswith(expect), answer
    stop.set()
    await asyncio.wait_for(task, 10)
    assert [f.url for f in FeedRepo(store).subscriptions("slack:T1:C1")] == ["https://news.test/rss"]
    assert ScheduleRepo(store).get("slack:T1:C1") is None
    [post] = fake_slack.of("chat.postMessage")
    assert post.headers["Authorization"] == f"Bearer {fake_slack.bot_token}" and post.body["channel"] == "C1"


async def test_serve_without_a_store_says_settings_are_off(fake_slack: FakeSlack) -> None:
    port = free_port()
    settings = SlackSettings(bot_token=fake_slack.bot_token, signing_secret=SECRET, api_url=fake_slack.api_url,
                             mode="http", host="127.0.0.1", port=port)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, FakeDigestService([]), stop=stop))
    await wait_until_listening(port)
    body, headers = signed_command(SECRET, "feeds", fake_slack.response_url())
    async with aiohttp.ClientSession() as session:
        async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body.encode(), headers=headers) as response:
            assert json.loads(await response.text())["text"] == NO_MANAGER
    stop.set()
    await asyncio.wait_for(task, 10)


def test_admin_users_setting() -> None:
    settings = SlackSettings.from_env({**ENV, "SLACK_ADMIN_USERS": " U0ADMIN , W0ENT ,"})
    assert settings.admin_users == "U0ADMIN,W0ENT" and "U0ADMIN" in repr(settings)
    assert SlackSettings.from_env(ENV).admin_users == ""
    with pytest.raises(ConfigError, match="SLACK_ADMIN_USERS"):
        SlackSettings.from_env({**ENV, "SLACK_ADMIN_USERS": "alice,@bob"})


async def test_serve_refuses_a_bad_token(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(bot_token="xoxb-revoked", signing_secret=SECRET, api_url=fake_slack.api_url,
                             mode="http", host="127.0.0.1", port=free_port())
    with pytest.raises(ConfigError, match="invalid_auth") as info:
        await asyncio.wait_for(serve(settings, FakeDigestService([])), 5)
    assert "xoxb-revoked" not in str(info.value)


async def test_serve_socket_mode(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(bot_token=fake_slack.bot_token, app_token=fake_slack.app_token, api_url=fake_slack.api_url,
                             mode="auto", post_interval=0)
    assert settings.resolved_mode() == "socket"
    service = FakeDigestService(sample_stories(), delay=0.5)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, service, stop=stop))
    payload = command_fields("", fake_slack.response_url("sm"))
    ack = await fake_slack.send_envelope("slash_commands", payload)
    assert fake_slack.of("apps.connections.open")[0].headers["Authorization"] == f"Bearer {fake_slack.app_token}"
    assert fake_slack.of(RESPONSE_URL) == []  # acked before the (slow) digest was built
    [reply] = await fake_slack.wait_for(RESPONSE_URL)
    assert "Cases rose to 120" in json.dumps(reply.body) and reply.body["response_type"] == "ephemeral"
    help_ack = await fake_slack.send_envelope("slash_commands", command_fields("help", fake_slack.response_url("h")))
    assert "Usage: /digest" in help_ack["payload"]["text"]
    assert ack["envelope_id"].startswith("env-")
    stop.set()
    await asyncio.wait_for(task, 10)
    user = Audience.for_user(Audience.channel("slack", "T1", "C1"), "U1")
    assert service.known(user) == {"flu-1", "flu-2", "vote-1"}


def test_manifest_and_docs_are_consistent() -> None:
    manifest = (ROOT / "slack" / "manifest.yml").read_text()
    for needle in ("command: /digest", "socket_mode_enabled: true", "- commands", "- chat:write", "- chat:write.public",
                   "/slack/events", "redirect_urls:", "/slack/oauth_redirect", "- app_uninstalled", "- tokens_revoked"):
        assert needle in manifest, needle
    docs = (ROOT / "docs" / "slack.md").read_text()
    env_example = (ROOT / ".env.example").read_text()
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_PORT", "SLACK_API_URL", "SLACK_MODE",
                 "SLACK_ADMIN_USERS", "SLACK_HOST", "SLACK_PATH", "SLACK_COMMAND", "SLACK_POST_INTERVAL",
                 "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_REDIRECT_URI", "SLACK_SCOPES"):
        assert name in docs and name in env_example, name
    assert "connections:write" in docs
    for command in ("/digest feeds add", "/digest feeds remove", "/digest schedule", "/digest schedule off",
                    "/digest status"):
        assert command in docs, command
