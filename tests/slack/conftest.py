"""Fixtures: a fake Slack, and the real app served over HTTP on a free local port."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web

from bot.slack.adapter import make_web_client
from bot.slack.app import DigestCommand, build_app
from bot.slack.config import SlackSettings
from bot.slack.runner import start_http
from fake_digest_service import FakeDigestService, sample_stories
from fake_slack_api import FakeSlack, signed_command

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """A started fake Slack."""
    fake = await FakeSlack().start()
    yield fake
    await fake.close()


@pytest.fixture
def settings(fake_slack: FakeSlack) -> SlackSettings:
    """HTTP-mode settings pointing at the fake Slack (no pause between posts)."""
    return SlackSettings(
        bot_token=fake_slack.bot_token, signing_secret=SECRET, api_url=fake_slack.api_url, mode="http",
        port=0, host="127.0.0.1", post_interval=0.0,
    ).validate()


@dataclass
class Stack:
    """The running app: its service, handler, URL, and a way to send signed commands."""

    fake: FakeSlack
    service: FakeDigestService
    handler: DigestCommand
    url: str
    session: aiohttp.ClientSession
    counter: int = 0

    async def command(self, text: str, *, timestamp: int | None = None, secret: str = SECRET,
                      tamper: bool = False, **who: str) -> tuple[int, str, float]:
        """POST a signed ``/digest text``; return (status, body, seconds until the HTTP answer)."""
        self.counter += 1
        body, headers = signed_command(secret, text, self.fake.response_url(str(self.counter)), timestamp=timestamp, **who)
        if tamper:
            body = body.replace("text=", "text=public+")
        start = time.monotonic()
        async with self.session.post(self.url, data=body.encode(), headers=headers) as response:
            return response.status, await response.text(), time.monotonic() - start

    async def settle(self) -> None:
        """Wait for every digest in progress to be delivered."""
        await self.handler.drain(timeout=20)


MakeStack = Callable[..., Awaitable[Stack]]


@pytest.fixture
async def make_stack(fake_slack: FakeSlack, settings: SlackSettings) -> AsyncIterator[MakeStack]:
    """Factory: start the real app (bolt + aiohttp on port 0) around a fake service."""
    runners: list[web.AppRunner] = []
    sessions: list[aiohttp.ClientSession] = []
    handlers: list[DigestCommand] = []

    async def make(service: FakeDigestService | None = None) -> Stack:
        service = service or FakeDigestService(sample_stories())
        client = make_web_client(settings)
        handler = DigestCommand(service, client, post_interval=settings.post_interval)
        app = build_app(settings, service, client=client, handler=handler)
        runner, port = await start_http(app, host="127.0.0.1", port=0, path=settings.path)
        session = aiohttp.ClientSession()
        runners.append(runner)
        sessions.append(session)
        handlers.append(handler)
        return Stack(fake_slack, service, handler, f"http://127.0.0.1:{port}{settings.path}", session)

    yield make
    for handler in handlers:
        await handler.drain(timeout=20)
    for session in sessions:
        await session.close()
    for runner in runners:
        await runner.cleanup()
