"""Fixtures: a fake Discord API on 127.0.0.1 with discord.py pointed at it."""

from __future__ import annotations

import asyncio
from typing import AsyncIterator

import pytest
from discord.http import HTTPClient, Route

from discord_fakes import FAKE_TOKEN
from fakes.discord_api import FakeDiscordAPI


@pytest.fixture
async def fake_api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscordAPI]:
    """A running fake API; ``discord.http.Route.BASE`` points at it for the test."""
    api = FakeDiscordAPI()
    base = await api.start()
    monkeypatch.setattr(Route, "BASE", base)
    yield api
    await api.close()


@pytest.fixture
async def http(fake_api: FakeDiscordAPI) -> AsyncIterator[HTTPClient]:
    """A discord.py HTTPClient logged in to the fake API (static_login hits GET /users/@me)."""
    client = HTTPClient(asyncio.get_running_loop())
    await client.static_login(FAKE_TOKEN)
    yield client
    await client.close()
