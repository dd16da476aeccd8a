"""``digestbot run``: the chat bots and the scheduler runtime side by side in one event loop."""
from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.app.build import App
from bot.app.health import Check, Health, database_check, discord_check, maybe_start, runtime_health, slack_check

if TYPE_CHECKING:
    from bot.app.runtime import Runtime

log = logging.getLogger(__name__)
LOGIN_GRACE_SECONDS = 20.0  # how long the scheduler waits for Discord's login before starting without it


async def serve(app: App, on_ready: Callable[["Runtime"], None] | None = None, *, scheduler: bool = True) -> None:
    """Run the configured platforms and the scheduler runtime in this event loop until cancelled.

    ``scheduler=False`` (``digestbot web``): the chat front-ends only; feed polls, scheduled digests
    and outbox retries are left to ``digestbot worker`` processes on the same PostgreSQL database.

    One process owns the scheduler (APScheduler's job stores are not shared between processes);
    Slack and Discord share the app's digest service and one management API, and each platform's
    client serves both chat replies and the outbox. ``on_ready(runtime)`` is called once the
    runtime has started (tests, embedding). A platform that cannot be reached keeps retrying in
    its own task; the scheduler, the feeds and the other platform run meanwhile.
    """
    loop = asyncio.get_running_loop()
    runtime: "Runtime | None" = None

    def changed(_channel: str) -> None:  # called from worker threads: re-sync on the loop
        if runtime is not None:
            loop.call_soon_threadsafe(runtime.scheduler.sync)

    manager = app.manager(on_change=changed)
    service = app.digests
    tasks: list[Awaitable[Any]] = []
    checks: dict[str, Check] = {}  # each platform's connected-check, for /health
    bot = None
    if app.settings.slack is not None:
        from bot.platforms.slack.adapter import SlackAdapter
        from bot.platforms.slack.runner import serve as serve_slack

        slack = app.adapters["slack"]
        assert isinstance(slack, SlackAdapter)
        listening = asyncio.Event()
        if app.slack_workspaces is None:
            checks["slack"] = slack_check(slack.client)
        else:  # installs: no token of its own; up while it serves the endpoint and can read the installs
            from bot.platforms.slack.health import installs_check

            checks["slack"] = installs_check(app.slack_workspaces, listening)
        tasks.append(serve_slack(app.settings.slack, service, manager=manager, client=slack.client,
                                 workspaces=app.slack_workspaces, listening=listening))
    if app.settings.discord is not None:
        from bot.platforms.discord.runner import build_bot
        from bot.platforms.discord.runner import serve as serve_discord

        bot = build_bot(app.settings.discord, service, manager, forget=app.forgetter("discord"))
        app.use_adapter("discord", bot.channel_adapter())
        checks["discord"] = discord_check(bot)
        tasks.append(serve_discord(app.settings.discord, service, manager=manager, bot=bot))
    if scheduler:
        runtime = app.runtime()
        health_state = runtime_health(runtime, checks)
    else:  # `digestbot web`: the workers run polls, scheduled digests and deliveries
        health_state = Health(database=database_check(app.store), platforms=checks)
    health = await maybe_start(health_state, os.environ)  # up even while a platform is down

    async def start_runtime(runtime: "Runtime") -> None:
        if bot is not None:  # the Discord adapter can post only once logged in: give it a moment, not forever
            try:
                await asyncio.wait_for(bot.logged_in.wait(), LOGIN_GRACE_SECONDS)
            except asyncio.TimeoutError:
                log.warning("Discord is not connected yet; the scheduler starts anyway (Discord posts wait in the outbox)")
        await runtime.start()
        if on_ready is not None:
            on_ready(runtime)

    if runtime is not None:
        tasks.append(start_runtime(runtime))
    try:
        await asyncio.gather(*tasks)
    finally:
        if health is not None:
            await health.cleanup()
        if runtime is not None:
            await runtime.stop()
        await app.aclose()
