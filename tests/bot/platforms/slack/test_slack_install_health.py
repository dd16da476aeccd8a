"""``/health`` of a process serving Slack in multi-workspace mode (OAuth installs, no bot token of its own):
green while its endpoint listens and the installation store answers, without asking Slack for any token."""
from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import text

from bot.app import Settings, build_app
from bot.app.serve import serve
from fakes.slack_api import FakeSlack
from slack_stack import SECRET
from test_slack_runner import free_port, wait_until_listening


async def health(port: int) -> tuple[int, dict]:
    """``GET /health``: (status, body)."""
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/health") as response:
            return response.status, await response.json()


async def test_multi_workspace_health_reports_the_process_without_a_bot_token(
        fake_slack: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slack_port, health_port = free_port(), free_port()
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    env = {"SLACK_CLIENT_ID": fake_slack.client_id, "SLACK_CLIENT_SECRET": fake_slack.client_secret,
           "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake_slack.api_url, "SLACK_MODE": "http",
           "SLACK_HOST": "127.0.0.1", "SLACK_PORT": str(slack_port), "DIGESTBOT_HEALTH_PORT": str(health_port)}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    app = build_app(Settings.from_env(database_url=f"sqlite:///{tmp_path / 'installs.db'}", platforms=["slack"]))
    assert app.slack_workspaces is not None  # multi-workspace mode
    task = asyncio.create_task(serve(app, scheduler=False))  # `digestbot web`
    try:
        await wait_until_listening(slack_port)
        status, body = await health(health_port)
        assert (status, body["ok"], body["platforms"]) == (200, True, {"slack": True}), body
        assert fake_slack.of("auth.test") == []  # no token of its own to test
        with app.store.engine.begin() as conn:  # the installation store is gone: tokens cannot be read
            conn.execute(text("ALTER TABLE slack_bots RENAME TO slack_bots_away"))
        status, body = await health(health_port)
        assert (status, body["platforms"], body["database"]) == (503, {"slack": False}, True), body
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
