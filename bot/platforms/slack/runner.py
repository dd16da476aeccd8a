"""Run the Slack app in Socket Mode or HTTP mode until stopped (``digestbot run slack``)."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from functools import partial
from typing import Any, Coroutine, TypeVar

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.execute import ManageApi
from bot.core.service import DigestService
from bot.platforms.backoff import UNREACHABLE_FILTER, Backoff, connect_with_backoff, unreachable
from bot.platforms.slack.adapter import make_web_client
from bot.platforms.slack.app import DigestCommand
from bot.platforms.slack.bolt_app import build_app, make_handler
from bot.platforms.slack.config import INSTALL_PATH, ConfigError, SlackSettings
from bot.platforms.slack.installs import Workspaces
from bot.platforms.slack.http import start_http

log = logging.getLogger(__name__)
DRAIN_SECONDS = 30.0
T = TypeVar("T")


async def check_token(client: AsyncWebClient) -> dict[str, str]:
    """Call ``auth.test``; raise ConfigError (no secrets in it) when Slack refuses the bot token."""
    try:
        response = await client.auth_test()
    except SlackApiError as exc:
        if slack_unreachable(exc):
            raise  # Slack is having trouble (5xx, 429): worth retrying, not a bad token
        data = getattr(exc.response, "data", None)
        code = data.get("error", "") if isinstance(data, dict) else ""
        raise ConfigError(f"Slack refused SLACK_BOT_TOKEN ({code or 'auth.test failed'})") from exc
    return {k: str(response.get(k, "")) for k in ("team", "team_id", "user", "user_id", "bot_id")}


def slack_unreachable(exc: BaseException) -> bool:
    """Whether connecting to Slack failed for a reason that retrying may fix (network, 5xx, 429)."""
    if isinstance(exc, SlackApiError):
        status = int(getattr(exc.response, "status_code", 0) or 0)
        return status >= 500 or status == 429
    return unreachable(exc)


async def connect(settings: SlackSettings, app: AsyncApp, client: AsyncWebClient,
                  ) -> tuple[dict[str, str], AsyncSocketModeHandler | None]:
    """Check the token (and open the Socket Mode connection); raise when Slack cannot be reached or refuses."""
    identity = await check_token(client)
    if settings.resolved_mode() != "socket":
        return identity, None
    socket = AsyncSocketModeHandler(app, settings.app_token, web_client=client)
    socket.client.logger.addFilter(UNREACHABLE_FILTER)  # its own connect retries: one line each, no traceback
    try:
        await socket.connect_async()
    except BaseException:
        with contextlib.suppress(Exception):
            await socket.close_async()
        raise
    return identity, socket


async def serve(
    settings: SlackSettings,
    service: DigestService,
    *,
    stop: asyncio.Event | None = None,
    manager: ManageApi | None = None,
    client: AsyncWebClient | None = None,
    backoff: Backoff = Backoff(),
    workspaces: Workspaces | None = None,
    listening: asyncio.Event | None = None,
) -> None:
    """Connect to Slack (Socket Mode or HTTP, per ``settings``) and answer ``/digest`` until stopped or cancelled.

    ``manager`` runs ``/digest feeds|schedule|status`` (None: those commands are off; the
    composition root :mod:`bot.app` passes one). ``client`` lets the process share one Web API client with the scheduler's
    :class:`~bot.platforms.slack.adapter.SlackAdapter` (default: a new one from ``settings``).
    Slack unreachable at start is retried with ``backoff`` (one log line per attempt); a refused
    token raises :class:`ConfigError`. Multi-workspace settings need ``workspaces`` (the
    installation stores): there is no token to check at start, workspaces install the app.
    ``listening`` is set while the HTTP endpoint is up (the multi-workspace health check).
    """
    settings.validate()
    mode = settings.resolved_mode()
    client = client or make_web_client(settings)
    if manager is None:
        log.warning("Slack: no management API given; /digest feeds|schedule|status are off")
    handler = make_handler(settings, service, client, manager)
    app = build_app(settings, service, client=client, handler=handler, workspaces=workspaces)
    stop = stop or asyncio.Event()
    if settings.multi_workspace:
        await _serve_http(settings, app, handler, stop, listening)
        return
    connected = await until_stopped(stop, connect_with_backoff(
        "Slack", partial(connect, settings, app, client), transient=slack_unreachable, backoff=backoff))
    if connected is None:
        return
    identity, socket = connected
    log.info("Slack: signed in as %s in %s; mode %s; command %s", identity["user"], identity["team"], mode, settings.command)
    if socket is not None:
        log.info("Slack: connected in Socket Mode")
        try:
            await stop.wait()
        finally:
            await socket.close_async()
            await _drain(handler)
    else:
        await _serve_http(settings, app, handler, stop, listening)


async def _serve_http(settings: SlackSettings, app: AsyncApp, handler: DigestCommand, stop: asyncio.Event,
                      listening: asyncio.Event | None = None) -> None:
    """Serve the HTTP endpoint until ``stop`` (``listening`` set meanwhile); then let digests in progress finish."""
    runner, port = await start_http(app, host=settings.host, port=settings.port, path=settings.path,
                                     signing_secret=settings.signing_secret)
    if listening is not None:
        listening.set()
    log.info("Slack: HTTP mode, listening on %s:%d%s", settings.host, port, settings.path)
    if settings.multi_workspace:
        log.info("Slack: multi-workspace mode; workspaces install the app at %s", INSTALL_PATH)
    try:
        await stop.wait()
    finally:
        if listening is not None:
            listening.clear()
        await runner.cleanup()
        await _drain(handler)


async def until_stopped(stop: asyncio.Event, work: Coroutine[Any, Any, T]) -> T | None:
    """``await work``, unless ``stop`` is set first (then ``work`` is cancelled and None returned)."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task.done():
        return task.result()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return None


async def _drain(handler: DigestCommand) -> None:
    """Let digests in progress finish (bounded) before the process exits."""
    if handler.pending:
        log.info("Slack: waiting for %d digest(s) in progress", handler.pending)
    try:
        await handler.drain(timeout=DRAIN_SECONDS)
    except asyncio.TimeoutError:
        log.warning("Slack: gave up waiting for %d digest(s)", handler.pending)
