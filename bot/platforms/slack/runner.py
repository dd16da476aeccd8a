"""Run the Slack app in Socket Mode or HTTP mode until stopped (``digestbot run slack``)."""
from __future__ import annotations

import asyncio
import logging

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.execute import ManageApi
from bot.core.service import DigestService
from bot.platforms.slack.adapter import make_web_client
from bot.platforms.slack.app import DigestCommand, build_app, make_handler
from bot.platforms.slack.config import ConfigError, SlackSettings
from bot.platforms.slack.http import start_http

log = logging.getLogger(__name__)
DRAIN_SECONDS = 30.0


async def check_token(client: AsyncWebClient) -> dict[str, str]:
    """Call ``auth.test``; raise ConfigError (no secrets in it) when Slack refuses the bot token."""
    try:
        response = await client.auth_test()
    except SlackApiError as exc:
        data = getattr(exc.response, "data", None)
        code = data.get("error", "") if isinstance(data, dict) else ""
        raise ConfigError(f"Slack refused SLACK_BOT_TOKEN ({code or 'auth.test failed'})") from exc
    return {k: str(response.get(k, "")) for k in ("team", "team_id", "user", "user_id", "bot_id")}


async def serve(
    settings: SlackSettings,
    service: DigestService,
    *,
    stop: asyncio.Event | None = None,
    manager: ManageApi | None = None,
    client: AsyncWebClient | None = None,
) -> None:
    """Connect to Slack (Socket Mode or HTTP, per ``settings``) and answer ``/digest`` until stopped or cancelled.

    ``manager`` runs ``/digest feeds|schedule|status`` (None: those commands are off; the
    composition root :mod:`bot.app` passes one). ``client`` lets the process share one Web API client with the scheduler's
    :class:`~bot.platforms.slack.adapter.SlackAdapter` (default: a new one from ``settings``).
    """
    settings.validate()
    mode = settings.resolved_mode()
    client = client or make_web_client(settings)
    if manager is None:
        log.warning("Slack: no management API given; /digest feeds|schedule|status are off")
    handler = make_handler(settings, service, client, manager)
    app = build_app(settings, service, client=client, handler=handler)
    identity = await check_token(client)
    log.info("Slack: signed in as %s in %s; mode %s; command %s", identity["user"], identity["team"], mode, settings.command)
    stop = stop or asyncio.Event()
    if mode == "socket":
        socket = AsyncSocketModeHandler(app, settings.app_token, web_client=client)
        await socket.connect_async()
        log.info("Slack: connected in Socket Mode")
        try:
            await stop.wait()
        finally:
            await socket.close_async()
            await _drain(handler)
    else:
        runner, port = await start_http(app, host=settings.host, port=settings.port, path=settings.path,
                                         signing_secret=settings.signing_secret)
        log.info("Slack: HTTP mode, listening on %s:%d%s", settings.host, port, settings.path)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()
            await _drain(handler)


async def _drain(handler: DigestCommand) -> None:
    """Let digests in progress finish (bounded) before the process exits."""
    if handler.pending:
        log.info("Slack: waiting for %d digest(s) in progress", handler.pending)
    try:
        await handler.drain(timeout=DRAIN_SECONDS)
    except asyncio.TimeoutError:
        log.warning("Slack: gave up waiting for %d digest(s)", handler.pending)
