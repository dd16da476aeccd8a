"""``digestbot run slack`` when Slack is unreachable at start: retried with back-off, then connected."""
from __future__ import annotations

import asyncio
import logging

import aiohttp
import pytest

from bot.platforms.backoff import Backoff
from bot.platforms.slack.config import SlackSettings
from bot.platforms.slack.runner import serve
from fakes.builders import sample_stories
from fakes.service import FakeDigestService
from fakes.slack_api import FakeSlack, signed_command
from slack_stack import SECRET
from test_slack_runner import free_port, wait_until_listening

FAST = Backoff(first=0.2, cap=0.4, jitter=0)


def traceback_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Records that carry a traceback."""
    return [r for r in caplog.records if r.exc_info or r.exc_text]


async def test_http_mode_waits_for_slack_then_serves(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    api_port, port = free_port(), free_port()
    fake = FakeSlack()
    settings = SlackSettings(bot_token=fake.bot_token, signing_secret=SECRET, api_url=f"http://127.0.0.1:{api_port}/api/",
                             mode="http", host="127.0.0.1", port=port, post_interval=0)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, FakeDigestService(sample_stories()), stop=stop, backoff=FAST))
    try:
        await asyncio.sleep(2.0)  # Slack is down: serve() keeps trying instead of dying
        assert not task.done()
        retries = [r.getMessage() for r in caplog.records if "Slack: cannot connect" in r.getMessage()]
        assert retries and "retrying in 0.2s (attempt 1)" in retries[0]
        assert "ClientConnectorError" in retries[0]
        await fake.start(api_port)  # Slack comes back
        await wait_until_listening(port, timeout=5)
        assert fake.of("auth.test")
        body, headers = signed_command(SECRET, "", fake.response_url())
        async with aiohttp.ClientSession() as session:
            async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body.encode(), headers=headers) as r:
                assert r.status == 200
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await fake.close()
    assert traceback_records(caplog) == []
    assert any("Slack: signed in" in r.getMessage() for r in caplog.records)


async def test_socket_mode_waits_for_slack_then_connects(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    api_port = free_port()
    fake = FakeSlack()
    settings = SlackSettings(bot_token=fake.bot_token, app_token=fake.app_token,
                             api_url=f"http://127.0.0.1:{api_port}/api/", mode="socket", post_interval=0)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, FakeDigestService(sample_stories()), stop=stop, backoff=FAST))
    try:
        await asyncio.sleep(1.5)
        assert not task.done()
        await fake.start(api_port)
        deadline = asyncio.get_running_loop().time() + 10
        while not any("connected in Socket Mode" in r.getMessage() for r in caplog.records):
            assert asyncio.get_running_loop().time() < deadline, "never connected"
            await asyncio.sleep(0.05)
        assert fake.of("apps.connections.open")
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await fake.close()
    ours = [r for r in traceback_records(caplog) if r.name.startswith("bot.")]
    assert ours == []


async def test_stopping_while_slack_is_down_returns() -> None:
    settings = SlackSettings(bot_token="xoxb-x", signing_secret=SECRET, api_url=f"http://127.0.0.1:{free_port()}/api/",
                             mode="http", host="127.0.0.1", port=free_port())
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, FakeDigestService([]), stop=stop, backoff=FAST))
    await asyncio.sleep(0.3)
    stop.set()
    await asyncio.wait_for(task, 5)


async def test_a_refused_token_is_not_retried(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(bot_token="xoxb-revoked", signing_secret=SECRET, api_url=fake_slack.api_url,
                             mode="http", host="127.0.0.1", port=free_port())
    from bot.platforms.slack.config import ConfigError

    with pytest.raises(ConfigError, match="invalid_auth"):
        await asyncio.wait_for(serve(settings, FakeDigestService([]), backoff=FAST), 5)


async def test_a_5xx_from_slack_is_retried(fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    fake_slack.fail_next("auth.test", status=503, times=2)
    port = free_port()
    settings = SlackSettings(bot_token=fake_slack.bot_token, signing_secret=SECRET, api_url=fake_slack.api_url,
                             mode="http", host="127.0.0.1", port=port)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, FakeDigestService([]), stop=stop, backoff=FAST))
    await wait_until_listening(port, timeout=10)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert [c.status for c in fake_slack.of("auth.test")][-1] == 200 and len(fake_slack.of("auth.test")) >= 3
