"""Entry points the CLI wires up: ``serve`` (``digestbot run discord``) and dry-run payloads."""

from __future__ import annotations

import logging

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord.client import DigestBot
from bot.discord.config import DiscordSettings
from bot.render.discord import render_discord_payloads
from bot.service import DigestService

__all__ = ["serve", "render_discord_payloads", "apply_endpoints", "build_bot"]

log = logging.getLogger(__name__)


def apply_endpoints(settings: DiscordSettings) -> None:
    """Point discord.py at overridden endpoints (both are process-wide class attributes).

    ``Route.BASE`` is read on every REST request; ``DiscordWebSocket.DEFAULT_GATEWAY`` is
    where a non-sharded client opens its gateway session.
    """
    if settings.api_url:
        Route.BASE = settings.api_url
        log.info("discord: REST API base is %s", settings.api_url)
    if settings.gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)
        log.info("discord: gateway is %s", settings.gateway_url)


def build_bot(settings: DiscordSettings, service: DigestService) -> DigestBot:
    """The bot for ``settings``, with the /digest cog; commands sync at login."""
    return DigestBot(service, guild_id=settings.guild_id)


async def serve(settings: DiscordSettings, service: DigestService) -> None:
    """Log in, sync /digest, and answer interactions until the bot is closed or cancelled."""
    apply_endpoints(settings)
    bot = build_bot(settings, service)
    log.info("discord: starting (%s)", settings)
    async with bot:
        await bot.start(settings.token, reconnect=True)
