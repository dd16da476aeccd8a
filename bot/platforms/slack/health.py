"""Slack's line in a process's ``/health`` when the app is installed into many workspaces.

With one workspace (``SLACK_BOT_TOKEN``) the check is ``auth.test`` with that token
(:func:`bot.app.health.slack_check`). In multi-workspace mode the process has no token of its own
and one workspace's token says nothing about the process, so Slack counts as up when this process
serves it: its HTTP endpoint (installs, commands, events) is listening and the installation store,
where every workspace's token is read from, answers.
"""
from __future__ import annotations

import asyncio
from typing import Awaitable, Callable

from sqlalchemy import select

from bot.platforms.slack.installs import Workspaces


def installs_check(workspaces: Workspaces, listening: asyncio.Event) -> Callable[[], Awaitable[bool]]:
    """A check that is true while ``listening`` is set and the installation store can be read."""

    def read() -> None:
        store = workspaces.installations.sync
        with store.engine.connect() as conn:
            conn.execute(select(store.bots.c.id).limit(1)).all()

    async def check() -> bool:
        if not listening.is_set():
            return False
        await asyncio.to_thread(read)  # an unreachable store raises: the health page shows it red
        return True

    return check
