"""Entry points the CLI wires up: ``serve`` (``digestbot run discord``) and dry-run payloads."""

from __future__ import annotations

import logging
from typing import Callable

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.platforms.backoff import Backoff, connect_with_backoff, describe, unreachable
from bot.platforms.discord.client import DigestBot
from bot.platforms.discord.config import DiscordSettings
from bot.chat.settings import Manager
from bot.render.discord import render_discord_payloads
from bot.core.service import DigestService

__all__ = ["serve", "render_discord_payloads", "apply_endpoints", "build_bot"]

log = logging.getLogger(__name__)


class OneLineReconnects(logging.Filter):
    """discord.py logs every gateway reconnect (and every failed shard connect) with a full traceback:
    keep it to one line."""

    PREFIXES = ("Attempting a reconnect", "Failed to connect for shard_id")

    def filter(self, record: logging.LogRecord) -> bool:
        """Fold the exception of a "reconnect" record into its message."""
        if record.exc_info and str(record.msg).startswith(self.PREFIXES):
            exc = record.exc_info[1]
            record.msg = f"discord: gateway connection lost ({describe(exc) if exc else 'unknown'}); {record.msg}"
            record.exc_info = None
            record.exc_text = None
        return True


RECONNECT_FILTER = OneLineReconnects()


def apply_endpoints(settings: DiscordSettings) -> None:
    """Point discord.py at overridden endpoints (both are process-wide class attributes).

    ``Route.BASE`` is read on every REST request; ``DiscordWebSocket.DEFAULT_GATEWAY`` is
    where the shards connect when the shard count is configured (otherwise the gateway URL comes
    with Discord's recommendation from ``GET /gateway/bot``, itself under ``Route.BASE``).
    """
    if settings.api_url:
        Route.BASE = settings.api_url
        log.info("discord: REST API base is %s", settings.api_url)
    if settings.gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)
        log.info("discord: gateway is %s", settings.gateway_url)


def build_bot(settings: DiscordSettings, service: DigestService, manager: Manager | None = None, *,
              forget: Callable[[str], object] | None = None) -> DigestBot:
    """The bot for ``settings`` with /digest, /feeds and /schedule; commands sync at login; sharded
    as ``settings`` say (default: Discord's recommended shard count, all shards in this process).

    Without a ``manager`` (the composition root :mod:`bot.app` passes one), /feeds and
    /schedule answer "not configured". ``forget(guild_id)`` deletes a guild's data when the bot
    is removed from it (the composition root passes :func:`bot.db.workspaces.forget_workspace`).
    """
    return DigestBot(service, guild_id=settings.guild_id, manager=manager, shard_count=settings.shard_count,
                     shard_ids=list(settings.shard_ids) if settings.shard_ids is not None else None,
                     own_gateway=bool(settings.gateway_url), forget=forget)


async def serve(
    settings: DiscordSettings,
    service: DigestService,
    *,
    manager: Manager | None = None,
    bot: DigestBot | None = None,
    backoff: Backoff = Backoff(),
) -> None:
    """Log in, sync the commands, and answer interactions until the bot is closed or cancelled.

    Pass a ``bot`` built beforehand (:func:`build_bot`) to share its REST client, e.g. give the
    scheduler's outbox ``bot.channel_adapter()`` (a ``DiscordAdapter(bot.http)``): it can post
    once this coroutine has logged the bot in. A ``manager`` given with a ``bot`` replaces the bot's.
    Discord unreachable at start (network, 5xx) is retried with ``backoff``, one log line per
    attempt; a refused token raises ``discord.LoginFailure``. Once logged in, discord.py
    reconnects the gateway itself.
    """
    apply_endpoints(settings)
    for name in ("discord.client", "discord.shard"):
        logging.getLogger(name).addFilter(RECONNECT_FILTER)  # a no-op when already there
    if bot is None:
        bot = build_bot(settings, service, manager)
    elif manager is not None:
        bot.use_manager(manager)
    log.info("discord: starting (%s)", settings)
    client = bot

    async def reset() -> None:  # a failed login leaves a session open: close it, start afresh
        await client.http.close()
        client.http.connector = discord.utils.MISSING

    async with bot:
        await connect_with_backoff("Discord", lambda: client.login(settings.token), transient=discord_unreachable,
                                   backoff=backoff, after_failure=reset)
        await bot.connect(reconnect=True)


def discord_unreachable(exc: BaseException) -> bool:
    """Whether logging in failed for a reason that retrying may fix (network, gateway, 5xx, 429)."""
    if isinstance(exc, discord.LoginFailure):
        return False
    if isinstance(exc, discord.HTTPException):
        return exc.status >= 500 or exc.status == 429
    return isinstance(exc, discord.GatewayNotFound) or unreachable(exc)
