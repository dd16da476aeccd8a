"""The real Slack app served over HTTP on a free local port, and a client for signed commands."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Awaitable, Callable

import aiohttp

from bot.platforms.slack.app import DigestCommand
from fakes.slack_api import FakeSlack, signed_command
from fakes.service import FakeDigestService

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


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
